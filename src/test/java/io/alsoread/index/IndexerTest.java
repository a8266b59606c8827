package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.IndexListener;
import io.alsoread.IndexSummary;
import io.alsoread.IndexUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IndexerTest {
  @TempDir Path tmp;

  private static final String BODY =
      "Printers go offline for many reasons, and most of them are easy to fix at home. First check the "
          + "cable or the wireless connection, then restart the print spooler service. If the printer still "
          + "shows offline, remove it from the devices list and add it again.";

  private Path site() throws IOException {
    Path site = tmp.resolve("crawl/fix.example");
    Files.createDirectories(site.resolve("source/_posts"));
    Files.writeString(site.resolve("_config.yml"), "url: https://fix.example\npermalink: :title/\n");
    return site;
  }

  private static void post(Path site, String slug, String title, String body, String... links) throws IOException {
    StringBuilder text = new StringBuilder("---\ntitle: \"" + title + "\"\ndate: 2024-07-25T08:59:44.484Z\ntags:\n  - printer\ncategories:\n  - hardware\n  - printers\n---\n\n" + body + "\n\n");
    if (links.length > 0) {
      text.append("<span class=\"atpl-alsoreadstyle\">Also read:</span>\n<div><ul>\n");
      for (int i = 0; i < links.length; i += 2) {
        text.append("<li><a href=\"").append(links[i]).append("\"><u>").append(links[i + 1]).append("</u></a></li>\n");
      }
      text.append("</ul></div>\n");
    }
    Path file = site.resolve("source/_posts/" + slug + ".md");
    Files.writeString(file, text);
  }

  private IndexSummary index(Path indexDir, Path crawl) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir)) {
      return new Indexer(dir, indexDir, 2).run(List.of(crawl), false, IndexListener.NONE);
    }
  }

  private long count(Path indexDir, String field, String value) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(field, value)));
    }
  }

  @Test
  void datesHaveASkipIndexButIndexesWrittenBeforeKeepTheirSchema() throws IOException {
    Path site = site();
    post(site, "a", "Fix an offline printer", BODY);
    Path fresh = tmp.resolve("fresh");
    index(fresh, tmp.resolve("crawl"));
    assertEquals(DocumentBuilder.DateSchema.CURRENT, dateSchema(fresh), "a new index: a skip index, no points");

    // An index written before date filters read the doc values: the date is a point too.
    Path older = tmp.resolve("older");
    try (Directory dir = FSDirectory.open(older);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
      io.alsoread.ingest.Article article = new io.alsoread.ingest.Article("https://old.example/post/", "old.example", "Old post", "", "",
          List.of(), List.of(), List.of(), java.time.Instant.parse("2020-01-02T00:00:00Z"), null, null, "An older printer post.",
          List.of(), java.util.Map.of(), null);
      byte[] state = new ArticleState("", "", 0, 0, "", "", 0, new int[ContentKey.SIGNATURE_LENGTH], 0, 0, List.of()).encode();
      DocumentBuilder pointsAndNoSkipIndex = new DocumentBuilder(null, new DocumentBuilder.DateSchema(true, false));
      writer.addDocument(pointsAndNoSkipIndex.build(article, new Derived("k", List.of(), 0), state));
    }
    DocumentBuilder.DateSchema before = new DocumentBuilder.DateSchema(true, false);
    assertEquals(before, dateSchema(older));
    index(older, tmp.resolve("crawl")); // Lucene refuses documents that index the field otherwise
    assertEquals(before, dateSchema(older));
    try (Directory dir = FSDirectory.open(older); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(2, reader.numDocs());
      io.alsoread.search.ArticleSearch search = new io.alsoread.search.ArticleSearch();
      IndexSearcher searcher = new IndexSearcher(reader);
      assertEquals(1, search.search(searcher, io.alsoread.SearchRequest.of("date:2020")).total());
      assertEquals(1, search.search(searcher, io.alsoread.SearchRequest.of("").withYears(List.of("2024"))).total());
    }
  }

  private static DocumentBuilder.DateSchema dateSchema(Path indexDir) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      return DocumentBuilder.DateSchema.of(org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.DATE));
    }
  }

  @Test
  void incrementalRunsAddUpdateSkipAndDelete() throws IOException {
    Path site = site();
    Path indexDir = tmp.resolve("index");
    post(site, "a", "Fix an offline printer", BODY, "https://fix.example/b/", "Spooler keeps stopping", "https://elsewhere.example/x", "Outside");
    post(site, "b", "Spooler service stops", "The print spooler stops when a driver crashes. Reinstall the driver and clear the queue.");
    post(site, "c", "[New] Printer offline fixes", BODY);

    IndexSummary first = index(indexDir, site);
    assertEquals(3, first.added());
    assertEquals(3, first.articles());
    assertEquals(0, first.rejected());
    // a and c share a body: one cluster
    try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      String clusterA = s.storedFields().document(s.search(new TermQuery(new Term(Fields.URL, "https://fix.example/a/")), 1).scoreDocs[0].doc).get(Fields.CLUSTER);
      assertEquals(2, s.count(new TermQuery(new Term(Fields.CLUSTER, clusterA))));
      assertEquals("2", reader.getIndexCommit().getUserData().get(CommitData.LINKS_TOTAL));
      assertEquals("1", reader.getIndexCommit().getUserData().get(CommitData.LINKS_RESOLVED));
    }
    // anchor text of a's link is searchable on b
    assertEquals(1, count(indexDir, Fields.ANCHOR, "stop"));

    IndexSummary second = index(indexDir, site);
    assertEquals(3, second.unchanged());
    assertEquals(0, second.added() + second.updated() + second.deleted());

    // Rotate a's Also-read list: b loses its anchor, c gains one.
    post(site, "a", "Fix an offline printer", BODY, "https://fix.example/c/", "Quick wins for offline printers");
    Files.setLastModifiedTime(site.resolve("source/_posts/a.md"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
    IndexSummary third = index(indexDir, site);
    assertEquals(1, third.updated());
    assertEquals(2, third.unchanged());
    assertEquals(0, count(indexDir, Fields.ANCHOR, "stop"));
    assertEquals(1, count(indexDir, Fields.ANCHOR, "quick"));
    assertEquals(1, count(indexDir, Fields.LINKS_TO, "https://fix.example/c/"));

    // A touched but identical file stays unchanged.
    Files.setLastModifiedTime(site.resolve("source/_posts/b.md"), FileTime.fromMillis(System.currentTimeMillis() + 9000));
    assertEquals(3, index(indexDir, site).unchanged());

    Files.delete(site.resolve("source/_posts/a.md"));
    IndexSummary fourth = index(indexDir, site);
    assertEquals(1, fourth.deleted());
    assertEquals(2, fourth.articles());
    assertEquals(0, count(indexDir, Fields.ANCHOR, "quick"));
  }

  @Test
  void anUndatedPostOfADatePermalinkMovesWithItsFileTimeThoughItsBytesStay() throws IOException {
    Path site = tmp.resolve("crawl/dated.example");
    Files.createDirectories(site.resolve("source/_posts"));
    Files.writeString(site.resolve("_config.yml"), "url: https://dated.example\npermalink: :year/:month/:day/:title/\n");
    Path undated = site.resolve("source/_posts/undated.md");
    Path dated = site.resolve("source/_posts/dated.md");
    Files.writeString(undated, "---\ntitle: Undated\n---\n\n" + BODY + "\n");
    Files.writeString(dated, "---\ntitle: Dated\ndate: 2024-03-01\n---\n\n" + BODY + " Dated.\n");
    Files.setLastModifiedTime(undated, FileTime.fromMillis(Instant.parse("2024-07-25T10:00:00Z").toEpochMilli()));
    Files.setLastModifiedTime(dated, FileTime.fromMillis(Instant.parse("2024-07-25T10:00:00Z").toEpochMilli()));
    Path indexDir = tmp.resolve("index");
    assertEquals(2, index(indexDir, site).added());
    assertEquals(1, count(indexDir, Fields.URL, "https://dated.example/2024/07/25/undated/"));

    // Both touched to another day: Hexo puts the undated post under that day, as a rebuild does.
    Files.setLastModifiedTime(undated, FileTime.fromMillis(Instant.parse("2024-08-02T10:00:00Z").toEpochMilli()));
    Files.setLastModifiedTime(dated, FileTime.fromMillis(Instant.parse("2024-08-02T10:00:00Z").toEpochMilli()));
    IndexSummary touched = index(indexDir, site);
    assertEquals(List.of(1L, 1L, 1L), List.of(touched.added(), touched.deleted(), touched.unchanged()), touched.toString());
    assertEquals(0, count(indexDir, Fields.URL, "https://dated.example/2024/07/25/undated/"));
    assertEquals(1, count(indexDir, Fields.URL, "https://dated.example/2024/08/02/undated/"));
    assertEquals(1, count(indexDir, Fields.URL, "https://dated.example/2024/03/01/dated/"));

    // Touched within the same day: the date parts, and so the URL, stay.
    Files.setLastModifiedTime(undated, FileTime.fromMillis(Instant.parse("2024-08-02T11:00:00Z").toEpochMilli()));
    assertEquals(2, index(indexDir, site).unchanged());
  }

  @Test
  void aFileThatTakesAnUnchangedFilesUrlIsReportedAndTheOtherIsNotUnchanged() throws IOException {
    Path site = site();
    post(site, "a", "Same permalink", BODY + " A.");
    post(site, "b", "Same permalink", BODY + " B.");
    Path a = site.resolve("source/_posts/a.md");
    Path b = site.resolve("source/_posts/b.md");
    Files.writeString(a, Files.readString(a).replace("title:", "permalink: same/\ntitle:"));
    Files.writeString(b, Files.readString(b).replace("title:", "permalink: same/\ntitle:"));
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_700_000_000_000L));
    Files.setLastModifiedTime(b, FileTime.fromMillis(1_700_000_100_000L)); // b is later: it wins
    String aPath = a.toRealPath().toString();
    String bPath = b.toRealPath().toString();
    Path indexDir = tmp.resolve("index");
    IndexSummary first = index(indexDir, tmp.resolve("crawl"));
    assertEquals(1, first.articles(), first.toString());
    assertTrue(first.errors().stream().anyMatch(e -> e.path().equals(aPath) && e.message().contains("duplicate URL")),
        first.toString());

    Files.setLastModifiedTime(a, FileTime.fromMillis(1_700_000_200_000L)); // now a is later: it wins
    IndexSummary second = index(indexDir, tmp.resolve("crawl"));
    assertEquals(1, second.articles(), second.toString());
    assertEquals(1, second.updated(), second.toString());
    assertEquals(0, second.unchanged(), second.toString());
    assertTrue(second.errors().stream().anyMatch(e -> e.path().equals(bPath) && e.message().contains("duplicate URL")),
        second.toString());
    assertEquals(1, count(indexDir, Fields.SOURCE, aPath));
  }

  @Test
  void aLaterFileUnderAnotherPathThatTakesAUrlIsReported() throws IOException {
    Path older = tmp.resolve("a/dup.example/p.md");
    Path newer = tmp.resolve("b/dup.example/p.md");
    Files.createDirectories(older.getParent());
    Files.createDirectories(newer.getParent());
    Files.writeString(older, "---\ntitle: A\n---\n\n" + BODY + " A.\n");
    Files.writeString(newer, "---\ntitle: B\n---\n\n" + BODY + " B.\n");
    Files.setLastModifiedTime(older, FileTime.fromMillis(1_700_000_000_000L));
    Files.setLastModifiedTime(newer, FileTime.fromMillis(1_700_000_100_000L));
    String olderPath = older.toRealPath().toString();
    Path indexDir = tmp.resolve("index");
    assertEquals(1, index(indexDir, tmp.resolve("a")).added());
    IndexSummary taken = index(indexDir, tmp.resolve("b"));
    assertEquals(1, taken.updated(), taken.toString());
    assertTrue(taken.errors().stream().anyMatch(e -> e.path().equals(olderPath) && e.message().contains("duplicate URL")),
        "the run that replaces the article reports the file it replaces: " + taken);
    IndexSummary kept = index(indexDir, tmp.resolve("a"));
    assertTrue(kept.errors().stream().anyMatch(e -> e.path().equals(olderPath) && e.message().contains("duplicate URL")),
        kept.toString());
    assertEquals(1, count(indexDir, Fields.SOURCE, newer.toRealPath().toString()));

    // Both walked, the newer first and the older one changed since it was indexed: it is parsed this
    // run and meets the newer there, so the collision is reported once, not once for each file.
    Path fresh = tmp.resolve("fresh");
    assertEquals(1, index(fresh, tmp.resolve("a")).added());
    Files.writeString(older, "---\ntitle: A2\n---\n\n" + BODY + " A2.\n");
    Files.setLastModifiedTime(older, FileTime.fromMillis(1_700_000_050_000L));
    IndexSummary both;
    try (Directory dir = FSDirectory.open(fresh)) {
      both = new Indexer(dir, fresh, 2).run(List.of(tmp.resolve("b"), tmp.resolve("a")), false, IndexListener.NONE);
    }
    assertEquals(1, both.errors().stream().filter(e -> e.message().contains("duplicate URL")).count(), both.toString());
  }

  @Test
  void markdownAndHtmlOfOneArticleAreOneArticleAndListingsAreSkipped() throws IOException {
    Path host = tmp.resolve("crawl/fix.example");
    Files.createDirectories(host.resolve("offline-printer"));
    Files.createDirectories(host.resolve("tags/printer"));
    Files.writeString(host.resolve("offline-printer.md"),
        "---\ntitle: Fix an offline printer\ndate: 2024-07-25\n---\n\n" + BODY + "\n");
    Files.writeString(host.resolve("offline-printer/index.html"), """
        <!DOCTYPE html><html><head><title>Fix an offline printer - Fix Example</title>
        <link rel="canonical" href="https://fix.example/offline-printer/"/>
        <meta property="og:type" content="article"/>
        <meta property="article:published_time" content="2024-07-25T00:00:00.000Z"/>
        </head><body><nav>Home Archives</nav><article><h1>Fix an offline printer</h1>
        <p>%s</p></article><footer>All rights reserved</footer></body></html>
        """.formatted(BODY));
    Files.writeString(host.resolve("tags/printer/index.html"), """
        <!DOCTYPE html><html><head><title>Tag: printer - Fix Example</title>
        <meta property="og:type" content="website"/></head>
        <body><a href="/offline-printer/">Fix an offline printer</a></body></html>
        """);
    Path indexDir = tmp.resolve("index");
    IndexSummary summary = index(indexDir, tmp.resolve("crawl"));
    assertEquals(1, summary.articles(), summary.toString());
    assertEquals(1, summary.skipped(), summary.toString());
    assertEquals(1, summary.skips().size(), summary.toString());
    assertEquals(host.resolve("tags/printer/index.html").toString(), summary.skips().get(0).path());
    assertTrue(summary.skips().get(0).reason().startsWith("listing page"), summary.skips().get(0).reason());
    assertEquals(0, summary.rejected(), summary.toString());
    assertTrue(summary.errors().stream().anyMatch(e -> e.message().contains("duplicate URL https://fix.example/offline-printer/")),
        summary.toString());
    assertEquals(1, count(indexDir, Fields.URL, "https://fix.example/offline-printer/"));
  }

  @Test
  void aBuildFromNothingIsOneSegmentAndLaterRunsLeaveSegmentsToTheMergePolicy() throws IOException {
    Path site = site();
    for (int i = 0; i < 300; i++) {
      post(site, "post-" + i, "Printer fix " + i, BODY + " Case " + i + ".");
    }
    Path indexDir = tmp.resolve("index");
    try (Directory dir = FSDirectory.open(indexDir)) {
      new Indexer(dir, indexDir, 2).run(List.of(tmp.resolve("crawl")), false, IndexListener.NONE);
      try (DirectoryReader reader = DirectoryReader.open(dir)) { // the run leaves the caller's directory open
        assertEquals(1, reader.leaves().size());
        assertEquals(300, reader.numDocs());
        assertEquals(AlsoReadCodec.NAME, ((SegmentReader) reader.leaves().get(0).reader()).getSegmentInfo().info.getCodec().getName());
      }
      post(site, "post-7", "Printer fix 7", BODY + " Case seven, changed.");
      new Indexer(dir, indexDir, 2).run(List.of(tmp.resolve("crawl")), false, IndexListener.NONE);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(2, reader.leaves().size());
        assertEquals(300, reader.numDocs());
      }
    }
  }

  /** Lucene's default codec, and the codecs of alsoread's indexes before the stored-fields layout was chosen by crawl size. */
  static List<Codec> olderCodecs() {
    return List.of(Codec.getDefault(), Codec.forName(AlsoReadLz4Codec.NAME), Codec.forName(AlsoReadRawCodec.NAME));
  }

  @ParameterizedTest
  @MethodSource("olderCodecs")
  void anIndexWrittenWithAnOlderCodecIsReadAndUpdated(Codec olderCodec) throws IOException {
    Path site = site();
    post(site, "one", "Printer one", BODY);
    post(site, "two", "Printer two", BODY + " Two.");
    Path built = tmp.resolve("built");
    index(built, tmp.resolve("crawl"));
    Path older = tmp.resolve("older"); // as an earlier alsoread wrote it
    try (Directory from = FSDirectory.open(built); DirectoryReader reader = DirectoryReader.open(from);
        Directory to = FSDirectory.open(older); IndexWriter writer = new IndexWriter(to, new IndexWriterConfig().setCodec(olderCodec))) {
      writer.addIndexes(reader.leaves().stream().map(leaf -> (CodecReader) leaf.reader()).toArray(CodecReader[]::new));
      writer.setLiveCommitData(reader.getIndexCommit().getUserData().entrySet());
      writer.commit();
    }
    post(site, "two", "Printer two", BODY + " Two, changed.");
    IndexSummary summary = index(older, tmp.resolve("crawl"));
    assertEquals(1, summary.updated());
    assertEquals(1, summary.unchanged());
    try (Directory dir = FSDirectory.open(older); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(2, reader.numDocs());
      assertTrue(reader.leaves().stream().anyMatch(leaf -> ((SegmentReader) leaf.reader()).getSegmentInfo().info.getCodec().getName().equals(olderCodec.getName())));
      Bits live = MultiBits.getLiveDocs(reader);
      List<String> urls = new java.util.ArrayList<>();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          urls.add(reader.storedFields().document(doc).get(Fields.URL));
        }
      }
      assertEquals(List.of("https://fix.example/one/", "https://fix.example/two/"), urls.stream().sorted().toList());
    }
  }

  @Test
  void aSecondWriterFailsFast() throws IOException {
    Path site = site();
    post(site, "a", "A title", BODY);
    Path indexDir = tmp.resolve("index");
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter holder = new IndexWriter(dir, new IndexWriterConfig())) {
      IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> index(indexDir, site));
      assertTrue(e.getMessage().contains("another indexer"), e.getMessage());
    }
  }

  @Test
  void anEmptyIndexIsOneStampedCommitWrittenOnlyWhenThereIsNone() throws IOException {
    Path indexDir = tmp.resolve("empty");
    try (Directory dir = FSDirectory.open(indexDir)) {
      Indexer.createEmpty(dir, indexDir);
      long generation;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(0, reader.numDocs());
        assertTrue(reader.getIndexCommit().getUserData().containsKey(CommitData.TIME), "stats shows when it was made");
        generation = reader.getIndexCommit().getGeneration();
      }
      Indexer.createEmpty(dir, indexDir);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(generation, reader.getIndexCommit().getGeneration(), "an index that exists is left alone");
      }
    }
    Path held = tmp.resolve("held");
    try (Directory dir = FSDirectory.open(held); IndexWriter holder = new IndexWriter(dir, new IndexWriterConfig())) {
      IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> Indexer.createEmpty(dir, held));
      assertEquals("another indexer holds the index in " + held + "; try again when it has finished", e.getMessage());
    }
  }
}
