package io.alsoread.search;

import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Adds ranking to a parsed query, by the knobs of {@link Ranking}: a plain-text query (a few
 * words, a heading, a title) must match most of its words (most of its rarer words, when it also
 * has words common in the index, which then only add to the score), and scores higher where its words occur
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
  Ranked rank(QueryParsing.Parsed parsed, String text, IndexReader reader) throws IOException {
    if (parsed.matchAll() || !parsed.plainText()) {
      return new Ranked(parsed.query(), null);
    }
    Query rareFirst = commonWordsScoreOnly(parsed.query(), reader);
    return new Ranked(rareFirst != null ? rareFirst : mostWordsRequired(parsed.query()), phrases(text));
  }

  /**
   * A plain query whose common words (see {@link Ranking#commonWordFraction()}) only add to the
   * score of what its other words match, or null when its words are not all plain terms or are all
   * common or all not. A long heading of common words ("Part 1. 3 Best Video Resolution Converter
   * for Windows") otherwise matches and scores every article holding most of them, a fifth of the
   * crawl, to rank the few that hold its rarer words first anyway; words no article holds count
   * with neither group, as they match nothing.
   */
  private Query commonWordsScoreOnly(Query query, IndexReader reader) throws IOException {
    if (ranking.commonWordFraction() <= 0 || !(query instanceof BooleanQuery words) || words.getMinimumNumberShouldMatch() > 0) {
      return null;
    }
    long cutoff = (long) (ranking.commonWordFraction() * reader.maxDoc());
    BooleanQuery.Builder rare = new BooleanQuery.Builder();
    List<Query> common = new ArrayList<>();
    List<BooleanClause> others = new ArrayList<>();
    int rareCount = 0;
    for (BooleanClause clause : words.clauses()) {
      if (clause.occur() != BooleanClause.Occur.SHOULD) {
        others.add(clause);
        continue;
      }
      if (!(clause.query() instanceof TermQuery term)) {
        return null;
      }
      int docFreq = reader.docFreq(term.getTerm());
      if (docFreq > cutoff) {
        common.add(term);
      } else if (docFreq > 0) {
        rare.add(term, BooleanClause.Occur.SHOULD);
        rareCount++;
      }
    }
    if (rareCount == 0 || common.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(mostWordsRequired(rare.build()), BooleanClause.Occur.MUST);
    common.forEach(word -> builder.add(word, BooleanClause.Occur.SHOULD));
    others.forEach(builder::add);
    return builder.build();
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
