package io.alsoread.search;

import io.alsoread.index.Fields;
import java.util.Map;

/**
 * The knobs of relevance ranking, in one place so that they can be measured and tuned together
 * (see the known-item evaluation under src/test).
 *
 * @param fieldBoosts default fields and their boosts
 * @param tieBreaker how much the non-best fields of a term add to its best field (0 = only the
 *     best field counts, 1 = all fields add up)
 * @param allTermsUpTo plain queries of up to this many terms must match all of them
 * @param mustMatchFraction longer plain queries must match this fraction of their terms (rounded
 *     up), but may always miss one
 * @param bodyPhraseBoost boost of the whole plain query as a phrase in the body (0 = off)
 * @param bodyPhraseSlop slop of that phrase
 * @param titlePhraseBoost boost of the whole plain query as a phrase in the title (0 = off)
 * @param inlinksWeight weight of the inbound-link count as a static signal (0 = off)
 * @param combinedFields score a word over the default fields as one BM25F term (Lucene's {@code
 *     CombinedFieldQuery}) instead of a disjunction-max of per-field scores
 */
record Ranking(
    Map<String, Float> fieldBoosts,
    float tieBreaker,
    int allTermsUpTo,
    float mustMatchFraction,
    float bodyPhraseBoost,
    int bodyPhraseSlop,
    float titlePhraseBoost,
    float inlinksWeight,
    boolean combinedFields) {

  /** The ranking alsoread ships with. */
  static final Ranking DEFAULT = new Ranking(Fields.DEFAULT_FIELD_BOOSTS, 0.1f, 2, 0.75f, 20f, 0, 2f, 0f, false);

  Ranking {
    fieldBoosts = Map.copyOf(fieldBoosts);
  }
}
