package io.alsoread.search;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Per-cluster working arrays of one collapsing search, sized to the reader's number of clusters.
 * Reused across searches through a {@link Pool} so that a search allocates nothing in proportion
 * to the index; a search only clears the entries it touched.
 */
final class ClusterBuffers {
  /** Matching articles per global cluster ordinal; 0 for clusters not (yet) seen. */
  final int[] copies;
  /** The ordinals seen, in the order first seen; the first {@link #seenCount} are valid. */
  final int[] seen;
  /** Best copy so far per cluster: global doc id, score and sort key. */
  final int[] bestDoc;
  final float[] bestScore;
  final double[] bestKey;
  int seenCount;

  ClusterBuffers(int clusterCount) {
    copies = new int[clusterCount];
    seen = new int[clusterCount];
    bestDoc = new int[clusterCount];
    bestScore = new float[clusterCount];
    bestKey = new double[clusterCount];
  }

  /** Counts a match in cluster {@code ord}; returns how many it had before. */
  int count(int ord) {
    int before = copies[ord]++;
    if (before == 0) {
      seen[seenCount++] = ord;
    }
    return before;
  }

  /** Forgets every cluster seen, touching only those entries. */
  void clear() {
    for (int i = 0; i < seenCount; i++) {
      copies[seen[i]] = 0;
    }
    seenCount = 0;
  }

  /** Buffers for one reader, handed to one search at a time. Thread-safe. */
  static final class Pool {
    private static final int MAX_IDLE = 8;
    private final int clusterCount;
    private final ConcurrentLinkedQueue<ClusterBuffers> idle = new ConcurrentLinkedQueue<>();

    Pool(int clusterCount) {
      this.clusterCount = clusterCount;
    }

    ClusterBuffers acquire() {
      ClusterBuffers buffers = idle.poll();
      return buffers == null ? new ClusterBuffers(clusterCount) : buffers;
    }

    void release(ClusterBuffers buffers) {
      buffers.clear();
      if (idle.size() < MAX_IDLE) {
        idle.offer(buffers);
      }
    }
  }
}
