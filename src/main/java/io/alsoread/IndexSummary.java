package io.alsoread;

import java.util.List;

/**
 * What an {@code index} run did.
 *
 * @param skipped files that were read but are not articles (HTML listing pages and the like)
 * @param articles articles in the index after the run
 * @param errors warnings and rejections, each naming its file
 * @param skips the skipped files, each with the reason it is not an article, in the walk's order
 */
public record IndexSummary(
    long added,
    long updated,
    long deleted,
    long unchanged,
    long rejected,
    long warnings,
    long skipped,
    long articles,
    long millis,
    List<Issue> errors,
    List<Skip> skips) {
  public IndexSummary {
    errors = List.copyOf(errors);
    skips = skips == null ? List.of() : List.copyOf(skips);
  }

  /** A summary that names no skipped file. */
  public IndexSummary(long added, long updated, long deleted, long unchanged, long rejected, long warnings, long skipped,
      long articles, long millis, List<Issue> errors) {
    this(added, updated, deleted, unchanged, rejected, warnings, skipped, articles, millis, errors, List.of());
  }

  /** A file that was read but is not an article, and why (an HTML listing page, say). */
  public record Skip(String path, String reason) {}

  /** One file-level problem of a run. {@code rejected} tells a rejection (not indexed) from a warning. */
  public record Issue(String path, String message, boolean rejected) {}
}
