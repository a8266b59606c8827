package io.alsoread.search;

import io.alsoread.index.Analyzers;
import io.alsoread.index.ArticleState;
import io.alsoread.index.ContentKey;
import io.alsoread.index.Derived;
import io.alsoread.index.DocumentBuilder;
import io.alsoread.ingest.Article;
import io.alsoread.ingest.Link;
import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A small in-memory index built with the real {@link DocumentBuilder}, for search tests. */
final class TestIndex implements Closeable {
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  final IndexSearcher searcher;

  /** One article of a test corpus and its derived parts. */
  record Entry(Article article, Derived derived) {}

  /**
   * Builds the index; {@code segmentEvery} > 0 commits a segment after that many documents, so that
   * cluster ordinals span several segments.
   */
  TestIndex(List<Entry> entries, int segmentEvery) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField());
    DocumentBuilder builder = new DocumentBuilder();
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      int n = 0;
      for (Entry e : entries) {
        byte[] state = new ArticleState("", "", 0, 0, "", "", 0, new int[ContentKey.SIGNATURE_LENGTH], 0, 0, e.article().links()).encode();
        writer.addDocument(builder.build(e.article(), e.derived(), state));
        if (segmentEvery > 0 && ++n % segmentEvery == 0) {
          writer.commit();
        }
      }
      writer.commit();
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  TestIndex(List<Entry> entries) throws IOException {
    this(entries, 0);
  }

  int segments() {
    return reader.leaves().size();
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }

  /** A builder of test articles with sensible defaults. */
  static final class A {
    private final String url;
    private String title = "Untitled";
    private String body = "";
    private String description = "";
    private List<String> keywords = List.of();
    private List<String> tags = List.of();
    private List<List<String>> categories = List.of();
    private Instant date;
    private List<Link> links = List.of();
    private String cluster;
    private List<String> anchors = List.of();
    private int inlinks;

    A(String url) {
      this.url = url;
      this.cluster = url;
    }

    A title(String v) { title = v; return this; }
    A body(String v) { body = v; return this; }
    A description(String v) { description = v; return this; }
    A keywords(String... v) { keywords = List.of(v); return this; }
    A tags(String... v) { tags = List.of(v); return this; }
    A category(String... path) {
      List<List<String>> all = new ArrayList<>(categories);
      all.add(List.of(path));
      categories = all;
      return this;
    }
    A date(String iso) { date = Instant.parse(iso); return this; }
    A links(Link... v) { links = List.of(v); return this; }
    A cluster(String v) { cluster = v; return this; }
    A anchors(String... v) { anchors = List.of(v); return this; }
    A inlinks(int v) { inlinks = v; return this; }

    Entry entry() {
      String site = url.replaceFirst("^[a-z]+://", "").replaceFirst("/.*$", "");
      Article article = new Article(url, site, title, description, "", keywords, tags, categories, date, null, "", body, links, Map.of("author", "tester"), null);
      return new Entry(article, new Derived(cluster, anchors, inlinks));
    }
  }
}
