package io.alsoread.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Counts the facet values of the matches, by ordinal over the whole reader: from a table of every
 * document's ordinals ({@link FacetOrdinals}), or from the facet field's doc values.
 */
final class FacetCountingCollectorManager implements CollectorManager<FacetCountingCollectorManager.Counter, int[]> {
  private final FacetOrdinals ordinals;
  private final SortedSetDocValuesReaderState state;
  private final OrdinalMap map;
  private final int valueCount;

  /** Counting from {@code ordinals}; {@code valueCount} is the number of facet ordinals of the reader. */
  FacetCountingCollectorManager(FacetOrdinals ordinals, int valueCount) {
    this.ordinals = ordinals;
    this.state = null;
    this.map = null;
    this.valueCount = valueCount;
  }

  /** Counting from the doc values of the facet field of {@code state}. */
  FacetCountingCollectorManager(SortedSetDocValuesReaderState state) throws IOException {
    this.ordinals = null;
    this.state = state;
    this.map = FacetOrdinals.ordinalMap(state);
    this.valueCount = state.getSize();
  }

  @Override
  public Counter newCollector() {
    return new Counter(new int[valueCount]);
  }

  /** The count of each ordinal over every slice. */
  @Override
  public int[] reduce(Collection<Counter> collectors) {
    int[] total = null;
    for (Counter counter : collectors) {
      if (total == null) {
        total = counter.counts;
      } else {
        for (int i = 0; i < total.length; i++) {
          total[i] += counter.counts[i];
        }
      }
    }
    return total == null ? new int[valueCount] : total;
  }

  /** Counts one slice of the index. */
  final class Counter implements Collector {
    private final int[] counts;

    private Counter(int[] counts) {
      this.counts = counts;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      if (ordinals == null) {
        return fromDocValues(context);
      }
      int[] starts = ordinals.starts(context.ord);
      int[] ords = ordinals.ords(context.ord);
      int[] counts = this.counts;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            counts[ords[i]]++;
          }
        }
      };
    }

    private LeafCollector fromDocValues(LeafReaderContext context) throws IOException {
      SortedSetDocValues values = DocValues.getSortedSet(context.reader(), state.getField());
      LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(context.ord);
      int[] counts = this.counts;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (values.advanceExact(doc)) {
            for (int i = values.docValueCount(); i > 0; i--) {
              counts[(int) toGlobal.get(values.nextOrd())]++;
            }
          }
        }
      };
    }
  }
}
