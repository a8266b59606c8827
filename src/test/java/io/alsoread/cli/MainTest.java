package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.BadQueryException;
import io.alsoread.IndexUnavailableException;
import io.alsoread.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argument parsing, exit codes and error lines of the command line, against a fake index. */
class MainTest {

  @TempDir
  Path home;

  FakeEngine engine;
  CliRun cli;

  @BeforeEach
  void setUp() throws IOException {
    engine = new FakeEngine();
    cli = new CliRun(home, engine.opener());
  }

  private void assertOneErrorLine() {
    assertEquals(1, cli.err().strip().lines().count(), cli.err());
    assertFalse(cli.err().contains("\tat "), "no stack trace");
  }

  @Test
  void fileErrorsSayWhatIsWrongWithThePath() {
    assertEquals("/x/index: exists and is not a folder", Main.ioMessage(new java.nio.file.FileAlreadyExistsException("/x/index")));
    assertEquals("/x/index: no such file or folder", Main.ioMessage(new java.nio.file.NoSuchFileException("/x/index")));
    assertEquals("/x/index: not a folder", Main.ioMessage(new java.nio.file.NotDirectoryException("/x/index")));
  }

  @Test
  void versionPrintsTheProgramName() {
    assertEquals(0, cli.run("--version"));
    assertTrue(cli.out().startsWith("alsoread "), cli.out());
  }

  @Test
  void helpOfEveryCommandHasExamples() {
    for (String command : List.of("index", "search", "show", "links", "stats", "repl", "completion")) {
      cli.outBytes.reset();
      assertEquals(0, cli.run(command, "--help"), command);
      assertTrue(cli.out().contains("Examples:"), command + ": " + cli.out());
      assertFalse(cli.out().contains("\u001b"), "no colour when not a terminal");
    }
  }

  @Test
  void searchBuildsTheRequestFromItsOptions() {
    assertEquals(0, cli.run("search", "printer", "offline", "--tag", "win10", "--tag", "windows 11", "--category", "hardware/tech",
        "--site", "example.com", "--year", "2024", "--from", "2024-02", "--to", "2024", "--sort", "NEWEST", "--limit", "5",
        "--offset", "10", "--all"));
    SearchRequest request = engine.requests.get(0);
    assertEquals("printer offline", request.query());
    assertEquals(List.of("win10", "windows 11"), request.tags());
    assertEquals(List.of("hardware/tech"), request.categories());
    assertEquals(List.of("example.com"), request.sites());
    assertEquals(List.of("2024"), request.years());
    assertEquals(LocalDate.of(2024, 2, 1), request.from());
    assertEquals(LocalDate.of(2024, 12, 31), request.to());
    assertEquals(SearchRequest.Sort.NEWEST, request.sort());
    assertEquals(5, request.limit());
    assertEquals(10, request.offset());
    assertFalse(request.collapse());
  }

  @Test
  void aBlankYearIsNoFilterAndAYearLosesItsWhiteSpace() {
    assertEquals(0, cli.run("search", "printer", "--year", " ", "--year", " 2023 "));
    assertEquals(List.of("", "2023"), engine.requests.get(0).years());
  }

  @Test
  void searchDefaultsToACollapsedFirstPageByRelevance() {
    assertEquals(0, cli.run("search", "printer"));
    SearchRequest request = engine.requests.get(0);
    assertEquals(SearchRequest.of("printer"), request);
    assertTrue(engine.closed, "the index is closed after the command");
  }

  @Test
  void aQueryStartingWithADashGoesAfterTheDoubleDash() {
    assertEquals(0, cli.run("search", "--", "-windows", "printer"));
    assertEquals("-windows printer", engine.requests.get(0).query());
  }

  @Test
  void badUsageIsExitOneWithOneLine() {
    assertEquals(1, cli.run("search", "x", "--limit", "-1"));
    assertOneErrorLine();
    cli.errBytes.reset();
    assertEquals(1, cli.run("search", "x", "--sort", "popular"));
    assertTrue(cli.err().contains("relevance, newest or oldest"), cli.err());
    assertOneErrorLine();
    cli.errBytes.reset();
    assertEquals(1, cli.run("search", "x", "--from", "last week"));
    assertOneErrorLine();
    cli.errBytes.reset();
    assertEquals(1, cli.run("search", "x", "--from", "2024-05-01", "--to", "2024-04"));
    assertOneErrorLine();
    cli.errBytes.reset();
    assertEquals(1, cli.run("links", "https://example.com/", "--in", "--out"));
    assertOneErrorLine();
    cli.errBytes.reset();
    assertEquals(1, cli.run("show"));
    assertOneErrorLine();
    cli.errBytes.reset();
    assertEquals(1, cli.run("serch", "x"));
    assertEquals("alsoread: unknown command 'serch'; did you mean search? (see `alsoread --help`)", cli.err().strip());
    cli.errBytes.reset();
    assertEquals(1, cli.run("show", "https://example.com/a", "b", "c"));
    assertEquals("alsoread show: unexpected arguments 'b', 'c' (see `alsoread show --help`)", cli.err().strip());
    cli.errBytes.reset();
    assertEquals(1, cli.run("stats", "--frob"));
    assertTrue(cli.err().startsWith("alsoread stats: Unknown option: '--frob'"), cli.err());
    cli.errBytes.reset();
    assertEquals(1, cli.run("search", "x", "--year", "abc"));
    assertEquals("alsoread search: Invalid value for option '--year' (Y): expected a year like 2024, not 'abc' (see `alsoread search --help`)",
        cli.err().strip());
    assertOneErrorLine();
    assertTrue(engine.requests.isEmpty());
  }

  @Test
  void aBadQueryIsExitOne() {
    engine.searchFailure = new BadQueryException("Cannot parse 'title:(': Encountered <EOF> at line 1, column 7.");
    assertEquals(1, cli.run("search", "title:("));
    assertTrue(cli.err().startsWith("alsoread: bad query: Cannot parse"), cli.err());
    assertOneErrorLine();
  }

  @Test
  void ioErrorsAndBrokenIndexesAreExitTwo() {
    engine.ioFailure = new java.nio.file.AccessDeniedException("/srv/index/_0.cfs");
    assertEquals(2, cli.run("search", "x"));
    assertEquals("alsoread: /srv/index/_0.cfs: permission denied", cli.err().strip());
    engine.ioFailure = null;
    engine.searchFailure = new IndexUnavailableException("index in /srv/index is corrupt: checksum failed");
    cli.errBytes.reset();
    assertEquals(2, cli.run("search", "x"));
    assertOneErrorLine();
  }

  @Test
  void aFolderWithoutAnIndexIsExitTwoWithAHint() throws IOException {
    Path empty = Files.createDirectory(home.resolve("empty"));
    for (String[] args : List.of(new String[] {"search", "x", "--index", empty.toString()},
        new String[] {"stats", "--index", "nowhere"}, new String[] {"show", "https://a.b/", "--index", "nowhere"},
        new String[] {"links", "https://a.b/", "--index", "nowhere"}, new String[] {"repl", "--index", "nowhere"})) {
      cli.errBytes.reset();
      assertEquals(2, cli.run(args), String.join(" ", args));
      assertTrue(cli.err().contains("no index in "), cli.err());
      assertTrue(cli.err().contains("run `alsoread index` first"), cli.err());
      assertOneErrorLine();
    }
  }

  @Test
  void linksRefusesTextThatIsNoUrlWithTheFacadesMessageBeforeOpeningAnIndex() {
    for (String index : List.of(home.toString(), "nowhere")) {
      cli.errBytes.reset();
      assertEquals(1, cli.run("links", "not a url", "--index", index), index);
      assertEquals("alsoread: not a URL: 'not a url'", cli.err().strip());
    }
  }

  @Test
  void anIndexToRebuildNamesTheCommandThatDoesIt() {
    engine.searchFailure = IndexUnavailableException.olderVersion();
    assertEquals(2, cli.run("search", "x"));
    assertEquals("alsoread: the index was written by another version of alsoread; run `alsoread index --rebuild`", cli.err().strip());
  }

  @Test
  void anUnknownArticleIsReportedOnOneLine() {
    assertEquals(1, cli.run("show", "https://nowhere.example/"));
    assertTrue(cli.err().contains("no article with URL https://nowhere.example/"), cli.err());
    assertOneErrorLine();
  }

  @Test
  void indexDefaultsToTheInstallationsCorpusAndReportsPartialRuns() throws IOException {
    Files.createDirectories(home.resolve("corpus"));
    assertEquals(0, cli.run("index"));
    assertEquals(List.of(home.resolve("corpus")), engine.indexed.get(0));
    assertTrue(cli.out().contains("Index holds 25 articles"), cli.out());
    assertTrue(cli.out().contains("4 skipped (not articles)."), cli.out());
    assertTrue(cli.err().contains("warning  /crawl/a.md: line 3"), cli.err());

    engine.summary = FakeEngine.summary(2);
    cli.outBytes.reset();
    cli.errBytes.reset();
    assertEquals(3, cli.run("index", "corpus"));
    assertTrue(cli.err().contains("rejected /crawl/bad-0.md: not text"), cli.err());
  }

  @Test
  void indexListsEveryProblemWhenPipedAndCapsThemOnATerminal() throws IOException {
    Files.createDirectories(home.resolve("corpus"));
    engine.summary = FakeEngine.summary(30);
    assertEquals(3, cli.run("index"));
    assertEquals(31, cli.err().lines().count(), "every problem when stderr is not a terminal");
    assertFalse(cli.err().contains("\u001b"));
    cli.errBytes.reset();
    cli.errTerminal = true;
    cli.env.put("NO_COLOR", "1");
    assertEquals(3, cli.run("index"));
    assertTrue(cli.err().contains("… and 11 more"), cli.err());
  }

  @Test
  void indexOfAMissingPathIsExitTwo() {
    assertEquals(2, cli.run("index", "no/such/crawl"));
    assertTrue(cli.err().contains("no such file or folder"), cli.err());
    assertOneErrorLine();
    assertTrue(engine.indexed.isEmpty());
  }

  @Test
  void relativePathsAreTheCallersAndTheDefaultIndexIsTheInstallations() throws IOException {
    Path caller = Files.createDirectories(home.resolve("elsewhere/crawl"));
    List<Path> opened = new java.util.ArrayList<>();
    cli.opener = new Engine.Opener() {
      @Override
      public Engine open(Path dir) {
        opened.add(dir);
        return engine;
      }

      @Override
      public Engine openOrCreate(Path dir) {
        opened.add(dir);
        return engine;
      }

      @Override
      public Engine openForRebuild(Path dir) {
        opened.add(dir);
        return engine;
      }
    };
    CliContext base = cli.context();
    CliContext context = new CliContext(base.out(), base.err(), base.in(), base.env(), false, false, false, 80,
        home, home.resolve("elsewhere"), null, cli.opener, null);
    assertEquals(0, Main.run(context, "index", "crawl"));
    assertEquals(List.of(caller), engine.indexed.get(0));
    assertEquals(home.resolve("index"), opened.get(0));
    assertEquals(0, Main.run(context, "index", "crawl", "--index", "idx"));
    assertEquals(home.resolve("elsewhere/idx"), opened.get(1));
    assertEquals(0, Main.run(context, "--index", "before", "index", "crawl"));
    assertEquals(home.resolve("elsewhere/before"), opened.get(2), "--index before the command counts too");
  }

  @Test
  void completionPrintsABashScript() {
    assertEquals(0, cli.run("completion"));
    assertTrue(cli.out().contains("complete -F"), cli.out());
    assertTrue(cli.out().contains("search"));
  }
}
