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
 * has words common in the index, which then only add to the score; all of them, when it has only
 * common words), leaves out words no article holds, and scores higher where its words occur as a
 * phrase in the body (and in the title, when that boost is on). Queries that use syntax on
 * purpose keep their classic meaning (OR between words); of those, a query whose only syntax is
 * quoted phrases is still ranked by its whole text as a phrase, since quoting a word keeps the
 * order of the words (a heading such as {@code Why Use "Lite" Apps?}). Thread-safe.
 */
final class Relevance {
  private final Ranking ranking;
  private final UnknownWords unknownWords;
  private final QueryBuilder phrases;

  Relevance(Ranking ranking, Analyzer analyzer) {
    this.ranking = ranking;
    this.unknownWords = new UnknownWords(analyzer);
    this.phrases = new QueryBuilder(analyzer);
  }

  /**
   * What to search with.
   *
   * @param match what matches, and its score
   * @param phrases what adds to the score of the best matches (see {@link PhraseRescoring}), or null
   * @param unknown the words of a plain query that no article holds (left out of what must match
   *     when the query has other words), and what the user likely meant (of a query with syntax:
   *     the fields its misspelt field names meant)
   */
  record Ranked(Query match, Query phrases, UnknownWords.Found unknown) {}

  /** The query to search with: for plain text, most words required and phrase matches boosted. */
  Ranked rank(QueryParsing.Parsed parsed, String text, IndexReader reader) throws IOException {
    if (parsed.matchAll()) {
      return new Ranked(parsed.query(), null, UnknownWords.Found.NONE);
    }
    if (!parsed.plainText()) {
      String meant = UnknownWords.fieldsMeant(text);
      return new Ranked(parsed.query(), parsed.phrasesOnly() ? phrases(text) : null,
          meant == null ? UnknownWords.Found.NONE : new UnknownWords.Found(List.of(), meant));
    }
    Query query = parsed.query();
    long cutoff = commonCutoff(reader);
    List<Word> words = words(query, reader, cutoff);
    if (words == null) {
      Held held = held(query, reader, cutoff);
      boolean unknownWord = held != null && held.most() == Share.NONE; // a query of one word no article holds
      return new Ranked(mostWordsRequired(query), phrases(text), unknownWord ? unknownWords.in(text, reader) : UnknownWords.Found.NONE);
    }
    boolean someUnknown = words.stream().anyMatch(Word::partUnknown);
    UnknownWords.Found unknown = someUnknown ? unknownWords.in(text, reader) : UnknownWords.Found.NONE;
    if (someUnknown && UnknownWords.oneChunk(text.strip())) {
      // One word the analyzer split ("wifi-adaptr"): its parts all count, as they did; the unknown ones are named.
      return new Ranked(mostWordsRequired(query), phrases(text), unknown);
    }
    return new Ranked(byHowCommon((BooleanQuery) query, words), phrases(text), unknown);
  }

  /**
   * How many articles a word must be in to be common (see {@link Ranking#commonWordFraction()}):
   * a fraction of the live articles, not of the documents an incremental run deleted or replaced.
   */
  private long commonCutoff(IndexReader reader) {
    return ranking.commonWordFraction() <= 0 ? Long.MAX_VALUE : (long) (ranking.commonWordFraction() * reader.numDocs());
  }

  /**
   * A word of a plain query (a top-level optional clause), how many articles hold it, and whether
   * no article holds some part of it (a split word such as "wifi-adaptr" is known by its known part).
   */
  private record Word(Query query, Share share, boolean partUnknown) {}

  /**
   * The words of a plain query with their shares of the articles (see {@link #held}), or null
   * when it is not a bag of words: one word, a minimum already set, or a clause that is no word.
   */
  private static List<Word> words(Query query, IndexReader reader, long cutoff) throws IOException {
    if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 0) {
      return null;
    }
    List<Word> words = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      if (clause.occur() == BooleanClause.Occur.SHOULD) {
        Held held = held(clause.query(), reader, cutoff);
        if (held == null) {
          return null;
        }
        words.add(new Word(clause.query(), held.most(), held.fewest() == Share.NONE));
      }
    }
    return words;
  }

  /**
   * A plain query matched by how common its words are. Words no article holds are left out when
   * others remain: they match nothing, so they would only make a typo or a word from elsewhere
   * ("printer offlne") empty the page. Of the rest, with the rules for common words (see {@link
   * Ranking#commonWordFraction()}), with common and rare words the common ones only add to the score
   * of what the rare ones match. A long heading of common words ("Part 1. 3 Best Video Resolution
   * Converter for Windows") otherwise matches and scores every article holding most of them, a fifth
   * of the crawl, to rank the few that hold its rarer words first anyway. With only common words,
   * all of them must match: most of them would match a third of the crawl ("Step 1: Open Video
   * Settings"), and all of them still match thousands of articles; on the known-item set of the
   * 7-site crawl, neither rule moved an article named by a heading. Without common words, most of
   * the words must match (see {@link #mostWordsRequired}).
   *
   * <p>A word the analyzer splits ("worry-free", "snowboarding/skiing") or a parenthesised group of
   * words within the query is one word here, as it is to the words that must match, as common as its
   * most common part.
   */
  private Query byHowCommon(BooleanQuery query, List<Word> words) {
    List<Query> rare = new ArrayList<>();
    List<Query> common = new ArrayList<>();
    for (Word word : words) {
      if (word.share() == Share.COMMON) {
        common.add(word.query());
      } else if (word.share() == Share.RARE) {
        rare.add(word.query());
      }
    }
    List<BooleanClause> others = query.clauses().stream().filter(clause -> clause.occur() != BooleanClause.Occur.SHOULD).toList();
    if (common.isEmpty()) {
      // Every word known: the query as parsed (its clauses in their order, so that scores add up alike).
      return mostWordsRequired(rare.isEmpty() || rare.size() == words.size() ? query : withOthers(rare, others, 0));
    }
    if (rare.isEmpty()) {
      return withOthers(common, others, common.size()); // every common word required
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(mostWordsRequired(withOthers(rare, List.of(), 0)), BooleanClause.Occur.MUST);
    common.forEach(word -> builder.add(word, BooleanClause.Occur.SHOULD));
    others.forEach(builder::add);
    return builder.build();
  }

  /** {@code words} as optional clauses, at least {@code minimum} of them required, with the query's {@code others} clauses. */
  private static BooleanQuery withOthers(List<Query> words, List<BooleanClause> others, int minimum) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimum);
    words.forEach(word -> builder.add(word, BooleanClause.Occur.SHOULD));
    others.forEach(builder::add);
    return builder.build();
  }

  /** How many of the live articles hold a word: none, at most the common cutoff (rare), or more (common); in that order. */
  private enum Share { NONE, RARE, COMMON }

  /**
   * How many articles hold a word of a plain query: its most and least held parts.
   *
   * @param most the word's share: a term's, or for a group of words any of which may match (a
   *     split word), that of its most common part
   * @param fewest that of its rarest part (the term's own, for a term)
   */
  private record Held(Share most, Share fewest) {}

  /**
   * How many articles hold {@code word} (see {@link Held}), common from more than {@code cutoff};
   * null when it is neither a term nor a group of words.
   */
  private static Held held(Query word, IndexReader reader, long cutoff) throws IOException {
    if (word instanceof TermQuery term) {
      int docFreq = reader.docFreq(term.getTerm());
      Share share = LiveHolders.moreThan(reader, term.getTerm(), docFreq, cutoff) ? Share.COMMON
          : LiveHolders.moreThan(reader, term.getTerm(), docFreq, 0) ? Share.RARE : Share.NONE;
      return new Held(share, share);
    }
    if (!(word instanceof BooleanQuery group) || group.getMinimumNumberShouldMatch() > 0 || group.clauses().isEmpty()) {
      return null;
    }
    Share most = Share.NONE;
    Share fewest = Share.COMMON;
    for (BooleanClause part : group.clauses()) {
      Held held = part.occur() == BooleanClause.Occur.SHOULD ? held(part.query(), reader, cutoff) : null;
      if (held == null) {
        return null;
      }
      most = held.most().compareTo(most) > 0 ? held.most() : most;
      fewest = held.fewest().compareTo(fewest) < 0 ? held.fewest() : fewest;
    }
    return new Held(most, fewest);
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
