package io.alsoread.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongHeap;

/**
 * Lucene's {@link Facets} over counts by facet ordinal (from {@link FacetCountingCollectorManager}):
 * the children of a flat dimension, or of a path of a hierarchical one, as Lucene's
 * {@code SortedSetDocValuesFacetCounts} gives them (values that no match has are left out; among
 * equal counts the lower ordinal, the smaller label, makes the top first). For one thread.
 */
final class OrdinalFacetCounts extends Facets {
  private final SortedSetDocValuesReaderState state;
  private final int[] counts;
  private final SortedSetDocValues labels;

  OrdinalFacetCounts(SortedSetDocValuesReaderState state, int[] counts) throws IOException {
    this.state = state;
    this.counts = counts;
    this.labels = state.getDocValues();
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    if (topN <= 0) {
      throw new IllegalArgumentException("topN must be > 0 (got: " + topN + ")");
    }
    Children children = children(dim, path);
    if (children == null) {
      return null;
    }
    // The best topN as (count, ordinal) packed in longs, larger is better; the heap's top is the worst kept.
    LongHeap best = new LongHeap(topN);
    int childCount = 0;
    while (children.ords().hasNext()) {
      int ord = children.ords().nextInt();
      int count = counts[ord];
      if (count > 0) {
        childCount++;
        best.insertWithOverflow(((long) count << 32) | (Integer.MAX_VALUE - ord));
      }
    }
    LabelAndValue[] values = new LabelAndValue[best.size()];
    for (int i = values.length - 1; i >= 0; i--) {
      long key = best.pop();
      values[i] = new LabelAndValue(label((int) (Integer.MAX_VALUE - (key & 0xffffffffL))), (int) (key >>> 32));
    }
    return new FacetResult(dim, path, children.value(), values, childCount);
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    Children children = children(dim, path);
    if (children == null) {
      return null;
    }
    List<LabelAndValue> values = new ArrayList<>();
    while (children.ords().hasNext()) {
      int ord = children.ords().nextInt();
      if (counts[ord] > 0) {
        values.add(new LabelAndValue(label(ord), counts[ord]));
      }
    }
    return new FacetResult(dim, path, children.value(), values.toArray(LabelAndValue[]::new), values.size());
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    long ord = labels.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
    return ord < 0 ? -1 : counts[(int) ord];
  }

  @Override
  public List<FacetResult> getAllDims(int topN) throws IOException {
    List<FacetResult> results = new ArrayList<>();
    for (String dim : state.getDims()) {
      FacetResult result = getTopChildren(topN, dim);
      if (result != null && result.childCount > 0) {
        results.add(result);
      }
    }
    return results;
  }

  /** The child ordinals of a dimension or path, and its own count (-1 for a flat dimension); null when it was never indexed. */
  private record Children(PrimitiveIterator.OfInt ords, int value) {}

  private Children children(String dim, String... path) throws IOException {
    if (state.getFacetsConfig().getDimConfig(dim).hierarchical) {
      SortedSetDocValuesReaderState.DimTree tree = state.getDimTree(dim);
      if (tree == null) {
        return null;
      }
      int pathOrd = path.length == 0 ? tree.dimStartOrd : (int) labels.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
      return pathOrd < 0 ? null : new Children(tree.iterator(pathOrd), counts[pathOrd]);
    }
    if (path.length > 0) {
      throw new IllegalArgumentException("facet \"" + dim + "\" is not hierarchical: it has no path");
    }
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    return range == null ? null : new Children(range.iterator(), -1);
  }

  /** The last component of the path of {@code ord}. */
  private String label(int ord) throws IOException {
    String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
    return path[path.length - 1];
  }
}
