package io.alsoread.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Adds the phrase boosts of a plain query to the scores of its best matches and ranks them again.
 * Checking a phrase means reading positions, which costs more than matching the words; on the tens
 * of thousands of articles a long heading of common words matches, it would be most of a search,
 * while the boost only decides among the best. When collapsing, every matching copy of a cluster
 * near the top is scored, so that the copy leading a cluster is still its best.
 */
final class PhraseRescoring {
  private PhraseRescoring() {}

  /**
   * The page {@code [offset, offset + limit)} of {@code window} (its best matches, best first, with
   * every clustered match when collapsing) once the score of {@code phrases} is added where it
   * matches; ties go to the lower doc id. When collapsing, the window holds the best copy of each
   * cluster by its words; the first {@code contested} clusters after the boosts (or as many as the
   * page reaches) are then led by their best copy after the boosts, found among all their copies.
   */
  static List<CollapsingCollectorManager.RankedDoc> rank(IndexSearcher searcher, Query phrases,
      CollapsingCollectorManager.Page window, int offset, int limit, int contested) throws IOException {
    if (offset >= window.hits().size() || limit == 0) {
      return List.of();
    }
    List<CollapsingCollectorManager.RankedDoc> ranked = boosted(searcher, phrases, window.hits());
    int end = (int) Math.min(ranked.size(), (long) offset + limit);
    if (window.matches() != null) {
      List<CollapsingCollectorManager.RankedDoc> top = ranked.subList(0, Math.min(ranked.size(), Math.max(end, contested)));
      List<CollapsingCollectorManager.RankedDoc> led = leaders(boosted(searcher, phrases, everyCopy(top, window.matches())));
      ranked = new ArrayList<>(led);
      end = Math.min(end, ranked.size());
    }
    return ranked.subList(Math.min(offset, end), end);
  }

  /** {@code hits} with the phrase scores added, best first. */
  private static List<CollapsingCollectorManager.RankedDoc> boosted(IndexSearcher searcher, Query phrases,
      List<CollapsingCollectorManager.RankedDoc> hits) throws IOException {
    List<CollapsingCollectorManager.RankedDoc> ranked = new ArrayList<>(addScores(searcher, phrases, hits));
    ranked.sort((a, b) -> a.score() != b.score() ? Float.compare(b.score(), a.score()) : Integer.compare(a.doc(), b.doc()));
    return ranked;
  }

  /** {@code hits} with the phrase scores added, in the same order (for pages sorted by date). */
  static List<CollapsingCollectorManager.RankedDoc> addScores(IndexSearcher searcher, Query phrases,
      List<CollapsingCollectorManager.RankedDoc> hits) throws IOException {
    Map<Integer, Float> boosts = scores(searcher, phrases, hits.stream().mapToInt(CollapsingCollectorManager.RankedDoc::doc).sorted().toArray());
    return hits.stream()
        .map(hit -> new CollapsingCollectorManager.RankedDoc(hit.doc(), hit.score() + boosts.getOrDefault(hit.doc(), 0f), hit.copies(), hit.cluster()))
        .toList();
  }

  /** The leaders of the window's clusters and every other match of those clusters, each with its cluster's copy count. */
  private static List<CollapsingCollectorManager.RankedDoc> everyCopy(List<CollapsingCollectorManager.RankedDoc> leaders,
      ClusteredMatches matches) {
    Map<Integer, CollapsingCollectorManager.RankedDoc> byCluster = new HashMap<>();
    BitSet contested = new BitSet(); // a cheap first test for the many matches of other clusters
    List<CollapsingCollectorManager.RankedDoc> all = new ArrayList<>();
    for (CollapsingCollectorManager.RankedDoc leader : leaders) {
      if (leader.cluster() < 0) {
        all.add(leader); // a cluster of its own
      } else {
        byCluster.put(leader.cluster(), leader);
        contested.set(leader.cluster());
      }
    }
    for (int i = 0; i < matches.size(); i++) {
      if (contested.get(matches.cluster(i))) {
        CollapsingCollectorManager.RankedDoc leader = byCluster.get(matches.cluster(i));
        all.add(new CollapsingCollectorManager.RankedDoc(matches.doc(i), matches.score(i), leader.copies(), leader.cluster()));
      }
    }
    return all;
  }

  /** The first (best) hit of each cluster in {@code ranked}. */
  private static List<CollapsingCollectorManager.RankedDoc> leaders(List<CollapsingCollectorManager.RankedDoc> ranked) {
    List<CollapsingCollectorManager.RankedDoc> leaders = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (CollapsingCollectorManager.RankedDoc hit : ranked) {
      if (hit.cluster() < 0 || seen.add(hit.cluster())) {
        leaders.add(hit);
      }
    }
    return leaders;
  }

  /** The score of {@code query} for each of {@code docs} (global ids, ascending) that it matches. */
  private static Map<Integer, Float> scores(IndexSearcher searcher, Query query, int[] docs) throws IOException {
    Map<Integer, Float> scores = new HashMap<>();
    if (docs.length == 0) {
      return scores;
    }
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int next = 0;
    for (LeafReaderContext leaf : leaves) {
      int end = leaf.docBase + leaf.reader().maxDoc();
      if (next == docs.length) {
        break;
      }
      if (docs[next] >= end) {
        continue;
      }
      Scorer scorer = weight.scorer(leaf);
      // Phrases are checked on the given docs only: a two-phase iterator's own advance would check
      // every later candidate until one matched.
      TwoPhaseIterator phrase = scorer == null ? null : scorer.twoPhaseIterator();
      DocIdSetIterator candidates = scorer == null ? null : phrase == null ? scorer.iterator() : phrase.approximation();
      for (; next < docs.length && docs[next] < end; next++) {
        int target = docs[next] - leaf.docBase;
        if (candidates == null || candidates.docID() > target) {
          continue;
        }
        if ((candidates.docID() == target || candidates.advance(target) == target) && (phrase == null || phrase.matches())) {
          scores.put(docs[next], scorer.score());
        }
      }
    }
    return scores;
  }
}
