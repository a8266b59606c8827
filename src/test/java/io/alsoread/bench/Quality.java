package io.alsoread.bench;

import io.alsoread.AlsoRead;
import io.alsoread.BadQueryException;
import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Search quality on the eval sets, as their README defines it: success@10 and MRR@10 of the
 * known-item queries (a query succeeds when any relevant URL is among the top 10 collapsed hits),
 * and the mean number of distinct content clusters among the top 10 hits of the broad queries.
 */
record Quality(int knownItems, double successAt10, double mrrAt10, int refused) {

  static Quality knownItems(AlsoRead index, List<KnownItem> items) throws IOException {
    int found = 0;
    int refused = 0;
    double reciprocalRanks = 0;
    for (KnownItem item : items) {
      List<Hit> hits;
      try {
        hits = index.search(SearchRequest.of(item.query()).withPage(10, 0).withCollapse(true)).hits();
      } catch (BadQueryException e) {
        refused++;
        continue;
      }
      for (int rank = 0; rank < hits.size(); rank++) {
        if (item.relevant().contains(hits.get(rank).url())) {
          found++;
          reciprocalRanks += 1.0 / (rank + 1);
          break;
        }
      }
    }
    int count = Math.max(1, items.size());
    return new Quality(items.size(), (double) found / count, reciprocalRanks / count, refused);
  }

  /** Mean distinct clusters among the top 10 hits of each query, with collapsing on or off. */
  static double meanDistinctClusters(AlsoRead index, List<String> queries, boolean collapse) throws IOException {
    long distinct = 0;
    for (String query : queries) {
      Set<String> clusters = new HashSet<>();
      try {
        index.search(SearchRequest.of(query).withPage(10, 0).withCollapse(collapse)).hits().forEach(hit -> clusters.add(hit.cluster()));
      } catch (BadQueryException e) {
        // a refused query shows no clusters
      }
      distinct += clusters.size();
    }
    return queries.isEmpty() ? Double.NaN : (double) distinct / queries.size();
  }
}
