package io.alsoread.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles into content clusters: the same normalised body (see {@link ContentKey}) is one
 * cluster, and two bodies of at least {@link ContentKey#MIN_WORDS_FOR_NEAR_DUPLICATE} words whose
 * simhashes differ in at most {@link #MAX_HAMMING} bits are near-duplicates and join clusters. A
 * cluster's id is the smallest body hash of its members (hex), so it depends only on the corpus,
 * not on the order of indexing. Empty bodies are never clustered together.
 */
public final class ContentClusters {

  /** Simhash bits two near-duplicate bodies may differ in. */
  public static final int MAX_HAMMING = 3;

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
    // Pigeonhole: simhashes within 3 bits share at least one of their four 16-bit bands exactly.
    for (int band = 0; band < 4; band++) {
      Map<Integer, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        ContentKey k = keys.get(i);
        if (k.words() < ContentKey.MIN_WORDS_FOR_NEAR_DUPLICATE) {
          continue;
        }
        int value = (int) ((k.simhash() >>> (16 * band)) & 0xFFFF);
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
            if (Long.bitCount(keys.get(i).simhash() ^ keys.get(j).simhash()) <= MAX_HAMMING) {
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
