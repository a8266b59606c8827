package io.alsoread.search;

import java.util.Arrays;

/**
 * Every match of one search that has a content cluster: global doc id, cluster ordinal and score,
 * in the order collected. Kept when the best matches will be ranked again (see {@link
 * PhraseRescoring}), so that every copy of a cluster near the top can compete to lead it.
 */
final class ClusteredMatches {
  private int[] docs = new int[64];
  private int[] clusters = new int[64];
  private float[] scores = new float[64];
  private int size;

  void add(int doc, int cluster, float score) {
    if (size == docs.length) {
      int grown = size * 2;
      docs = Arrays.copyOf(docs, grown);
      clusters = Arrays.copyOf(clusters, grown);
      scores = Arrays.copyOf(scores, grown);
    }
    docs[size] = doc;
    clusters[size] = cluster;
    scores[size] = score;
    size++;
  }

  void addAll(ClusteredMatches other) {
    for (int i = 0; i < other.size; i++) {
      add(other.docs[i], other.clusters[i], other.scores[i]);
    }
  }

  int size() {
    return size;
  }

  int doc(int i) {
    return docs[i];
  }

  int cluster(int i) {
    return clusters[i];
  }

  float score(int i) {
    return scores[i];
  }
}
