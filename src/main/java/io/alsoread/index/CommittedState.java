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

/**
 * The bookkeeping of every article of the last commit, read from doc values in one pass: what an
 * incremental run compares the crawl against.
 */
final class CommittedState {
  private final Map<String, ArticleState> byUrl;
  private final Map<String, String> urlBySource;

  private CommittedState(Map<String, ArticleState> byUrl, Map<String, String> urlBySource) {
    this.byUrl = byUrl;
    this.urlBySource = urlBySource;
  }

  static CommittedState empty() {
    return new CommittedState(new HashMap<>(), new HashMap<>());
  }

  static CommittedState read(DirectoryReader reader) throws IOException {
    Map<String, ArticleState> byUrl = new HashMap<>();
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
        ArticleState state = ArticleState.decode(states.binaryValue());
        byUrl.put(url, state);
        if (!state.sourcePath().isEmpty()) {
          urlBySource.put(state.sourcePath(), url);
        }
      }
    }
    return new CommittedState(byUrl, urlBySource);
  }

  Map<String, ArticleState> byUrl() {
    return byUrl;
  }

  /** URL of the article last indexed from this source path, or null. */
  String urlOfSource(String sourcePath) {
    return urlBySource.get(sourcePath);
  }

  ArticleState get(String url) {
    return byUrl.get(url);
  }
}
