package io.alsoread.bench;

import io.alsoread.SearchRequest;
import java.util.Locale;

/**
 * One query of the benchmark's query set: where it came from and the request it sends.
 *
 * @param kind the class of query, for per-class figures
 * @param request the search as sent in the "plain" mode (collapse and page size are set per mode)
 */
record BenchQuery(Kind kind, SearchRequest request) {

  /** Where a query of the set comes from. */
  enum Kind {
    KNOWN_ITEM("known-item"),
    BROAD("broad"),
    FIELDED("fielded"),
    DRILL_DOWN("drill-down");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** The query with its filters, as one line for a report. */
  String describe() {
    StringBuilder text = new StringBuilder(request.query());
    request.tags().forEach(tag -> text.append(" --tag '").append(tag).append('\''));
    request.categories().forEach(category -> text.append(" --category '").append(category).append('\''));
    request.sites().forEach(site -> text.append(" --site ").append(site));
    request.years().forEach(year -> text.append(" --year ").append(year));
    if (request.from() != null) {
      text.append(" --from ").append(request.from());
    }
    if (request.to() != null) {
      text.append(" --to ").append(request.to());
    }
    if (request.sort() != SearchRequest.Sort.RELEVANCE) {
      text.append(" --sort ").append(request.sort().name().toLowerCase(Locale.ROOT));
    }
    return text.toString();
  }
}
