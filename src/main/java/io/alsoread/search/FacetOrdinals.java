package io.alsoread.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.LongValues;

/**
 * The facet ordinals (over the whole reader) of every document, one compact table per segment:
 * counting a match's facet values reads a run of ints instead of the doc values behind a memory
 * map, which on a long query of common words was nearly half of a faceted search. Four bytes per
 * value of a document, plus four per document.
 */
final class FacetOrdinals {
  private final int[][] startsByLeaf;
  private final int[][] ordsByLeaf;

  private FacetOrdinals(int[][] startsByLeaf, int[][] ordsByLeaf) {
    this.startsByLeaf = startsByLeaf;
    this.ordsByLeaf = ordsByLeaf;
  }

  /** Reads the ordinals of the facet field of {@code state} for every document of its reader. */
  static FacetOrdinals of(SortedSetDocValuesReaderState state) throws IOException {
    List<LeafReaderContext> leaves = state.getReader().leaves();
    OrdinalMap map = ordinalMap(state);
    int[][] starts = new int[leaves.size()][];
    int[][] ords = new int[leaves.size()][];
    for (int leaf = 0; leaf < leaves.size(); leaf++) {
      LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf);
      int maxDoc = leaves.get(leaf).reader().maxDoc();
      int[] leafStarts = new int[maxDoc + 1];
      int[] leafOrds = new int[(int) Math.min(1L << 24, Math.max(16L, maxDoc * 8L))]; // about the values a post has
      int count = 0;
      SortedSetDocValues values = DocValues.getSortedSet(leaves.get(leaf).reader(), state.getField());
      int doc = values.nextDoc();
      for (int d = 0; d < maxDoc; d++) {
        leafStarts[d] = count;
        if (doc == d) {
          int n = values.docValueCount();
          leafOrds = ArrayUtil.grow(leafOrds, count + n);
          for (int i = 0; i < n; i++) {
            leafOrds[count++] = (int) toGlobal.get(values.nextOrd());
          }
          doc = values.nextDoc();
        }
      }
      leafStarts[maxDoc] = count;
      starts[leaf] = leafStarts;
      ords[leaf] = Arrays.copyOf(leafOrds, count);
    }
    return new FacetOrdinals(starts, ords);
  }

  /** The map from each segment's facet ordinals to the reader's, or null when the reader has one segment. */
  static OrdinalMap ordinalMap(SortedSetDocValuesReaderState state) throws IOException {
    return state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
  }

  /** Where each document's ordinals start in {@link #ords(int)} for the leaf with index {@code leafOrd}, with the end at maxDoc; read only. */
  int[] starts(int leafOrd) {
    return startsByLeaf[leafOrd];
  }

  /** The ordinals of the leaf with index {@code leafOrd}, document after document; read only. */
  int[] ords(int leafOrd) {
    return ordsByLeaf[leafOrd];
  }
}
