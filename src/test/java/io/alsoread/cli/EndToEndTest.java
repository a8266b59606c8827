package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line and the REPL against the real facade, on the sample corpus of the repository. */
class EndToEndTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path CORPUS = Path.of("corpus").toAbsolutePath();
  private static final String OFFLINE_FIX = "https://printfix.alsoread.test/printer-offline-fix/";

  @TempDir
  static Path shared;

  static Path index;

  /** One run of the program: exit code, stdout and stderr. */
  record Run(int code, String out, String err) {
    JsonNode json() throws IOException {
      return MAPPER.readTree(out);
    }
  }

  static Run run(Path home, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliContext context = new CliContext(
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), false, false, false, 80,
        home, home, null, FacadeEngine.OPENER, null);
    int code = Main.run(context, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(shared, "", args);
  }

  @BeforeAll
  static void indexTheSampleCorpus() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "the sample corpus is part of the repository");
    index = shared.resolve("index");
    Run run = run("index", CORPUS.toString(), "--index", index.toString(), "--json");
    assertEquals(0, run.code(), run.err());
    JsonNode summary = run.json();
    assertTrue(summary.get("articles").asLong() > 0, run.out());
    assertEquals(0, summary.get("rejected").asLong());
    assertEquals(summary.get("warnings").asLong(), summary.get("errors").size(), "every warning names its file");
  }

  @Test
  void searchFindsArticlesWithFacets() throws IOException {
    Run run = run("search", "printer", "offline", "--index", index.toString(), "--json");
    assertEquals(0, run.code(), run.err());
    JsonNode result = run.json();
    assertTrue(result.get("total").asLong() > 0);
    JsonNode hit = result.get("hits").get(0);
    for (String field : new String[] {"url", "title", "site", "date", "tags", "categories", "score", "snippet", "cluster", "copies", "inlinks"}) {
      assertTrue(hit.has(field), field);
    }
    assertTrue(result.get("facets").get("tag").size() > 0);
    assertTrue(result.get("facets").get("category").get(0).get("path").isArray());
  }

  @Test
  void humanSearchOutputHasNoEscapeCodesWhenPiped() {
    Run run = run("search", "printer", "--index", index.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains(" 1. "), run.out());
    assertFalse(run.out().contains("\u001b"));
    assertFalse(run.out().contains("<em>"), "the snippet's markup is rendered, not printed");
  }

  @Test
  void crawledControlCharactersCannotCommandTheTerminal(@TempDir Path home) throws IOException {
    Path posts = Files.createDirectories(home.resolve("crawl/evil.alsoread.test/source/_posts"));
    Files.writeString(posts.getParent().getParent().resolve("_config.yml"), "url: https://evil.alsoread.test\npermalink: :title/\n");
    Files.writeString(posts.resolve("evil.md"), "---\ntitle: \"Evil \\e]0;PWNED\\a title \\e[2J clear\"\n"
        + "tags: [\"tag\\e[5mblink\"]\ncategories: [tools]\ndate: 2024-01-02 03:04:05\n---\n\n"
        + "Evil body with \u001b[41m background, \u001b[31m our own red and a bell \u0007 here.\n");
    Path evilIndex = home.resolve("index");
    assertEquals(0, run(home, "", "index", home.resolve("crawl").toString(), "--index", evilIndex.toString()).code());
    for (String[] command : new String[][] {{"search", "evil"}, {"show", "https://evil.alsoread.test/evil/"}, {"stats"}}) {
      String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--index", evilIndex.toString()))
          .toArray(String[]::new);
      Run run = run(home, "", args);
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().contains("\u241b]0;PWNED") || !command[0].equals("search"), run.out());
      assertFalse(run.out().contains("\u001b") || run.out().contains("\u0007"), String.join(" ", command) + ": " + run.out());
    }
  }

  @Test
  void aQueryOfOnlyUnknownWordsIsAnsweredInOneLine() {
    Run run = run("search", "zzzzqx", "--index", index.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("No article has “zzzzqx”.\n", run.out());
  }

  @Test
  void aRebuildReplacesABrokenIndex(@TempDir Path home) throws IOException {
    for (String broken : new String[] {".fdt", "segments_"}) {
      Path brokenIndex = home.resolve("broken" + broken.replace(".", ""));
      assertEquals(0, run(home, "", "index", CORPUS.toString(), "--index", brokenIndex.toString()).code());
      Files.writeString(brokenIndex.resolve("notes.txt"), "the user's own file");
      try (var files = Files.list(brokenIndex)) {
        for (Path file : files.filter(f -> f.getFileName().toString().contains(broken)).toList()) {
          try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
          }
        }
      }
      Run refused = run(home, "", "stats", "--index", brokenIndex.toString());
      assertEquals(2, refused.code(), refused.out());
      assertTrue(refused.err().contains("--rebuild"), refused.err());
      Run rebuilt = run(home, "", "index", CORPUS.toString(), "--rebuild", "--index", brokenIndex.toString(), "--json");
      assertEquals(0, rebuilt.code(), broken + ": " + rebuilt.err());
      assertEquals(0, run(home, "", "search", "printer", "--index", brokenIndex.toString()).code());
      assertTrue(Files.exists(brokenIndex.resolve("notes.txt")), "other files stay");
    }
  }

  @Test
  void theIndexSizeCountsTheCommitsFilesOnly(@TempDir Path home) throws IOException {
    Path copy = home.resolve("index");
    copy(index, copy);
    long before = run(home, "", "stats", "--index", copy.toString(), "--json").json().get("index_bytes").asLong();
    Files.write(copy.resolve("_99.fdt"), new byte[100_000]); // what a killed run leaves
    Files.writeString(copy.resolve("notes.txt"), "the user's own file");
    assertEquals(before, run(home, "", "stats", "--index", copy.toString(), "--json").json().get("index_bytes").asLong());
  }

  @Test
  void aScriptsReindexesRunOneAfterAnother(@TempDir Path home) throws IOException {
    Path copy = home.resolve("index");
    copy(index, copy);
    Run run = run(home, ":reindex " + CORPUS + "\n:reindex " + CORPUS + "\nprinter\n", "repl", "--index", copy.toString());
    assertEquals(0, run.code(), run.out() + run.err());
    assertFalse(run.err().contains("already running"), run.err());
    assertFalse(run.out().contains("in the background"), run.out());
  }

  @Test
  void aQueryOfOnlyStopWordsSaysWhyNothingMatches() {
    Run run = run("search", "the and of", "--index", index.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("No articles match “the and of”.\nIts words are all too common to be searched"), run.out());
    assertFalse(SearchPrinter.onlyStopWords("the printer"));
    assertFalse(SearchPrinter.onlyStopWords("title:the"));
  }

  @Test
  void filtersNarrowTheSearch() throws IOException {
    long all = run("search", "--index", index.toString(), "--json").json().get("total").asLong();
    JsonNode filtered = run("search", "--index", index.toString(), "--json", "--site", "printfix.alsoread.test").json();
    assertTrue(filtered.get("total").asLong() > 0 && filtered.get("total").asLong() < all);
    for (JsonNode hit : filtered.get("hits")) {
      assertEquals("printfix.alsoread.test", hit.get("site").asText());
    }
  }

  @Test
  void showAndLinksAgree() throws IOException {
    Run show = run("show", "http://PrintFix.alsoread.test/printer-offline-fix", "--index", index.toString(), "--json");
    assertEquals(0, show.code(), show.err());
    JsonNode article = show.json();
    assertEquals(OFFLINE_FIX, article.get("url").asText());
    Run links = run("links", OFFLINE_FIX, "--index", index.toString(), "--json");
    assertEquals(0, links.code(), links.err());
    assertEquals(article.get("links"), links.json().get("out"));
    assertEquals(article.get("inbound").size(), links.json().get("in").size());
    // a URL typed without its scheme, as show takes it
    Run bare = run("links", "printfix.alsoread.test/printer-offline-fix", "--index", index.toString(), "--json");
    assertEquals(0, bare.code(), bare.err());
    assertEquals(links.json(), bare.json());
    Run notUrl = run("links", "not a url", "--index", index.toString());
    assertEquals(1, notUrl.code());
    assertEquals("", notUrl.out());
    assertEquals("alsoread: not a URL: 'not a url'\n", notUrl.err());
  }

  @Test
  void statsAddsUp() throws IOException {
    Run run = run("stats", "--index", index.toString(), "--json");
    assertEquals(0, run.code(), run.err());
    JsonNode stats = run.json();
    JsonNode links = stats.get("links");
    assertEquals(links.get("total").asLong(), links.get("resolved").asLong() + links.get("dangling").asLong());
    assertTrue(stats.get("index_bytes").asLong() > 0);
    assertTrue(stats.get("last_commit").asText().endsWith("Z"));
  }

  @Test
  void errorsHaveTheirExitCodes() throws IOException {
    Run badQuery = run("search", "title:(", "--index", index.toString());
    assertEquals(1, badQuery.code());
    assertEquals(1, badQuery.err().strip().lines().count(), badQuery.err());
    Run noIndex = run("search", "printer", "--index", shared.resolve("nothing-here").toString());
    assertEquals(2, noIndex.code());
    assertTrue(noIndex.err().contains("run `alsoread index` first"), noIndex.err());
    Path notAnIndex = Files.createDirectories(shared.resolve("not-an-index"));
    Files.writeString(notAnIndex.resolve("notes.txt"), "a folder with files but no index");
    Run unindexed = run("stats", "--index", notAnIndex.toString());
    assertEquals(2, unindexed.code());
    assertEquals("alsoread: no index in " + notAnIndex + "; run `alsoread index` first\n", unindexed.err(), "the library's refusal, with the command");
  }

  @Test
  void replDrivenByPipedInput() {
    Run run = run(shared, "printer\n:tag windows 11\n:category hardware\n:next\n:prev\n:show 1\n:links 1\n:clear\n:quit\n",
        "repl", "--index", index.toString());
    // One page of hits: :next and :prev are refused, on stderr, and the script says so in its status.
    assertEquals(1, run.code(), run.err());
    String out = run.out();
    assertTrue(out.contains("“printer”: "), out);
    assertTrue(out.contains("Also read ("), "show printed the article: " + out);
    assertTrue(out.contains("Links in ("), "links printed the neighbourhood: " + out);
    assertFalse(out.contains("\u001b"));
    assertEquals("no more hits\nalready on the first page\n", run.err());
    Run clean = run(shared, "printer\n:tag windows 11\n:show 1\n:quit\n", "repl", "--index", index.toString());
    assertEquals(0, clean.code(), clean.err());
    assertEquals("", clean.err());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Files.copy(path, to.resolve(from.relativize(path).toString()));
      }
    }
  }

  @Test
  void noArgumentsIndexesTheCorpusThenOpensTheRepl(@TempDir Path home) throws IOException {
    copy(CORPUS, home.resolve("corpus"));
    Run run = run(home, ":stats\n:quit\n");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("indexing"), run.err());
    assertTrue(run.out().contains("Index holds"), run.out());
    assertTrue(run.out().contains("articles"), run.out());
    try (var files = Files.list(home.resolve("index"))) {
      assertTrue(files.findAny().isPresent(), "the index was written");
    }
    Run again = run(home, ":quit\n");
    assertEquals(0, again.code());
    assertFalse(again.err().contains("indexing"), "an existing index is used as it is");
  }
}
