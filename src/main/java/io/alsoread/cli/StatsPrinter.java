package io.alsoread.cli;

import io.alsoread.CategoryCount;
import io.alsoread.FacetValue;
import io.alsoread.IndexStats;
import java.util.ArrayList;
import java.util.List;

/** Human output of {@code stats}. */
final class StatsPrinter {

  private static final int LABEL = 12;
  private static final int TOP = 10;

  private final HumanOutput out;

  StatsPrinter(HumanOutput out) {
    this.out = out;
  }

  void print(IndexStats stats) {
    IndexStats.LinkCounts links = stats.links() == null ? new IndexStats.LinkCounts(0, 0, 0) : stats.links();
    out.field("articles", LABEL, Layout.count(stats.articles()));
    out.field("sites", LABEL, Layout.count(stats.sites()));
    out.field("clusters", LABEL, Layout.count(stats.clusters()));
    out.field("links", LABEL, Layout.count(links.total()) + " (" + Layout.count(links.resolved()) + " resolved, "
        + Layout.count(links.dangling()) + " dangling)");
    out.field("index size", LABEL, Layout.bytes(stats.indexBytes()));
    out.field("last commit", LABEL, Layout.minute(stats.lastCommit()));
    values("top tags", stats.tags());
    categories(stats.categories());
    values("top hosts", stats.topHosts());
    out.flush();
  }

  private void values(String label, List<FacetValue> values) {
    if (values == null || values.isEmpty()) {
      return;
    }
    List<String> items = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    for (FacetValue value : values.subList(0, Math.min(TOP, values.size()))) {
      String count = "(" + Layout.count(value.count()) + ")";
      items.add(value.value() + " " + out.style().dim(count));
      widths.add(Layout.width(value.value()) + 1 + count.length());
    }
    out.flow(label, LABEL, items, widths);
  }

  private void categories(List<CategoryCount> categories) {
    if (categories == null || categories.isEmpty()) {
      return;
    }
    List<String> items = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    for (CategoryCount category : categories.subList(0, Math.min(TOP, categories.size()))) {
      String name = String.join("/", category.path());
      String count = "(" + Layout.count(category.count()) + ")";
      items.add(name + " " + out.style().dim(count));
      widths.add(Layout.width(name) + 1 + count.length());
    }
    out.flow("categories", LABEL, items, widths);
  }
}
