package io.alsoread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alsoread.index.Indexer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC "Guarantees": bad input never aborts a run and never loses other articles; every file is
 * indexed or reported. A host folder of good posts is mixed with every kind of bad file we could
 * think of, all made by the test: binary data named .md, Latin-1 text, an empty file, front matter
 * only, a 20 MB post, pathologically nested HTML and Markdown, a symbolic link loop, a dangling
 * link, a named pipe, an unreadable file and a file that vanishes mid-run.
 */
class BadInputTest {
  private static final String HOST = "good.example";
  private static final int GOOD_POSTS = 20;

  @TempDir Path tmp;

  /**
   * What must become of a bad file: rejected with a reason; indexed with a warning; reported somehow
   * (not an article); or, for files a parser may well cope with, either reported or indexed with
   * all of its text (the marker word written at its deepest or last point is searchable).
   */
  private record Fate(Kind kind, String marker) {
    enum Kind { REJECTED, WARNED, REPORTED, READ_OR_REPORTED }

    static final Fate REJECTED = new Fate(Kind.REJECTED, null);
    static final Fate WARNED = new Fate(Kind.WARNED, null);
    static final Fate REPORTED = new Fate(Kind.REPORTED, null);

    static Fate readWholeOrReported(String marker) {
      return new Fate(Kind.READ_OR_REPORTED, marker);
    }
  }

  @Test
  void everyGoodPostIsIndexedAndEveryBadFileReported() throws Exception {
    Path site = goodSite();
    Map<String, Fate> bad = badFiles(site);
    boolean fifo = fifo(site.resolve("x.md"));
    if (fifo) {
      bad.put("x.md", Fate.REJECTED);
    }

    IndexSummary summary;
    try (AlsoRead index = AlsoRead.openOrCreate(tmp.resolve("index"))) {
      summary = assertTimeoutPreemptively(Duration.ofSeconds(120),
          () -> index.index(List.of(tmp.resolve("crawl")), false, IndexListener.NONE), "the run must not hang");

      for (int i = 0; i < GOOD_POSTS; i++) {
        assertTrue(index.article(goodUrl(i)).isPresent(), "good post " + i + " is indexed; issues " + summary.errors());
      }
      assertEquals(GOOD_POSTS, index.search(SearchRequest.of("goodword")).total(), "every good post is searchable");
      Map<String, IndexSummary.Issue> issues = issuesByName(summary);
      List<String> wrong = new ArrayList<>();
      for (Map.Entry<String, Fate> e : bad.entrySet()) {
        String name = e.getKey();
        Fate fate = e.getValue();
        IndexSummary.Issue issue = issues.get(name);
        Optional<ArticleView> article = index.article("https://" + HOST + "/" + stem(name) + "/");
        if (issue != null && (issue.message().isBlank() || issue.message().contains("\n"))) {
          wrong.add(name + ": the reason is not one line: '" + issue.message() + "'");
        } else if (issue != null && fate.kind() != Fate.Kind.REPORTED && issue.rejected() == article.isPresent()) {
          wrong.add(name + " is " + (article.isPresent() ? "indexed" : "not indexed") + " but reported as '" + issue.message() + "'");
        }
        switch (fate.kind()) {
          case REJECTED -> {
            if (issue == null || !issue.rejected()) {
              wrong.add(name + " should be rejected with a reason, not " + issue);
            }
          }
          case WARNED -> {
            if (issue == null || issue.rejected()) {
              wrong.add(name + " should be indexed with a warning, not " + issue);
            }
          }
          case REPORTED -> {
            if (issue == null) {
              wrong.add(name + " is not reported");
            }
          }
          case READ_OR_REPORTED -> {
            boolean wholeTextSearchable = article.isPresent()
                && index.search(SearchRequest.of(fate.marker())).hits().stream().anyMatch(h -> h.url().equals(article.get().url()));
            if (issue == null && !wholeTextSearchable) {
              wrong.add(name + " is " + (article.isPresent() ? "indexed without its text '" + fate.marker() + "'" : "lost") + " and not reported");
            }
          }
        }
      }
      assertEquals(List.of(), wrong, "issues: " + summary.errors());
      assertTrue(summary.rejected() > 0, "rejections are counted");
      assertFalse(issues.get("huge.md") != null && issues.get("huge.md").message().contains("too large to parse"),
          "the 20 MB post is read in bounded memory, not given up on an OutOfMemoryError");
    }
  }

  @Test
  void theCommandLineSaysPartlyDoneWithExitCode3() throws Exception {
    Path site = goodSite();
    Files.write(site.resolve("binary.md"), pngBytes());
    Files.createSymbolicLink(site.resolve("dangling.md"), site.resolve("no-such-target.md"));
    long rejected = fifo(site.resolve("x.md")) ? 3 : 2;
    ChildJvm.Result cli = ChildJvm.run(tmp, 120, "io.alsoread.cli.Main",
        "index", "--json", "--index", tmp.resolve("index").toString(), tmp.resolve("crawl").toString());
    assertEquals(3, cli.exitCode(), cli.err());
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertEquals(GOOD_POSTS, json.get("articles").asLong(), cli.out());
    assertEquals(rejected, json.get("rejected").asLong(), cli.out());
    assertEquals(rejected, json.get("errors").size(), cli.out());
    for (JsonNode error : json.get("errors")) {
      assertTrue(error.get("path").asText().matches(".*/(binary|dangling|x)\\.md"), cli.out());
      assertFalse(error.get("message").asText().isBlank(), cli.out());
    }
  }

  @Test
  void anUnreadableFileIsRejectedWithItsReason() throws Exception {
    Path site = goodSite();
    Path secret = site.resolve("secret.md");
    Files.writeString(secret, "---\ntitle: Secret\n---\n\nNo one may read this.\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(secret), "running as root: permissions do not stop reading");
    try (AlsoRead index = AlsoRead.openOrCreate(tmp.resolve("index"))) {
      IndexSummary summary = index.index(List.of(tmp.resolve("crawl")), false, IndexListener.NONE);
      assertEquals(GOOD_POSTS, summary.articles());
      IndexSummary.Issue issue = issuesByName(summary).get("secret.md");
      assertTrue(issue != null && issue.rejected() && issue.message().contains("permission denied"), summary.errors().toString());
    }
  }

  @Test
  void aFileThatVanishesMidRunIsReportedAndTheRunGoesOn() throws Exception {
    Path site = goodSite();
    // Enough posts that the single parsing thread reports progress (every 64 files) before it reaches the last.
    for (int i = GOOD_POSTS; i < 150; i++) {
      Files.writeString(site.resolve(String.format("more-%03d.md", i)), post(i));
    }
    Path vanishing = site.resolve("zz-vanishing.md");
    Files.writeString(vanishing, post(999));
    Path indexDir = tmp.resolve("index");
    IndexSummary summary;
    try (Directory directory = FSDirectory.open(indexDir)) {
      summary = new Indexer(directory, indexDir, 1).run(List.of(tmp.resolve("crawl")), false, progress -> {
        if (progress.phase().equals("parse")) {
          try {
            Files.deleteIfExists(vanishing);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      });
    }
    assertEquals(150, summary.articles());
    IndexSummary.Issue issue = issuesByName(summary).get("zz-vanishing.md");
    assertTrue(issue != null && issue.rejected() && issue.message().contains("vanished"), summary.errors().toString());
  }

  /** A host folder with {@link #GOOD_POSTS} good posts. */
  private Path goodSite() throws IOException {
    Path site = tmp.resolve("crawl").resolve(HOST);
    Files.createDirectories(site);
    for (int i = 0; i < GOOD_POSTS; i++) {
      Files.writeString(site.resolve(String.format("good-%02d.md", i)), post(i));
    }
    return site;
  }

  private static String goodUrl(int i) {
    return "https://" + HOST + String.format("/good-%02d/", i);
  }

  private static String post(int i) {
    return "---\ntitle: Good post " + i + "\ndate: 2024-05-01 10:00:00\ntags: [good]\n---\n\n"
        + "A good post with the goodword in it, number " + i + ". It has plain text and nothing odd.\n";
  }

  /** Writes the bad files into {@code site}; returns their names and fates. */
  private static Map<String, Fate> badFiles(Path site) throws IOException {
    Map<String, Fate> bad = new LinkedHashMap<>();
    Files.write(site.resolve("binary.md"), pngBytes());
    bad.put("binary.md", Fate.REJECTED);

    Files.write(site.resolve("latin1.md"),
        "---\ntitle: Caf\u00e9 r\u00e9sum\u00e9\n---\n\nA Latin-1 file: na\u00efve caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
    bad.put("latin1.md", Fate.WARNED);

    Files.write(site.resolve("empty.md"), new byte[0]);
    bad.put("empty.md", Fate.WARNED);

    Files.writeString(site.resolve("front-matter-only.md"), "---\ntitle: Only front matter\ntags: [lonely]\n---\n");
    bad.put("front-matter-only.md", Fate.WARNED);

    hugePost(site.resolve("huge.md"));
    bad.put("huge.md", Fate.readWholeOrReported("hugeendmarker"));

    StringBuilder html = new StringBuilder("<!doctype html><html><head><title>Deep page</title>"
        + "<link rel=\"canonical\" href=\"https://" + HOST + "/deep-page/\"></head><body><article><h1>Deep page</h1>");
    html.append("<div>".repeat(10_000)).append("Deep text at the bottom: deepdivmarker.").append("</div>".repeat(10_000));
    html.append("</article></body></html>");
    Files.writeString(site.resolve("deep-page.html"), html);
    bad.put("deep-page.html", Fate.readWholeOrReported("deepdivmarker"));

    StringBuilder markdown = new StringBuilder("---\ntitle: Deeply nested\n---\n\nSome text first.\n\n");
    markdown.append("<div>".repeat(10_000)).append("nesteddivmarker").append("</div>".repeat(10_000)).append("\n\n");
    Files.writeString(site.resolve("deeply-nested.md"), markdown);
    bad.put("deeply-nested.md", Fate.readWholeOrReported("nesteddivmarker"));

    StringBuilder lists = new StringBuilder("---\ntitle: Deep lists\n---\n\nSome text first.\n\n");
    for (int depth = 0; depth < 1_000; depth++) {
      lists.append("  ".repeat(depth)).append("- item ").append(depth).append(depth == 999 ? " deeplistmarker" : "").append('\n');
    }
    lists.append("\n").append(">".repeat(5_000)).append(" deepquotemarker\n");
    Files.writeString(site.resolve("deep-lists.md"), lists);
    bad.put("deep-lists.md", Fate.readWholeOrReported("deeplistmarker AND deepquotemarker"));

    Files.createSymbolicLink(site.resolve("loop"), site);
    bad.put("loop", Fate.REPORTED);

    Files.createSymbolicLink(site.resolve("dangling.md"), site.resolve("no-such-target.md"));
    bad.put("dangling.md", Fate.REJECTED);
    return bad;
  }

  /** A 20 MB post of ordinary paragraphs, written without holding it in memory. */
  private static void hugePost(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("---\ntitle: A huge post\n---\n\n");
      String paragraph = "This paragraph repeats to make a very large post about printers, drivers and networks. ".repeat(10) + "\n\n";
      long written = 0;
      for (int i = 0; written < 20_000_000; i++) {
        out.write("Paragraph " + i + ". ");
        out.write(paragraph);
        written += paragraph.length() + 16;
      }
      out.write("The last words: hugeendmarker.\n");
    }
  }

  /** The start of a PNG file: a signature and header chunk full of NUL bytes. */
  private static byte[] pngBytes() {
    byte[] bytes = new byte[4096];
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0};
    System.arraycopy(head, 0, bytes, 0, head.length);
    for (int i = head.length; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    return bytes;
  }

  /** Makes a named pipe with mkfifo; false when that is not possible here. */
  private static boolean fifo(Path path) {
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
      try (OutputStream ignored = mkfifo.getOutputStream()) {
        // no input
      }
      return mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0 && Files.exists(path);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Map<String, IndexSummary.Issue> issuesByName(IndexSummary summary) {
    Map<String, IndexSummary.Issue> byName = new LinkedHashMap<>();
    for (IndexSummary.Issue issue : summary.errors()) {
      byName.put(Path.of(issue.path()).getFileName().toString(), issue);
    }
    return byName;
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
