package io.alsoread.search;

import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet of each hit: the best passage of the body with the matched terms marked (see {@link
 * SnippetFormatter}); when the body has no match, the title with its matches marked, else the start
 * of the body. Uses the offsets indexed with the body, so it never re-analyses long texts.
 */
final class Snippets {
  /** Passages are grown to at least this many characters (whole sentences), then cut by the formatter. */
  private static final int MIN_PASSAGE = 160;
  /** Text fields whose query terms are marked in the body and title. */
  private static final Set<String> TEXT_FIELDS =
      Set.of(Fields.TITLE, Fields.BODY, Fields.KEYWORDS, Fields.DESCRIPTION, Fields.TAGS_TEXT, Fields.ANCHOR, Fields.OUT_ANCHOR);
  private static final String[] FIELDS = {Fields.BODY, Fields.TITLE};
  private static final int[] PASSAGES = {1, 1};

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Snippets for {@code docs} (global doc ids), in order.
   *
   * @param query the user's query (without filters and ranking signals), or null for none
   * @param bodies loads a hit's body when neither body nor title matches
   */
  String[] of(IndexSearcher searcher, Query query, int[] docs, BodyLoader bodies) throws IOException {
    String[] snippets = new String[docs.length];
    Map<String, String[]> marked = Map.of();
    if (query != null && docs.length > 0) {
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new SnippetFormatter())
              .withScorer(new PassageRanking())
              .withWeightMatches(false)
              .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(new CustomSeparatorBreakIterator('\n'), MIN_PASSAGE, 0.25f))
              .withMaxNoHighlightPassages(0)
              .withMaxLength(Integer.MAX_VALUE - 1)
              .withFieldMatcher(TEXT_FIELDS::contains)
              .build();
      marked = highlighter.highlightFields(FIELDS, query, docs.clone(), PASSAGES);
    }
    String[] body = marked.get(Fields.BODY);
    String[] title = marked.get(Fields.TITLE);
    for (int i = 0; i < docs.length; i++) {
      if (body != null && body[i] != null) {
        snippets[i] = body[i];
      } else if (title != null && title[i] != null) {
        snippets[i] = title[i];
      } else {
        snippets[i] = opening(bodies.body(docs[i]));
      }
    }
    return snippets;
  }

  /** Loads the body of a document by global doc id. */
  @FunctionalInterface
  interface BodyLoader {
    String body(int doc) throws IOException;
  }

  /** The start of a text as a snippet: escaped, white space collapsed, cut at a word boundary. */
  static String opening(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    int end = Math.min(text.length(), SnippetFormatter.MAX_CHARS);
    boolean cut = end < text.length();
    if (cut) {
      int space = end;
      while (space > MIN_PASSAGE && !Character.isWhitespace(text.charAt(space))) {
        space--;
      }
      end = space > MIN_PASSAGE ? space : end;
    }
    StringBuilder out = new StringBuilder(end + 16);
    SnippetFormatter.appendText(out, text, 0, end);
    String snippet = out.toString().strip();
    return cut ? snippet + "\u2026" : snippet;
  }
}
