package io.alsoread.search;

import io.alsoread.index.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Adds ranking to a parsed query, by the knobs of {@link Ranking}: a plain-text query (a few
 * words, a heading, a title) must match most of its words, and scores higher where its words occur
 * as a phrase in the body (and in the title, when that boost is on). Queries that use syntax on
 * purpose keep their classic meaning (OR between words). Thread-safe.
 */
final class Relevance {
  private final Ranking ranking;
  private final QueryBuilder phrases;

  Relevance(Ranking ranking, Analyzer analyzer) {
    this.ranking = ranking;
    this.phrases = new QueryBuilder(analyzer);
  }

  /**
   * What to search with.
   *
   * @param match what matches, and its score
   * @param phrases what adds to the score of the best matches (see {@link PhraseRescoring}), or null
   */
  record Ranked(Query match, Query phrases) {}

  /** The query to search with: for plain text, most words required and phrase matches boosted. */
  Ranked rank(QueryParsing.Parsed parsed, String text) {
    if (parsed.matchAll() || !parsed.plainText()) {
      return new Ranked(parsed.query(), null);
    }
    return new Ranked(mostWordsRequired(parsed.query()), phrases(text));
  }

  /** How many of the best matches the phrase boosts are added to (see {@link Ranking#phraseWindow()}). */
  int phraseWindow() {
    return ranking.phraseWindow();
  }

  /** How many of the best clusters are led by their best copy after the phrase boosts (see {@link Ranking#contestedClusters()}). */
  int contestedClusters() {
    return ranking.contestedClusters();
  }

  /** A plain query's words (top-level SHOULD clauses) with the minimum that must match. */
  private Query mostWordsRequired(Query query) {
    if (!(query instanceof BooleanQuery words) || words.getMinimumNumberShouldMatch() > 0) {
      return query;
    }
    int should = 0;
    for (BooleanClause clause : words.clauses()) {
      if (clause.occur() == BooleanClause.Occur.SHOULD) {
        should++;
      }
    }
    if (should < 2) {
      return query;
    }
    int required = should <= ranking.allTermsUpTo() ? should
        : Math.min(should - 1, (int) Math.ceil(should * ranking.mustMatchFraction()));
    BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(Math.max(1, required));
    words.clauses().forEach(builder::add);
    return builder.build();
  }

  /** The text as a phrase in the body or the title (scores adding up), or null when neither applies. */
  private Query phrases(String text) {
    Query body = phrase(Fields.BODY, text, ranking.bodyPhraseSlop(), ranking.bodyPhraseBoost());
    Query title = phrase(Fields.TITLE, text, ranking.bodyPhraseSlop(), ranking.titlePhraseBoost());
    if (body == null || title == null) {
      return body == null ? title : body;
    }
    return new BooleanQuery.Builder().add(body, BooleanClause.Occur.SHOULD).add(title, BooleanClause.Occur.SHOULD).build();
  }

  /** The text as a phrase in {@code field}, or null when it is one word or the boost is off. */
  private Query phrase(String field, String text, int slop, float boost) {
    if (boost <= 0) {
      return null;
    }
    Query phrase = phrases.createPhraseQuery(field, text, slop);
    if (!(phrase instanceof PhraseQuery p) || p.getTerms().length < 2) {
      return null;
    }
    return new BoostQuery(phrase, boost);
  }

}
