package io.alsoread.search;

import io.alsoread.index.Fields;
import java.util.Map;

/**
 * The knobs of relevance ranking, in one place so that they can be measured and tuned together
 * (see {@code RankingEval} under src/test). Plain words are scored in the index's weighted words
 * field (BM25F at index time, with the weights of {@code Fields.WORDS_WEIGHTS}); the field boosts
 * and tie breaker below serve what needs each field's positions or terms (quoted phrases, prefixes,
 * fuzzy terms over the default fields). Measured and left out: the inbound-link count as a static
 * signal (no effect on the known-item set), BM25F at query time (Lucene's {@code
 * CombinedFieldQuery}: no better, and slower), and the title phrase boost (2 made no difference to
 * the known-item set once title words weighed 4 in the words field, and cost 8% of query time).
 *
 * @param fieldBoosts default fields and their boosts, for phrases and term patterns
 * @param tieBreaker how much the non-best fields of a phrase or pattern add to its best field (0 =
 *     only the best field counts, 1 = all fields add up)
 * @param allTermsUpTo plain queries of up to this many terms must match all of them
 * @param mustMatchFraction longer plain queries must match this fraction of their terms (rounded
 *     up), but may always miss one
 * @param bodyPhraseBoost boost of the whole plain query as a phrase in the body (0 = off)
 * @param bodyPhraseSlop slop of that phrase
 * @param titlePhraseBoost boost of the whole plain query as a phrase in the title (0 = off)
 * @param phraseWindow how many of the best matches by their words (the best copy of each cluster,
 *     when collapsing) the phrase boosts are added to; the matches after them keep the order of
 *     their words. By their words alone, the article a known-item heading names ranks as low as
 *     293rd on the 7-site crawl; windows of 200, 150 and 100 found 99.3, 99.0 and 98.7% of them
 *     in the top 10 instead of all, for a tenth of a slow query's time
 * @param contestedClusters when collapsing, how many of the best clusters after the boosts have
 *     every matching copy boosted, so that each is led by its best copy
 * @param commonWordFraction a plain query's words found in more than this fraction of the articles
 *     only add to the score of the articles its other words match (which must match by the rules
 *     above, counted among themselves); a plain query of only such words must match all of them;
 *     0 = every word counts towards the words that must match
 */
record Ranking(
    Map<String, Float> fieldBoosts,
    float tieBreaker,
    int allTermsUpTo,
    float mustMatchFraction,
    float bodyPhraseBoost,
    int bodyPhraseSlop,
    float titlePhraseBoost,
    int phraseWindow,
    int contestedClusters,
    double commonWordFraction) {

  /** The ranking alsoread ships with. */
  static final Ranking DEFAULT = new Ranking(Fields.DEFAULT_FIELD_BOOSTS, 0.1f, 2, 0.75f, 20f, 0, 0f, 300, 20, 0.2);

  Ranking {
    fieldBoosts = Map.copyOf(fieldBoosts);
  }
}
