package io.alsoread.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The PATHs an index's articles were found under, as each article's state records them
 * ({@link ArticleState#root()}: the real path of the PATH argument of the run that last read it):
 * what indexing again refreshes the index from.
 */
public final class IndexedRoots {

  private IndexedRoots() {}

  /** The PATHs of the live articles of {@code reader}, sorted, a PATH inside another left out. */
  public static List<Path> of(IndexReader reader) throws IOException {
    TreeSet<String> roots = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      BinaryDocValues states = r.getBinaryDocValues(Fields.STATE);
      if (states == null) {
        continue;
      }
      Bits live = r.getLiveDocs();
      for (int doc = states.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = states.nextDoc()) {
        if (live == null || live.get(doc)) {
          String root = ArticleState.decode(states.binaryValue(), false).root();
          if (!root.isEmpty()) {
            roots.add(root);
          }
        }
      }
    }
    return outermost(roots);
  }

  /** The paths none of the others contains: a run over those reads the inner ones too. */
  static List<Path> outermost(Iterable<String> sorted) {
    List<Path> kept = new ArrayList<>();
    for (String root : sorted) {
      Path path = Path.of(root);
      if (kept.stream().noneMatch(path::startsWith)) { // sorted: a containing path comes first
        kept.add(path);
      }
    }
    return List.copyOf(kept);
  }
}
