package io.alsoread.cli;

import io.alsoread.CategoryCount;
import io.alsoread.FacetValue;
import io.alsoread.Facets;
import java.util.List;

/** The REPL's {@code :tag} (and {@code :category}, {@code :site}, {@code :year}) alone: a facet's values with counts. */
final class FacetListPrinter {

  static final int MAX_VALUES = 30;

  private final HumanOutput out;

  FacetListPrinter(HumanOutput out) {
    this.out = out;
  }

  void print(String dimension, Facets facets, String query) {
    String subject = query.isBlank() ? "all articles" : "“" + Layout.printable(query) + "”";
    out.line(out.style().dim(dimension + " values for " + subject + ", with article counts:"));
    switch (dimension) {
      case "category" -> categories(facets.categories());
      case "tag" -> values(dimension, facets.tags());
      case "site" -> values(dimension, facets.sites());
      default -> values(dimension, facets.years());
    }
    out.flush();
  }

  private void values(String dimension, List<FacetValue> values) {
    if (values.isEmpty()) {
      out.line("No " + dimension + " values for this search.");
    }
    int countWidth = values.stream().mapToInt(v -> Layout.count(v.count()).length()).max().orElse(1);
    for (FacetValue value : values.subList(0, Math.min(MAX_VALUES, values.size()))) {
      out.line("  " + padLeft(Layout.count(value.count()), countWidth) + "  " + value.value());
    }
    more(values.size());
  }

  private void categories(List<CategoryCount> categories) {
    if (categories.isEmpty()) {
      out.line("No category values for this search.");
    }
    int countWidth = categories.stream().mapToInt(c -> Layout.count(c.count()).length()).max().orElse(1);
    for (CategoryCount category : categories.subList(0, Math.min(MAX_VALUES, categories.size()))) {
      int depth = category.path().size();
      String name = depth == 0 ? "" : category.path().get(depth - 1);
      // Children also show their whole path: that is what :category takes.
      String path = depth > 1 ? out.style().dim("   " + String.join("/", category.path())) : "";
      out.line("  " + padLeft(Layout.count(category.count()), countWidth) + "  " + "  ".repeat(Math.max(0, depth - 1)) + name + path);
    }
    more(categories.size());
  }

  private void more(int size) {
    if (size > MAX_VALUES) {
      out.line(out.style().dim("  " + Layout.ELLIPSIS + " and " + Layout.count(size - MAX_VALUES) + " more"));
    }
  }

  private static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }
}
