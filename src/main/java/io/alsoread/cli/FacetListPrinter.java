package io.alsoread.cli;

import io.alsoread.FacetListing;
import io.alsoread.FacetValue;
import io.alsoread.SearchRequest;
import java.util.List;

/** The REPL's {@code :tag} (and {@code :category}, {@code :site}, {@code :year}) alone: a facet's values with counts. */
final class FacetListPrinter {

  static final int MAX_VALUES = 30;

  private final HumanOutput out;

  FacetListPrinter(HumanOutput out) {
    this.out = out;
  }

  /**
   * Prints {@code listing}, the values of {@code dimension} for the query and filters of {@code
   * request}, and how many more there are. The header names the filters that narrow the counts: those
   * of the other facets, since a facet's own filter is left out of its counts (drill sideways).
   */
  void print(String dimension, FacetListing listing, SearchRequest request) {
    List<String> filters = ReplSession.filterLabels(request, dimension);
    String query = request.query();
    String subject = query.isBlank() ? (filters.isEmpty() ? "all articles" : "articles") : "“" + Layout.echo(query) + "”";
    if (!filters.isEmpty()) {
      subject += " with " + String.join(" ", filters);
    }
    out.wrapped(0, dimension + " values for " + subject + ", with article counts:", out.style()::dim);
    if (listing.values().isEmpty()) {
      out.line("No " + dimension + " values for this search.");
    }
    int countWidth = listing.values().stream().mapToInt(v -> Layout.count(v.count()).length()).max().orElse(1);
    for (FacetValue value : listing.values()) {
      out.line("  " + padLeft(Layout.count(value.count()), countWidth) + "  " + value.value());
    }
    int more = listing.distinct() - listing.values().size();
    if (more > 0) {
      out.line(out.style().dim("  " + Layout.ELLIPSIS + " and " + Layout.count(more) + " more (:" + dimension + " then Tab completes any value)"));
    }
    out.flush();
  }

  private static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }
}
