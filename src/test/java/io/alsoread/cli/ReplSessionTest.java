package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.BadQueryException;
import io.alsoread.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL's commands and state, driven line by line against a fake index. */
class ReplSessionTest {

  @TempDir
  Path home;

  FakeEngine engine;
  StringWriter written;
  ReplSession session;

  @BeforeEach
  void setUp() throws IOException {
    engine = new FakeEngine();
    written = new StringWriter();
    CliContext context = new CliRun(home, engine.opener()).context();
    session = new ReplSession(engine, new HumanOutput(new PrintWriter(written, true), Style.PLAIN, 80), context);
  }

  private String say(String line) {
    written.getBuffer().setLength(0);
    assertTrue(session.handle(line), line);
    return written.toString();
  }

  private SearchRequest lastRequest() {
    return engine.requests.get(engine.requests.size() - 1);
  }

  @Test
  void aBareLineIsAQuery() {
    String out = say("printer offline");
    assertEquals("printer offline", lastRequest().query());
    assertTrue(out.contains(" 1. Fix printer offline, part 1"), out);
    assertEquals("alsoread> ", session.prompt());
  }

  @Test
  void filtersAccumulateAndShowInThePrompt() {
    say("printer");
    say(":tag win10");
    say(":tag windows 11");
    say(":category hardware/tech");
    say(":site example.com");
    say(":year 2024");
    say(":sort newest");
    say(":all");
    SearchRequest request = lastRequest();
    assertEquals("printer", request.query());
    assertEquals(List.of("win10", "windows 11"), request.tags());
    assertEquals(List.of("hardware/tech"), request.categories());
    assertEquals(List.of("example.com"), request.sites());
    assertEquals(List.of("2024"), request.years());
    assertEquals(SearchRequest.Sort.NEWEST, request.sort());
    assertFalse(request.collapse());
    assertEquals("alsoread [tag:win10 tag:\"windows 11\" category:hardware/tech site:example.com year:2024 sort:newest all]> ",
        session.prompt());
    say(":collapse");
    assertTrue(lastRequest().collapse());
    say(":tag \"windows 11\"");
    assertEquals(List.of("win10", "windows 11"), lastRequest().tags(), "the value as the prompt shows it is the same filter");
    say(":tag \"printer\"");
    assertEquals(List.of("win10", "windows 11", "printer"), lastRequest().tags());
  }

  @Test
  void aFilterBeforeAnyQueryShowsAllArticlesWithIt() {
    String out = say(":tag win10");
    assertEquals("", lastRequest().query());
    assertEquals(List.of("win10"), lastRequest().tags());
    assertTrue(out.startsWith("all articles: 30 articles"), out);
  }

  @Test
  void clearDropsFiltersButKeepsTheQueryAndSort() {
    say("printer");
    say(":tag win10");
    say(":year 2024");
    say(":sort oldest");
    say(":clear year");
    assertEquals(List.of("win10"), lastRequest().tags());
    assertEquals(List.of(), lastRequest().years());
    say(":clear");
    assertEquals(SearchRequest.of("printer").withSort(SearchRequest.Sort.OLDEST), lastRequest());
    assertEquals("alsoread [sort:oldest]> ", session.prompt());
  }

  @Test
  void pagesForwardAndBack() {
    say("printer");
    String second = say(":next");
    assertEquals(10, lastRequest().offset());
    assertTrue(second.contains("11. Fix printer offline, part 11"), second);
    say(":next");
    assertEquals(20, lastRequest().offset());
    assertTrue(say(":next").contains("no more hits"));
    assertEquals(20, lastRequest().offset());
    say(":prev");
    say(":prev");
    assertEquals(0, lastRequest().offset());
    assertTrue(say(":prev").contains("already on the first page"));
  }

  @Test
  void aNewQueryOrFilterStartsAtTheFirstPage() {
    say("printer");
    say(":next");
    say(":tag win10");
    assertEquals(0, lastRequest().offset());
  }

  @Test
  void showAndLinksTakeTheHitNumberAsPrintedOrOnThePage() {
    say("printer");
    String shown = say(":show 1");
    assertEquals("https://example.com/post-1/", engine.lookedUp.get(0));
    assertTrue(shown.contains("Also read (2 links, 1 resolved)"), shown);
    say(":next");
    say(":show 12");
    assertEquals("https://example.com/post-12/", engine.lookedUp.get(1));
    say(":links 3");
    assertEquals("https://example.com/post-13/", engine.lookedUp.get(2));
    String links = say(":links https://elsewhere.example/x/");
    assertTrue(links.startsWith("https://elsewhere.example/x/  (not in the index)"), links);
    assertEquals("no hit 99 on this page: pick from 11 to 20, or 1 to 10 counting on the page\n", say(":show 99"));
    assertTrue(say(":show https://nowhere.example/").contains("no article with URL"));
  }

  @Test
  void showBeforeAnySearchSaysSo() {
    assertTrue(say(":show 1").contains("type a query first"));
  }

  @Test
  void aFacetCommandAloneListsItsValues() {
    say("printer");
    String tags = say(":tag");
    assertTrue(tags.contains("20  win10\n"), tags);
    assertTrue(tags.contains(" 4  windows 11\n"), tags);
    assertTrue(tags.contains("and 40 more"), "how many values the listing leaves out: " + tags);
    String categories = say(":category");
    assertTrue(categories.contains("18  hardware\n"), categories);
    assertTrue(categories.contains("12  hardware/tech\n"), categories);
    assertFalse(categories.contains("more"), categories);
    assertEquals(List.of(), lastRequest().tags(), "listing adds no filter");
  }

  @Test
  void aFacetListingNamesTheFiltersItsCountsFollow() {
    say("printer");
    say(":tag win10");
    String sites = say(":site");
    assertTrue(sites.startsWith("site values for “printer” with tag:win10, with article counts:"), sites);
    String tags = say(":tag");
    assertTrue(tags.startsWith("tag values for “printer”, with article counts:"), "its own filter is left out of its counts: " + tags);
    say(":clear");
    say("");
    assertTrue(say(":site").startsWith("site values for “printer”,"), "the query stays after :clear");
  }

  @Test
  void errorsAreReportedAndTheSessionGoesOn() {
    engine.searchFailure = new BadQueryException("Cannot parse 'title:(': Encountered <EOF>");
    assertTrue(say("title:(").startsWith("bad query: Cannot parse"));
    engine.searchFailure = null;
    assertTrue(say(":frobnicate").contains("unknown command :frobnicate"));
    assertTrue(say(":sort sideways").contains("relevance, newest or oldest"));
    assertTrue(say(":clear colour").contains(":clear takes"));
    assertTrue(say(":limit none").contains(":limit takes"));
    assertTrue(say(":links not a url").startsWith("'not a url' is neither a hit number nor a URL"), say(":links not a url"));
    assertTrue(say("printer").contains("Fix printer offline"));
  }

  @Test
  void aLineWhoseSearchFailsLeavesTheSessionAsItWas() {
    say("printer offline");
    assertTrue(say(":year abc").startsWith("'abc' is not a year"), "refused before any search");
    engine.searchFailure = new BadQueryException("Cannot parse 'title:(': unexpected end of query at column 8");
    assertTrue(say("title:(").startsWith("bad query: Cannot parse"));
    engine.searchFailure = io.alsoread.IndexUnavailableException.olderVersion();
    assertEquals("the index was written by another version of alsoread; run `alsoread index --rebuild`", say("printer").strip(),
        "the command that fixes it");
    engine.searchFailure = null;
    assertEquals("alsoread> ", session.prompt());
    say(":tag win10");
    assertEquals("printer offline", lastRequest().query());
    assertEquals(List.of(), lastRequest().years());
    assertEquals(List.of("win10"), lastRequest().tags());
  }

  @Test
  void statsHelpAndQuit() {
    assertTrue(say(":stats").contains("articles"));
    String help = say(":help");
    for (String command : ReplSession.COMMANDS.keySet()) {
      assertTrue(help.contains(command), command);
    }
    assertFalse(session.handle(":quit"));
    assertFalse(session.handle(":q"));
    assertTrue(session.handle("   "));
  }

  @Test
  void reindexRunsInTheBackgroundWhileSearchesGoOn() throws Exception {
    Path crawl = Files.createDirectories(home.resolve("crawl"));
    String started = say(":reindex crawl");
    assertTrue(started.startsWith("Reindexing crawl in the background"), started);
    session.handle("printer"); // not say(): the reindex may report at any moment, and say() clears the output
    session.awaitReindex();
    assertEquals(List.of(List.of(crawl)), engine.indexed);
    assertTrue(written.toString().contains("Index holds 25 articles"), written.toString());
    assertTrue(say(":reindex nowhere").contains("no such file or folder"));
  }

  @Test
  void facetValuesForCompletionAreCached() {
    assertEquals(List.of("win10", "windows 11", "printer", "cooking", "c++ tips"), session.facetValues("tag"));
    assertEquals(List.of("hardware", "hardware/tech", "os"), session.facetValues("category"));
  }

  /** Stalls the engine's searches until released, telling when one has started. */
  static final class Stall implements Runnable {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch released = new CountDownLatch(1);

    @Override
    public void run() {
      started.countDown();
      try {
        released.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void awaitStart() throws InterruptedException {
      assertTrue(started.await(10, TimeUnit.SECONDS), "the search started");
    }
  }

  @Test
  void ctrlCAbandonsASlowSearchAndKeepsTheSession() throws Exception {
    HumanOutput out = new HumanOutput(new PrintWriter(written, true), Style.PLAIN, 80);
    session = new ReplSession(engine, out, out, new CliRun(home, engine.opener()).context(), Cancellation.onWorkers());
    say("printer");
    say(":tag win10");
    Stall stall = new Stall();
    engine.stall = stall;
    Thread ctrlC = Thread.ofPlatform().start(() -> {
      try {
        stall.awaitStart();
        session.cancel();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    assertEquals("cancelled\n", say("*e* AND *a* AND *i*"));
    ctrlC.join();
    assertEquals("alsoread [tag:win10]> ", session.prompt(), "filters intact");
    engine.stall = null;
    written.getBuffer().setLength(0);
    stall.released.countDown(); // the abandoned search returns now, to nobody
    String shown = say(":show 2");
    assertEquals("https://example.com/post-2/", engine.lookedUp.get(0), "the last page is still the one shown");
    assertFalse(shown.contains("*e*"), shown);
    say(":next");
    assertEquals("printer", lastRequest().query());
    assertEquals(10, lastRequest().offset());
    Thread.sleep(100);
    assertFalse(written.toString().contains("*e*"), "the abandoned search never prints: " + written);
  }

  @Test
  void ctrlCAbandonsTheWaitForAReindexOnQuit() throws Exception {
    HumanOutput out = new HumanOutput(new PrintWriter(written, true), Style.PLAIN, 80);
    session = new ReplSession(engine, out, out, new CliRun(home, engine.opener()).context(), Cancellation.onWorkers());
    Files.createDirectories(home.resolve("crawl"));
    Stall stall = new Stall();
    engine.stall = stall;
    say(":reindex crawl");
    assertFalse(session.handle(":quit"));
    java.util.concurrent.atomic.AtomicBoolean waited = new java.util.concurrent.atomic.AtomicBoolean();
    Thread ctrlC = Thread.ofPlatform().start(() -> {
      try {
        stall.awaitStart();
        while (!waited.get()) { // until the wait has begun: a Ctrl-C before it is no part of it
          session.cancel();
          Thread.sleep(20);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    session.awaitReindex();
    waited.set(true);
    ctrlC.join();
    assertTrue(written.toString().contains("Reindex abandoned; the index keeps its last commit."), written.toString());
    stall.released.countDown();
  }

  @Test
  void aBareReindexRefreshesWhatTheIndexWasBuiltFrom() throws Exception {
    Path crawl = Files.createDirectories(home.resolve("sites/one crawl"));
    Path other = Files.createDirectories(home.resolve("other"));
    Files.createDirectories(home.resolve("corpus"));
    engine.paths = List.of(crawl, other);
    String started = say(":reindex");
    assertTrue(started.startsWith("Reindexing sites/one crawl other (what the index was built from) in the background"), started);
    session.awaitReindex();
    assertEquals(List.of(List.of(crawl, other)), engine.indexed, "never the sample corpus into another crawl's index");
  }

  @Test
  void aBareReindexOfAnEmptyIndexIndexesTheSampleCorpus() throws Exception {
    Path corpus = Files.createDirectories(home.resolve("corpus"));
    engine.size = 0;
    String started = say(":reindex");
    assertTrue(started.startsWith("Reindexing corpus (the index holds nothing yet) in the background"), started);
    session.awaitReindex();
    assertEquals(List.of(List.of(corpus)), engine.indexed);
  }

  @Test
  void aBareReindexRefusesWhatItCannotRefresh() {
    assertTrue(say(":reindex").contains("the index does not record where its articles came from"), "articles, no PATHs");
    engine.paths = List.of(home.resolve("gone"));
    String refused = say(":reindex");
    assertTrue(refused.contains("gone: no such file or folder; name the PATHs to reindex"), refused);
    assertEquals(List.of(), engine.indexed);
  }

  @Test
  void reindexTakesPathsAsAShellDoes() throws Exception {
    Path spaced = Files.createDirectories(home.resolve("a b"));
    Path other = Files.createDirectories(home.resolve("other"));
    for (String typed : List.of(":reindex a\\ b other", ":reindex \"a b\" other", ":reindex 'a b'   other")) {
      String started = say(typed);
      assertTrue(started.startsWith("Reindexing a b other in the background"), typed + ": " + started);
      session.awaitReindex();
    }
    assertEquals(List.of(List.of(spaced, other), List.of(spaced, other), List.of(spaced, other)), engine.indexed);
    assertTrue(say(":reindex \"a b").contains("unclosed \""), "an unclosed quote is refused");
    assertTrue(say(":reindex a b").contains("a: no such file or folder"), "unquoted, a space separates PATHs");
  }

  @Test
  void aWordAfterACommandThatTakesNoneIsRefused() {
    say("printer");
    for (String line : List.of(":help me", ":stats now", ":quit now", ":next 5", ":prev 1", ":all please", ":collapse x", ":q!")) {
      String command = line.split(" ")[0];
      if (line.equals(":q!")) {
        assertTrue(say(line).contains("unknown command :q!"), line);
        continue;
      }
      assertEquals(command + " takes no arguments\n", say(line), line);
    }
    assertEquals(1, engine.requests.size(), "nothing ran");
    assertTrue(lastRequest().collapse());
  }

  @Test
  void showAndLinksReadTheirArgumentTheSameWay() {
    say("printer");
    for (String command : List.of(":show", ":links")) {
      assertEquals("no hit -1 on this page: pick from 1 to 10\n", say(command + " -1"), command);
      assertEquals("no hit 0 on this page: pick from 1 to 10\n", say(command + " 0"), command);
      assertEquals("no hit 99999999999999999999 on this page: pick from 1 to 10\n", say(command + " 99999999999999999999"), command);
      assertEquals("'abc' is neither a hit number nor a URL; " + command + " takes the number of a hit on the last page, or a URL\n",
          say(command + " abc"), command);
    }
    assertEquals(List.of(), engine.lookedUp, "none of them was looked up");
    say(":show example.com/post-3/");
    say(":links example.com/post-3/");
    say(":show +2");
    assertEquals(List.of("https://example.com/post-3/", "https://example.com/post-3/", "https://example.com/post-2/"), engine.lookedUp,
        "a URL without a scheme is https, in its normal form, for both");
  }

  @Test
  void aFilterIsAddedOnceHoweverItIsWritten() {
    say("printer");
    say(":tag win10");
    say(":tag WIN10");
    say(":tag \"Win10\"");
    say(":category hardware/tech");
    say(":category Hardware/Tech/");
    say(":site Example.COM");
    say(":site example.com");
    assertEquals(List.of("win10"), lastRequest().tags());
    assertEquals(List.of("hardware/tech"), lastRequest().categories());
    assertEquals(List.of("Example.COM"), lastRequest().sites(), "kept as first typed");
    assertEquals("alsoread [tag:win10 category:hardware/tech site:Example.COM]> ", session.prompt());
  }

  @Test
  void clearTakesTheDimensionInAnyCase() {
    say("printer");
    say(":tag win10");
    say(":year 2024");
    say(":clear TAG");
    assertEquals(List.of(), lastRequest().tags());
    assertEquals(List.of("2024"), lastRequest().years());
    say(":clear Year");
    assertEquals(List.of(), lastRequest().years());
  }
}
