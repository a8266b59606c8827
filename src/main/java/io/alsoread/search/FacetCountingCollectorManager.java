package io.alsoread.search;

import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Counts the facet values of the matches, by ordinal over the whole reader (see {@link FacetOrdinals}). */
final class FacetCountingCollectorManager implements CollectorManager<FacetCountingCollectorManager.Counter, int[]> {
  private final FacetOrdinals ordinals;
  private final int valueCount;

  /** @param valueCount the number of facet ordinals of the reader */
  FacetCountingCollectorManager(FacetOrdinals ordinals, int valueCount) {
    this.ordinals = ordinals;
    this.valueCount = valueCount;
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
    public LeafCollector getLeafCollector(LeafReaderContext context) {
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
  }
}
