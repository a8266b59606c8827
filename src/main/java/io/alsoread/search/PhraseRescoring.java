package io.alsoread.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Executor;
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
  /** Fewer matches than this are checked on the calling thread alone. */
  private static final int MIN_PARALLEL_DOCS = 32;

  private PhraseRescoring() {}

  /**
   * The page {@code [offset, offset + limit)} of {@code window} (its best matches, best first, with
   * every clustered match when collapsing) once the score of {@code phrases} is added to its first
   * {@code boosted} hits where it matches; ties go to the lower doc id. When collapsing, the window
   * holds the best copy of each cluster by its words; the first {@code contested} clusters after the
   * boosts are then led by their best copy after the boosts, found among all their copies.
   *
   * <p>The order does not depend on the page asked for, so pages never share or skip a hit: boosts
   * only raise scores, so the boosted hits stay ahead of the hits after them, which keep the order of
   * their words (a window reaching further than {@code boosted} serves deeper pages).
   *
   * @param executor where half of the phrase checks run (see {@link Halves}); null: all on the calling thread
   */
  static List<CollapsingCollectorManager.RankedDoc> rank(IndexSearcher searcher, Executor executor, Query phrases,
      CollapsingCollectorManager.Page window, int offset, int limit, int boosted, int contested) throws IOException {
    List<CollapsingCollectorManager.RankedDoc> hits = window.hits();
    if (offset >= hits.size() || limit == 0) {
      return List.of();
    }
    Weight weight = weightOf(searcher, phrases); // once for both rounds of boosts
    int reach = Math.min(hits.size(), boosted);
    List<CollapsingCollectorManager.RankedDoc> ranked = followedBy(boosted(searcher, executor, weight, hits.subList(0, reach)), hits.subList(reach, hits.size()));
    if (window.matches() != null) {
      int top = Math.min(ranked.size(), contested);
      ranked = followedBy(leaders(boosted(searcher, executor, weight, everyCopy(ranked.subList(0, top), window.matches()))),
          ranked.subList(top, ranked.size()));
    }
    int end = (int) Math.min(ranked.size(), (long) offset + limit);
    return ranked.subList(Math.min(offset, end), end);
  }

  private static List<CollapsingCollectorManager.RankedDoc> followedBy(List<CollapsingCollectorManager.RankedDoc> first,
      List<CollapsingCollectorManager.RankedDoc> rest) {
    List<CollapsingCollectorManager.RankedDoc> all = new ArrayList<>(first.size() + rest.size());
    all.addAll(first);
    all.addAll(rest);
    return all;
  }

  /** {@code hits} with the phrase scores added, best first. */
  private static List<CollapsingCollectorManager.RankedDoc> boosted(IndexSearcher searcher, Executor executor, Weight phrases,
      List<CollapsingCollectorManager.RankedDoc> hits) throws IOException {
    List<CollapsingCollectorManager.RankedDoc> ranked = new ArrayList<>(addScores(searcher, executor, phrases, hits));
    ranked.sort((a, b) -> a.score() != b.score() ? Float.compare(b.score(), a.score()) : Integer.compare(a.doc(), b.doc()));
    return ranked;
  }

  /**
   * {@code hits} with the phrase scores added, in the same order (for pages sorted by date).
   *
   * @param executor where half of the phrase checks run (see {@link Halves}); null: all on the calling thread
   */
  static List<CollapsingCollectorManager.RankedDoc> addScores(IndexSearcher searcher, Executor executor, Query phrases,
      List<CollapsingCollectorManager.RankedDoc> hits) throws IOException {
    return hits.isEmpty() ? hits : addScores(searcher, executor, weightOf(searcher, phrases), hits);
  }

  private static List<CollapsingCollectorManager.RankedDoc> addScores(IndexSearcher searcher, Executor executor, Weight phrases,
      List<CollapsingCollectorManager.RankedDoc> hits) throws IOException {
    int[] docs = hits.stream().mapToInt(CollapsingCollectorManager.RankedDoc::doc).sorted().toArray();
    float[] boosts = new float[docs.length];
    Halves.run(executor, docs.length, MIN_PARALLEL_DOCS, (from, to) -> scoreRange(searcher, phrases, docs, from, to, boosts));
    List<CollapsingCollectorManager.RankedDoc> scored = new ArrayList<>(hits.size());
    for (CollapsingCollectorManager.RankedDoc hit : hits) {
      float boost = boosts[Arrays.binarySearch(docs, hit.doc())];
      scored.add(boost == 0 ? hit : new CollapsingCollectorManager.RankedDoc(hit.doc(), hit.score() + boost, hit.copies(), hit.cluster()));
    }
    return scored;
  }

  /** The leaders of the window's clusters and every other match of those clusters, each with its cluster's copy count. */
  private static List<CollapsingCollectorManager.RankedDoc> everyCopy(List<CollapsingCollectorManager.RankedDoc> leaders,
      ClusteredMatches matches) {
    // A few leaders and tens of thousands of matches: the leaders' clusters in a plain array, searched
    // in order (a boxed map lookup for every copy of a large cluster cost more).
    int[] clusters = new int[leaders.size()];
    CollapsingCollectorManager.RankedDoc[] leaderOf = new CollapsingCollectorManager.RankedDoc[leaders.size()];
    int count = 0;
    BitSet contested = new BitSet(); // a cheap first test for the many matches of other clusters
    List<CollapsingCollectorManager.RankedDoc> all = new ArrayList<>();
    for (CollapsingCollectorManager.RankedDoc leader : leaders) {
      if (leader.cluster() < 0) {
        all.add(leader); // a cluster of its own
      } else if (!contested.get(leader.cluster())) {
        clusters[count] = leader.cluster();
        leaderOf[count++] = leader;
        contested.set(leader.cluster());
      }
    }
    for (int i = 0; i < matches.size(); i++) {
      int cluster = matches.cluster(i);
      if (contested.get(cluster)) {
        int k = 0;
        while (clusters[k] != cluster) {
          k++;
        }
        CollapsingCollectorManager.RankedDoc leader = leaderOf[k];
        all.add(new CollapsingCollectorManager.RankedDoc(matches.doc(i), matches.score(i), leader.copies(), cluster));
      }
    }
    return all;
  }

  /** The first (best) hit of each cluster in {@code ranked}. */
  private static List<CollapsingCollectorManager.RankedDoc> leaders(List<CollapsingCollectorManager.RankedDoc> ranked) {
    List<CollapsingCollectorManager.RankedDoc> leaders = new ArrayList<>();
    BitSet seen = new BitSet();
    for (CollapsingCollectorManager.RankedDoc hit : ranked) {
      if (hit.cluster() < 0 || !seen.get(hit.cluster())) {
        leaders.add(hit);
        if (hit.cluster() >= 0) {
          seen.set(hit.cluster());
        }
      }
    }
    return leaders;
  }

  private static Weight weightOf(IndexSearcher searcher, Query phrases) throws IOException {
    return searcher.createWeight(searcher.rewrite(phrases), ScoreMode.COMPLETE, 1);
  }

  /**
   * Sets {@code scores[i]} to the score of {@code weight} for {@code docs[i]} (global ids, ascending),
   * for {@code i} in {@code [from, to)}; leaves it 0 where the phrases do not match.
   */
  private static void scoreRange(IndexSearcher searcher, Weight weight, int[] docs, int from, int to, float[] scores) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int next = from;
    for (LeafReaderContext leaf : leaves) {
      int end = leaf.docBase + leaf.reader().maxDoc();
      if (next == to) {
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
      for (; next < to && docs[next] < end; next++) {
        int target = docs[next] - leaf.docBase;
        if (candidates == null || candidates.docID() > target) {
          continue;
        }
        if ((candidates.docID() == target || candidates.advance(target) == target) && (phrase == null || phrase.matches())) {
          scores[next] = scorer.score();
        }
      }
    }
  }
}
