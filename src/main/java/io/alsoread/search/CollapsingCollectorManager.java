package io.alsoread.search;

import io.alsoread.SearchRequest;
import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects one page of hits in a single pass, keyed on the global ordinal of the content cluster:
 * when collapsing, one hit per cluster (its best copy by the sort) with the number of matching
 * copies; otherwise every article. Either way it counts the matching articles and clusters
 * exactly, so paging over clusters is exact.
 */
final class CollapsingCollectorManager implements CollectorManager<CollapsingCollectorManager.PageCollector, CollapsingCollectorManager.Page> {

  /** A hit of the page: global doc id, score, matching copies of its cluster, and the cluster's global ordinal (-1: none). */
  record RankedDoc(int doc, float score, int copies, int cluster) {}

  /**
   * The page and the exact counts.
   *
   * @param matches every match that has a cluster, when the collector was asked to keep them; else null
   */
  record Page(List<RankedDoc> hits, long total, long clusters, ClusteredMatches matches) {}

  private final ReaderCache.ReaderData reader;
  private final SearchRequest.Sort sort;
  private final boolean collapse;
  private final int offset;
  private final int limit;
  private final boolean keepMatches;

  CollapsingCollectorManager(ReaderCache.ReaderData reader, SearchRequest.Sort sort, boolean collapse, int offset, int limit) {
    this(reader, sort, collapse, offset, limit, false);
  }

  /** @param keepMatches whether the page keeps every match that has a cluster (see {@link Page#matches()}) */
  CollapsingCollectorManager(ReaderCache.ReaderData reader, SearchRequest.Sort sort, boolean collapse, int offset, int limit,
      boolean keepMatches) {
    this.reader = reader;
    this.sort = sort;
    this.collapse = collapse;
    this.offset = offset;
    this.limit = limit;
    this.keepMatches = keepMatches;
  }

  @Override
  public PageCollector newCollector() {
    long wanted = (long) offset + limit;
    int queueSize = (int) Math.min(wanted, Math.max(1, reader.reader().maxDoc()));
    return new PageCollector(queueSize);
  }

  @Override
  public Page reduce(Collection<PageCollector> collectors) {
    PageCollector first = null;
    for (PageCollector c : collectors) {
      if (first == null) {
        first = c;
      } else {
        first.absorb(c);
      }
    }
    return first == null ? new Page(List.of(), 0, 0, keepMatches ? new ClusteredMatches() : null) : first.page();
  }

  /** Whether (keyA, scoreA, docA) ranks before (keyB, scoreB, docB). */
  private static boolean before(double keyA, float scoreA, int docA, double keyB, float scoreB, int docB) {
    if (keyA != keyB) {
      return keyA > keyB;
    }
    if (scoreA != scoreB) {
      return scoreA > scoreB;
    }
    return docA < docB;
  }

  /**
   * The best {@code capacity} candidates, in a binary heap (the worst at the root) over parallel
   * arrays: a queue of objects costs a pointer chase per comparison, and a plain query offers it
   * every match to keep the best 300.
   */
  private static final class TopCandidates {
    private final double[] keys;
    private final float[] scores;
    private final int[] docs;
    private final int[] copies;
    private final int[] clusters;
    private int size;

    TopCandidates(int capacity) {
      keys = new double[capacity];
      scores = new float[capacity];
      docs = new int[capacity];
      copies = new int[capacity];
      clusters = new int[capacity];
    }

    void offer(double key, float score, int doc, int copyCount, int cluster) {
      if (size < docs.length) {
        set(size, key, score, doc, copyCount, cluster);
        upHeap(size++);
      } else if (before(key, score, doc, keys[0], scores[0], docs[0])) {
        set(0, key, score, doc, copyCount, cluster);
        downHeap(0, size);
      } // else full and not competitive: the common case
    }

    /** Sorts the candidates best first, in place; the heap is empty afterwards. */
    int drain() {
      int count = size;
      for (int last = size - 1; last > 0; last--) {
        swap(0, last);
        downHeap(0, last);
      }
      size = 0;
      return count;
    }

    /** Whether entry {@code a} ranks after entry {@code b}. */
    private boolean worse(int a, int b) {
      return before(keys[b], scores[b], docs[b], keys[a], scores[a], docs[a]);
    }

    private void upHeap(int i) {
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!worse(i, parent)) {
          return;
        }
        swap(i, parent);
        i = parent;
      }
    }

    private void downHeap(int i, int end) {
      while (true) {
        int child = 2 * i + 1;
        if (child >= end) {
          return;
        }
        if (child + 1 < end && worse(child + 1, child)) {
          child++;
        }
        if (!worse(child, i)) {
          return;
        }
        swap(i, child);
        i = child;
      }
    }

    private void set(int i, double key, float score, int doc, int copyCount, int cluster) {
      keys[i] = key;
      scores[i] = score;
      docs[i] = doc;
      copies[i] = copyCount;
      clusters[i] = cluster;
    }

    private void swap(int a, int b) {
      double key = keys[a];
      keys[a] = keys[b];
      keys[b] = key;
      float score = scores[a];
      scores[a] = scores[b];
      scores[b] = score;
      int t = docs[a];
      docs[a] = docs[b];
      docs[b] = t;
      t = copies[a];
      copies[a] = copies[b];
      copies[b] = t;
      t = clusters[a];
      clusters[a] = clusters[b];
      clusters[b] = t;
    }
  }

  /** Collects one slice of the index. */
  final class PageCollector implements Collector {
    private final ClusterBuffers buffers;
    private final TopCandidates top;
    private final ClusteredMatches matches;
    private long total;
    private long unclustered;

    PageCollector(int queueSize) {
      this.buffers = reader.buffers().acquire();
      this.top = queueSize > 0 ? new TopCandidates(queueSize) : null;
      this.matches = keepMatches ? new ClusteredMatches() : null;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      ReaderCache.ClusterOrdinals.Leaf clusters = reader.clusters().of(context);
      NumericDocValues dates = sort == SearchRequest.Sort.RELEVANCE ? null : DocValues.getNumeric(context.reader(), Fields.DATE);
      int docBase = context.docBase;
      return new LeafCollector() {
        private Scorable scorer;

        @Override
        public void setScorer(Scorable scorer) {
          this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
          float score = scorer.score();
          double key = dates == null ? score : dateKey(dates, doc);
          int globalDoc = docBase + doc;
          total++;
          int cluster = clusters.ordOf(doc);
          if (cluster != ReaderCache.ClusterOrdinals.NONE) {
            add(cluster, key, score, globalDoc);
          } else {
            unclustered++; // no cluster id: a cluster of its own
            offer(key, score, globalDoc, 1, -1);
          }
        }
      };
    }

    private double dateKey(NumericDocValues dates, int doc) throws IOException {
      if (!dates.advanceExact(doc)) {
        return Double.NEGATIVE_INFINITY; // undated articles come last either way
      }
      long millis = dates.longValue();
      return sort == SearchRequest.Sort.NEWEST ? millis : -(double) millis;
    }

    private void add(int ord, double key, float score, int doc) {
      int before = buffers.count(ord);
      if (matches != null) {
        matches.add(doc, ord, score);
      }
      if (!collapse) {
        offer(key, score, doc, 1, ord);
      } else if (before == 0 || before(key, score, doc, buffers.bestKey[ord], buffers.bestScore[ord], buffers.bestDoc[ord])) {
        buffers.bestKey[ord] = key;
        buffers.bestScore[ord] = score;
        buffers.bestDoc[ord] = doc;
      }
    }

    private void offer(double key, float score, int doc, int copies, int cluster) {
      if (top != null) {
        top.offer(key, score, doc, copies, cluster);
      }
    }

    /** Adds what another slice collected. */
    void absorb(PageCollector other) {
      total += other.total;
      unclustered += other.unclustered;
      ClusterBuffers theirs = other.buffers;
      for (int i = 0; i < theirs.seenCount; i++) {
        int ord = theirs.seen[i];
        int copies = theirs.copies[ord];
        int before = buffers.count(ord);
        buffers.copies[ord] = before + copies;
        if (collapse && (before == 0 || before(theirs.bestKey[ord], theirs.bestScore[ord], theirs.bestDoc[ord],
            buffers.bestKey[ord], buffers.bestScore[ord], buffers.bestDoc[ord]))) {
          buffers.bestKey[ord] = theirs.bestKey[ord];
          buffers.bestScore[ord] = theirs.bestScore[ord];
          buffers.bestDoc[ord] = theirs.bestDoc[ord];
        }
      }
      if (other.top != null) {
        TopCandidates theirTop = other.top;
        for (int i = 0, n = theirTop.drain(); i < n; i++) {
          offer(theirTop.keys[i], theirTop.scores[i], theirTop.docs[i], theirTop.copies[i], theirTop.clusters[i]);
        }
      }
      if (matches != null) {
        matches.addAll(other.matches);
      }
      reader.buffers().release(theirs);
    }

    /** The requested page; returns the buffers to the pool. */
    Page page() {
      try {
        if (collapse) {
          for (int i = 0; i < buffers.seenCount; i++) {
            int ord = buffers.seen[i];
            offer(buffers.bestKey[ord], buffers.bestScore[ord], buffers.bestDoc[ord], buffers.copies[ord], ord);
          }
        }
        int n = top == null ? 0 : top.drain();
        List<RankedDoc> hits = new ArrayList<>(Math.max(0, n - offset)); // sized by the hits, not by the limit asked for
        for (int i = offset; i < n; i++) {
          hits.add(new RankedDoc(top.docs[i], top.scores[i], top.copies[i], top.clusters[i]));
        }
        return new Page(hits, total, buffers.seenCount + unclustered, matches);
      } finally {
        reader.buffers().release(buffers);
      }
    }
  }
}
