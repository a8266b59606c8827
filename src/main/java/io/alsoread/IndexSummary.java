package io.alsoread;

import java.util.List;

/**
 * What an {@code index} run did.
 *
 * @param skipped files that were read but are not articles (HTML listing pages and the like)
 * @param articles articles in the index after the run
 * @param errors warnings and rejections, each naming its file
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
    List<Issue> errors) {
  public IndexSummary {
    errors = List.copyOf(errors);
  }

  /** One file-level problem of a run. {@code rejected} tells a rejection (not indexed) from a warning. */
  public record Issue(String path, String message, boolean rejected) {}
}
