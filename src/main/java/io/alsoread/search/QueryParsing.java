package io.alsoread.search;

import io.alsoread.BadQueryException;
import io.alsoread.index.Analyzers;
import io.alsoread.index.Fields;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a user types into a Lucene query: classic syntax over alsoread's fields (see {@link
 * FieldQueryParser}), blank meaning every article, incidental punctuation searched as text (see
 * {@link IncidentalSyntax}), and errors reported as a {@link BadQueryException} with one line that
 * points at the problem. Thread-safe.
 */
public final class QueryParsing {
  private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

  private final Analyzer analyzer;
  private final Ranking ranking;
  private final Set<String> fieldNames;

  /** Parses over the default fields with the boosts of {@link Fields#DEFAULT_FIELD_BOOSTS}. */
  public QueryParsing() {
    this(Ranking.DEFAULT);
  }

  QueryParsing(Ranking ranking) {
    this.analyzer = Analyzers.perField();
    this.ranking = ranking;
    this.fieldNames = Fields.USER_FIELDS.keySet();
  }

  /**
   * A parsed user query.
   *
   * @param query what to match (and score) before filters
   * @param plainText true when the user used no syntax on purpose: the text is a bag of words (or
   *     a heading, a title, an error message) that ranking may treat as a phrase
   * @param matchAll true for a blank query (or {@code *})
   * @param phrasesOnly true when quoted phrases are its only syntax: it matches as typed, but its
   *     words still read in their written order, as a phrase
   */
  record Parsed(Query query, boolean plainText, boolean matchAll, boolean phrasesOnly) {}

  /**
   * The query that {@code text} means.
   *
   * @throws BadQueryException when it does not parse or has too many terms
   */
  public Query parse(String text) {
    return parseDetailed(text).query();
  }

  Analyzer analyzer() {
    return analyzer;
  }

  Parsed parseDetailed(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty() || trimmed.equals("*") || trimmed.equals("*:*")) {
      return new Parsed(new MatchAllDocsQuery(), false, true, false);
    }
    IncidentalSyntax.Escaped escaped = IncidentalSyntax.escape(trimmed, fieldNames);
    try {
      return new Parsed(orNothing(newParser().parse(escaped.text())), !escaped.deliberate(), false, escaped.phrasesOnly());
    } catch (ParseException e) {
      refuseIfTooManyClauses(e, trimmed);
      if (escaped.structure()) {
        throw new BadQueryException(message(trimmed, escaped, e));
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyTerms(trimmed);
    }
    try {
      // Nothing was meant as syntax: search every character as text.
      return new Parsed(orNothing(newParser().parse(QueryParser.escape(trimmed))), true, false, false);
    } catch (ParseException e) {
      refuseIfTooManyClauses(e, trimmed);
      throw new BadQueryException("Cannot parse '" + trimmed + "': " + detail(e, null));
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyTerms(trimmed);
    }
  }

  /** Throws the too-many-terms error when the parser gave up because the query has too many clauses. */
  private static void refuseIfTooManyClauses(ParseException e, String text) {
    if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
      throw tooManyTerms(text);
    }
  }

  /** The error for a query that expands to more clauses than a search may have. */
  static BadQueryException tooManyTerms(String text) {
    return new BadQueryException(
        "too many terms: '" + abbreviate(text) + "' expands to more than "
            + IndexSearcher.getMaxClauseCount() + " clauses; use fewer words or longer prefixes");
  }

  private FieldQueryParser newParser() {
    FieldQueryParser parser = new FieldQueryParser(analyzer, ranking.fieldBoosts(), ranking.tieBreaker());
    parser.setDefaultOperator(QueryParser.Operator.OR);
    return parser;
  }

  /** A query of only stop words parses to nothing; it matches nothing. */
  private static Query orNothing(Query query) {
    return query == null ? new MatchNoDocsQuery("no searchable words") : query;
  }

  private static String message(String original, IncidentalSyntax.Escaped escaped, ParseException e) {
    return "Cannot parse '" + original + "': " + detail(e, escaped);
  }

  /** One line saying what is wrong and where, in the columns of what the user typed. */
  private static String detail(ParseException e, IncidentalSyntax.Escaped escaped) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    if (cause instanceof ParseException syntax && syntax.currentToken != null && syntax.currentToken.next != null) {
      Token next = syntax.currentToken.next;
      int column = column(next.beginColumn, escaped);
      if (next.kind == QueryParserConstants.EOF) {
        return "unexpected end of query at column " + column;
      }
      return "unexpected '" + next.image + "' at column " + column;
    }
    if (cause instanceof TokenMgrError lexical) {
      Matcher m = LEXICAL_COLUMN.matcher(String.valueOf(lexical.getMessage()));
      if (m.find()) {
        int at = column(Integer.parseInt(m.group(1)), escaped);
        // the lexer reads to the end for a quote never closed
        return String.valueOf(lexical.getMessage()).contains("<EOF>") ? "unexpected end of query at column " + at
            : "unexpected character at column " + at;
      }
    }
    String message = String.valueOf(cause.getMessage());
    int prefix = message.indexOf("': ");
    if (message.startsWith("Cannot parse '") && prefix > 0) {
      message = message.substring(prefix + 3);
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  /** The 1-based column, in what the user typed, of the parser's 0-based offset into the text it parsed. */
  private static int column(int offset, IncidentalSyntax.Escaped escaped) {
    return escaped == null ? offset + 1 : escaped.originalColumn(offset + 1);
  }

  /** {@code text} cut to 60 characters for a one-line message. */
  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
