package io.alsoread.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/** The live documents a query matches, leaf by leaf, unscored: for lookups that read every match. */
public final class LiveMatches {
  private LiveMatches() {}

  /** Receives the live documents of one leaf matching a query, in order; returns false to stop. */
  @FunctionalInterface
  public interface Visitor {
    boolean visit(LeafReaderContext leaf, int[] docs) throws IOException;
  }

  /** Visits the live documents matching {@code query}, leaf by leaf; leaves without any are skipped. */
  public static void forEach(IndexSearcher searcher, Query query, Visitor visitor) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      int[] docs = new int[8];
      int n = 0;
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live == null || live.get(doc)) {
          docs = n == docs.length ? Arrays.copyOf(docs, n * 2) : docs;
          docs[n++] = doc;
        }
      }
      if (n > 0 && !visitor.visit(leaf, Arrays.copyOf(docs, n))) {
        return;
      }
    }
  }
}
