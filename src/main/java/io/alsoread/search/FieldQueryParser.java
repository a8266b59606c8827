package io.alsoread.search;

import io.alsoread.BadQueryException;
import io.alsoread.index.Analyzers;
import io.alsoread.index.Fields;
import io.alsoread.ingest.Urls;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's classic syntax over alsoread's fields: unfielded words search the weighted words field
 * ({@code Fields.WORDS}, every default field's words at once), unfielded phrases and patterns the
 * default fields with their boosts; the names users type are mapped to index fields; exact fields ({@code tag},
 * {@code category}, {@code site}) are folded like the index folds them; {@code url} and
 * {@code links_to} values are normalised URLs; {@code date} takes days, months, years and ranges of
 * them. Not thread-safe: one instance per parse.
 */
final class FieldQueryParser extends MultiFieldQueryParser {
  private static final Set<String> EXACT = Fields.EXACT_FIELDS;
  private static final Set<String> URLS = Fields.URL_FIELDS;

  private final float tieBreaker;

  /**
   * @param tieBreaker the default fields of a phrase or pattern are combined as a disjunction-max
   *     with this tie breaker (at 1 their scores add up), so that it stays one recognisable clause
   */
  FieldQueryParser(Analyzer analyzer, Map<String, Float> defaultFieldBoosts, float tieBreaker) {
    super(defaultFieldBoosts.keySet().stream().sorted().toArray(String[]::new), analyzer, defaultFieldBoosts);
    this.tieBreaker = tieBreaker;
    setAllowLeadingWildcard(true);
    setAutoGeneratePhraseQueries(false);
    setSplitOnWhitespace(true); // one top-level clause per word, so ranking can require most words
  }

  /**
   * A group of only excluded words ({@code -printer}, {@code NOT printer}, {@code a OR (-b)}) means
   * every article but those, as in Elasticsearch and Solr; Lucene's own group of only excluded
   * words matches nothing.
   */
  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    Query query = super.getBooleanQuery(clauses);
    if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
        && bool.clauses().stream().allMatch(clause -> clause.occur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder everyOther = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bool.clauses().forEach(everyOther::add);
      return everyOther.build();
    }
    return query;
  }

  @Override
  protected Query getMultiFieldQuery(List<Query> queries) throws ParseException {
    if (queries.isEmpty()) {
      return null;
    }
    return new DisjunctionMaxQuery(queries, tieBreaker);
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (field == null) {
      // Words match where every default field's words are counted; phrases need the fields' positions.
      return super.getFieldQuery(quoted ? null : Fields.WORDS, text, quoted);
    }
    String target = indexField(field);
    if (target.equals(Fields.DATE)) {
      return date(text).query();
    }
    if (URLS.contains(target)) {
      return new TermQuery(new Term(target, url(text)));
    }
    if (EXACT.contains(target)) {
      String value = Analyzers.normalizeExact(text);
      return value.isEmpty() ? null : new TermQuery(new Term(target, value));
    }
    return super.getFieldQuery(target, text, quoted);
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    if (field != null && !isText(indexField(field))) {
      return getFieldQuery(field, text, true);
    }
    return super.getFieldQuery(field == null ? null : indexField(field), text, slop);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (field == null) {
      return super.getRangeQuery(null, part1, part2, startInclusive, endInclusive);
    }
    String target = indexField(field);
    if (target.equals(Fields.DATE)) {
      // An open bound ("*") has nothing to exclude, whichever bracket it stands by.
      long first = open(part1) ? Long.MIN_VALUE : startInclusive ? date(part1).first() : plusOne(date(part1).last());
      long last = open(part2) ? Long.MAX_VALUE : endInclusive ? date(part2).last() : minusOne(date(part2).first());
      return first > last ? new MatchNoDocsQuery("empty date range") : new DateSpan(first, last).query();
    }
    if (EXACT.contains(target)) {
      return TermRangeQuery.newStringRange(
          target, open(part1) ? null : Analyzers.normalizeExact(part1),
          open(part2) ? null : Analyzers.normalizeExact(part2), startInclusive, endInclusive);
    }
    return super.getRangeQuery(target, part1, part2, startInclusive, endInclusive);
  }

  @Override
  protected Query getPrefixQuery(String field, String prefix) throws ParseException {
    if (prefix.isEmpty()) {
      return anyValue(field); // a lone "*"
    }
    String target = field == null ? null : termField(field);
    return compiled(prefix, () -> super.getPrefixQuery(target, prefix));
  }

  @Override
  protected Query getWildcardQuery(String field, String pattern) throws ParseException {
    if (pattern.chars().allMatch(c -> c == '*')) {
      return anyValue(field);
    }
    String target = field == null ? null : termField(field);
    String single = singleStars(pattern);
    return compiled(pattern, () -> super.getWildcardQuery(target, single));
  }

  @Override
  protected Query getFuzzyQuery(String field, String term, float minSimilarity) throws ParseException {
    String target = field == null ? null : termField(field);
    return compiled(term, () -> super.getFuzzyQuery(target, term, minSimilarity));
  }

  /** Builds a pattern's query, whose automaton Lucene compiles as it is made. */
  private interface PatternQuery {
    Query make() throws ParseException;
  }

  /** The query {@code make} builds, refused when its automaton is too large to compile. */
  private static Query compiled(String pattern, PatternQuery make) throws ParseException {
    try {
      return make.make();
    } catch (TooComplexToDeterminizeException e) {
      throw new BadQueryException("the pattern '" + QueryParsing.abbreviate(pattern) + "' is too complex to search; use fewer wildcards");
    }
  }

  /**
   * {@code pattern} with each run of unescaped {@code *} made one: the same pattern, but a run of
   * thousands made Lucene's automaton take seconds to minutes to build, before any time budget.
   */
  static String singleStars(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length());
    boolean afterStar = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(c).append(pattern.charAt(++i));
        afterStar = false;
      } else if (c != '*' || !afterStar) {
        out.append(c);
        afterStar = c == '*';
      }
    }
    return out.toString();
  }

  @Override
  protected Query getRegexpQuery(String field, String regexp) throws ParseException {
    throw new ParseException("regular expressions are not supported");
  }

  /** {@code *}, {@code *:*} (every article) or {@code field:*} (articles with a value in the field). */
  private Query anyValue(String field) throws ParseException {
    if (field == null || field.equals("*")) {
      return new MatchAllDocsQuery();
    }
    String target = indexField(field);
    if (isText(target) || target.equals(Fields.DATE) || target.equals(Fields.URL)) {
      return new FieldExistsQuery(target); // norms, points or doc values make this cheap
    }
    return new WildcardQuery(new Term(target, "*"));
  }

  /** The index field of a user field name (index names of the default fields map to themselves). */
  private String indexField(String field) throws ParseException {
    String target = Fields.USER_FIELDS.get(field);
    if (target != null) {
      return target;
    }
    if (Fields.DEFAULT_FIELD_BOOSTS.containsKey(field)) {
      return field;
    }
    throw new ParseException("unknown field '" + field + "'");
  }

  /** The index field of a term-level query (prefix, wildcard, fuzzy), which dates do not support. */
  private String termField(String field) throws ParseException {
    String target = indexField(field);
    if (target.equals(Fields.DATE)) {
      throw new ParseException("date takes a day, month, year or [from TO to] range, not a pattern");
    }
    return target;
  }

  private static boolean isText(String field) {
    return !field.equals(Fields.DATE) && !URLS.contains(field) && !EXACT.contains(field);
  }

  private static DateSpan date(String text) throws ParseException {
    try {
      return DateSpan.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParseException(e.getMessage());
    }
  }

  /** The normalised URL; a host-relative value like {@code example.com/a} is read as https. */
  private static String url(String text) {
    String normalized = Urls.normalizeTyped(text);
    return normalized == null ? text.strip() : normalized;
  }

  private static boolean open(String bound) {
    return bound == null || bound.equals("*");
  }

  private static long plusOne(long value) {
    return value == Long.MAX_VALUE ? value : value + 1;
  }

  private static long minusOne(long value) {
    return value == Long.MIN_VALUE ? value : value - 1;
  }
}
