package io.alsoread.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The bookkeeping of every article of the last commit, read from doc values in one pass: what an
 * incremental run compares the crawl against.
 */
final class CommittedState {
  /** States without their links, which most runs never need. */
  private final Map<String, ArticleState> byUrl;
  private final Map<String, byte[]> encoded;
  private final Map<String, String> urlBySource;

  private CommittedState(Map<String, ArticleState> byUrl, Map<String, byte[]> encoded, Map<String, String> urlBySource) {
    this.byUrl = byUrl;
    this.encoded = encoded;
    this.urlBySource = urlBySource;
  }

  static CommittedState empty() {
    return new CommittedState(new HashMap<>(), new HashMap<>(), new HashMap<>());
  }

  static CommittedState read(DirectoryReader reader) throws IOException {
    Map<String, ArticleState> byUrl = new HashMap<>();
    Map<String, byte[]> encoded = new HashMap<>();
    Map<String, String> urlBySource = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      SortedDocValues urls = r.getSortedDocValues(Fields.URL);
      BinaryDocValues states = r.getBinaryDocValues(Fields.STATE);
      Bits live = r.getLiveDocs();
      if (urls == null || states == null) {
        continue;
      }
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if ((live != null && !live.get(doc)) || !urls.advanceExact(doc) || !states.advanceExact(doc)) {
          continue;
        }
        String url = urls.lookupOrd(urls.ordValue()).utf8ToString();
        put(url, states.binaryValue(), byUrl, encoded, urlBySource);
      }
    }
    return new CommittedState(byUrl, encoded, urlBySource);
  }

  /** The state of a commit that holds these articles, by URL. */
  static CommittedState of(Map<String, ArticleState> states) {
    Map<String, ArticleState> byUrl = new HashMap<>();
    Map<String, byte[]> encoded = new HashMap<>();
    Map<String, String> urlBySource = new HashMap<>();
    states.forEach((url, state) -> put(url, new BytesRef(state.encode()), byUrl, encoded, urlBySource));
    return new CommittedState(byUrl, encoded, urlBySource);
  }

  private static void put(String url, BytesRef bytes, Map<String, ArticleState> byUrl, Map<String, byte[]> encoded,
      Map<String, String> urlBySource) {
    ArticleState state = ArticleState.decode(bytes, false);
    byUrl.put(url, state);
    encoded.put(url, BytesRef.deepCopyOf(bytes).bytes);
    if (!state.sourcePath().isEmpty()) {
      urlBySource.put(state.sourcePath(), url);
    }
  }

  /** Every committed article's state, without links (see {@link #full(String)}). */
  Map<String, ArticleState> byUrl() {
    return byUrl;
  }

  /** The whole state of a committed article, links included, or null. */
  ArticleState full(String url) {
    byte[] bytes = encoded.get(url);
    return bytes == null ? null : ArticleState.decode(new BytesRef(bytes), true);
  }

  /** URL of the article last indexed from this source path, or null. */
  String urlOfSource(String sourcePath) {
    return urlBySource.get(sourcePath);
  }

  /** The state of a committed article without its links, or null. */
  ArticleState get(String url) {
    return byUrl.get(url);
  }
}
