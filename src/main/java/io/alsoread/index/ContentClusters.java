package io.alsoread.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles into content clusters: the same normalised body (see {@link ContentKey}) is one
 * cluster, and two bodies of at least {@link ContentKey#MIN_WORDS_FOR_NEAR_DUPLICATE} words whose
 * word 3-shingle sets have an estimated Jaccard similarity of at least {@link #MIN_SIMILARITY} are
 * near-duplicates and join clusters (candidates found by MinHash banding, 8 bands of 4 values). A
 * cluster's id is the smallest body hash of its members (hex), so it depends only on the corpus,
 * not on the order of indexing. Empty bodies are never clustered together.
 */
public final class ContentClusters {

  /** Estimated shingle Jaccard similarity from which two bodies are near-duplicates. */
  public static final double MIN_SIMILARITY = 0.75;

  private static final int ROWS_PER_BAND = 4;

  private final Map<Long, ContentKey> keysByHash = new HashMap<>();

  /** Adds a body to the corpus being clustered. */
  public void add(ContentKey key) {
    keysByHash.putIfAbsent(key.bodyHash(), key);
  }

  /** Computes the clusters: body hash to cluster id. */
  public Map<Long, String> assign() {
    List<ContentKey> keys = new ArrayList<>(keysByHash.values());
    keys.sort((a, b) -> Long.compareUnsigned(a.bodyHash(), b.bodyHash()));
    int[] parent = new int[keys.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int band = 0; band < ContentKey.SIGNATURE_LENGTH / ROWS_PER_BAND; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        ContentKey k = keys.get(i);
        if (k.words() < ContentKey.MIN_WORDS_FOR_NEAR_DUPLICATE) {
          continue;
        }
        long value = band;
        for (int row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++) {
          value = value * 1_000_003L + k.minhash()[row];
        }
        buckets.computeIfAbsent(value, v -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        if (bucket.size() < 2 || bucket.size() > 5000) {
          continue; // a huge bucket is a degenerate band, not a family of near-duplicates
        }
        for (int a = 0; a < bucket.size(); a++) {
          for (int b = a + 1; b < bucket.size(); b++) {
            int i = bucket.get(a);
            int j = bucket.get(b);
            if (find(parent, i) != find(parent, j) && keys.get(i).similarity(keys.get(j)) >= MIN_SIMILARITY) {
              union(parent, i, j);
            }
          }
        }
      }
    }
    Map<Long, String> clusterOf = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      int root = find(parent, i);
      clusterOf.put(keys.get(i).bodyHash(), Long.toHexString(keys.get(root).bodyHash()));
    }
    return clusterOf;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Links two components, keeping the smaller index as root so the root is the smallest hash. */
  private static void union(int[] parent, int i, int j) {
    int a = find(parent, i);
    int b = find(parent, j);
    if (a < b) {
      parent[b] = a;
    } else if (b < a) {
      parent[a] = b;
    }
  }
}
