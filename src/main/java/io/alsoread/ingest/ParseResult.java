package io.alsoread.ingest;

import java.util.List;

/**
 * What parsing one source file gave: an article with its warnings, or no article and the reason
 * the file is not one (an HTML listing page, say).
 */
public record ParseResult(Article article, List<Problem> warnings, String skipReason) {
  public ParseResult {
    warnings = List.copyOf(warnings);
  }

  public static ParseResult of(Article article, List<Problem> warnings) {
    return new ParseResult(article, warnings, null);
  }

  public static ParseResult skipped(String reason) {
    return new ParseResult(null, List.of(), reason);
  }

  public boolean isArticle() {
    return article != null;
  }
}
