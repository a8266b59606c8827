package io.alsoread.cli;

import io.alsoread.AlsoRead;
import io.alsoread.CategoryCount;
import io.alsoread.FacetValue;
import io.alsoread.Facets;
import io.alsoread.Hit;
import io.alsoread.SearchResult;
import java.util.ArrayList;
import java.util.List;

/** Human output of a search: a header, numbered hits with their snippets, then compact facet counts. */
final class SearchPrinter {

  static final int SNIPPET_LINES = 3;
  static final int FACET_VALUES = 8;
  static final int CATEGORY_ROOTS = 6;
  static final int CATEGORY_CHILDREN = 3;
  private static final int FACET_LABEL = 8;
  /** Fewer columns than this left for a hit's site, and its meta line leaves the site out. */
  private static final int MIN_SITE_COLUMNS = 8;

  private final HumanOutput out;

  SearchPrinter(HumanOutput out) {
    this.out = out;
  }

  /** The hits and facets of {@code result}, its first hit being number {@code offset + 1}. */
  void print(SearchResult result, int offset, boolean collapsed) {
    Style style = out.style();
    if (!onlyUnknownWords(result)) { // else the line on the unknown words says it all
      out.wrapped(0, header(result, offset, collapsed));
    }
    if (!result.unknownWords().isEmpty()) {
      out.wrapped(0, unknownWords(result.unknownWords(), result.total() > 0, result.suggestion()), style::dim);
    } else if (result.suggestion() != null) {
      out.wrapped(0, "Did you mean “" + Layout.echo(result.suggestion()) + "”?", style::dim);
    } else if (result.total() == 0 && onlyStopWords(result.query())) {
      out.wrapped(0, "Its words are all too common to be searched; add one that says what you look for.", style::dim);
    }
    int numberWidth = String.valueOf(offset + Math.max(1, result.hits().size())).length();
    int indent = numberWidth + 2;
    for (int i = 0; i < result.hits().size(); i++) {
      out.blank();
      hit(result.hits().get(i), offset + i + 1, numberWidth, indent, style);
    }
    Facets facets = result.facets() == null ? Facets.NONE : result.facets();
    if (!isEmpty(facets)) {
      out.blank();
      facets(facets);
    }
    out.flush();
  }

  /** Whether {@code query} is words, each of them too common to be indexed ("the and of"). */
  static boolean onlyStopWords(String query) {
    if (query == null || query.isBlank()) {
      return false;
    }
    for (String word : query.strip().split("\\s+")) {
      if (!word.matches("\\p{L}+") || !AlsoRead.isStopWord(word)) {
        return false;
      }
    }
    return true;
  }

  /** Whether nothing matched and the query was nothing but words no article has. */
  private static boolean onlyUnknownWords(SearchResult result) {
    return result.total() == 0 && !result.unknownWords().isEmpty()
        && String.join(" ", result.unknownWords()).equals(Layout.collapseSpaces(result.query()));
  }

  private static String header(SearchResult result, int offset, boolean collapsed) {
    boolean allArticles = result.query() == null || result.query().isBlank();
    String subject = allArticles ? "all articles" : "“" + Layout.echo(result.query()) + "”";
    if (result.total() == 0) {
      return allArticles ? "No articles match the filters." : "No articles match " + subject + ".";
    }
    StringBuilder header = new StringBuilder(subject).append(": ").append(Layout.counted(result.total(), "article", "articles"));
    if (collapsed && result.clusters() != result.total()) {
      header.append(" in ").append(Layout.counted(result.clusters(), "cluster", "clusters"));
    }
    long shown = collapsed ? result.clusters() : result.total();
    if (result.hits().isEmpty()) {
      if (offset > 0) {
        header.append(", none past ").append(Layout.count(offset));
      }
    } else if (offset > 0 || result.hits().size() < shown) {
      header.append(", showing ").append(Layout.count(offset + 1)).append("–").append(Layout.count(offset + result.hits().size()));
    }
    return header.append(" (").append(result.tookMillis()).append(" ms)").toString();
  }

  /**
   * What the search left out and what the user may have meant: "No article has “prnter”: searched
   * without it. Did you mean “printer offline”?"
   *
   * @param leftOut whether the search ran without the words (it had others), else it matched nothing
   * @param suggestion the likely query, or null
   */
  static String unknownWords(List<String> words, boolean leftOut, String suggestion) {
    StringBuilder line = new StringBuilder("No article has ");
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        line.append(i == words.size() - 1 ? " or " : ", ");
      }
      line.append('“').append(Layout.echo(words.get(i))).append('”');
    }
    line.append(leftOut ? words.size() == 1 ? ": searched without it." : ": searched without them." : ".");
    if (suggestion != null) {
      line.append(" Did you mean “").append(Layout.echo(suggestion)).append("”?");
    }
    return line.toString();
  }

  private void hit(Hit hit, int number, int numberWidth, int indent, Style style) {
    String label = Layout.listNumber(number, numberWidth);
    String pad = " ".repeat(indent);
    List<String> titleLines = Layout.wrap(orUntitled(hit.title()), out.width() - indent);
    for (int i = 0; i < titleLines.size(); i++) {
      out.line((i == 0 ? style.bold(label) : pad) + style.title(titleLines.get(i)));
    }
    out.line(pad + style.dim(meta(hit, out.width() - indent)));
    out.line(pad + style.url(hit.url())); // whole, even when wider than the terminal: it is there to be copied
    // One column spare for the "…" of a cut snippet.
    List<String> snippet = Snippet.parse(hit.snippet()).lines(out.width() - indent - 1, style);
    for (int i = 0; i < Math.min(SNIPPET_LINES, snippet.size()); i++) {
      String line = snippet.get(i);
      out.line(pad + (i == SNIPPET_LINES - 1 && snippet.size() > SNIPPET_LINES ? line + Layout.ELLIPSIS : line));
    }
  }

  static String orUntitled(String title) {
    return title == null || title.isBlank() ? "(untitled)" : title;
  }

  /** The hit's site, date, copies and inbound links in at most {@code maxColumns}; the site is what a narrow line cuts. */
  private static String meta(Hit hit, int maxColumns) {
    List<String> parts = new ArrayList<>(4);
    parts.add(Layout.day(hit.date()));
    if (hit.copies() > 1) {
      parts.add(Layout.counted(hit.copies(), "copy", "copies"));
    }
    if (hit.inlinks() > 0) {
      parts.add("linked from " + Layout.count(hit.inlinks()));
    }
    String rest = String.join(" · ", parts);
    if (hit.site() != null && !hit.site().isBlank()) {
      int siteColumns = maxColumns - Layout.width(rest) - 3;
      if (siteColumns >= MIN_SITE_COLUMNS) {
        return Layout.truncate(hit.site(), siteColumns) + " · " + rest;
      }
    }
    return Layout.truncate(rest, maxColumns);
  }

  private static boolean isEmpty(Facets facets) {
    return facets.tags().isEmpty() && facets.categories().isEmpty() && facets.sites().isEmpty() && facets.years().isEmpty();
  }

  /** Compact counts: the top values of each flat facet on a row, the category tree indented. */
  void facets(Facets facets) {
    flat("tag", facets.tags(), facets.distinct("tag"));
    flat("site", facets.sites(), facets.distinct("site"));
    flat("year", facets.years(), facets.distinct("year"));
    categories(facets.categories(), facets.distinct("category"));
  }

  /** @param distinct how many values the facet has, of which {@code values} are the first */
  private void flat(String label, List<FacetValue> values, int distinct) {
    if (values.isEmpty()) {
      return;
    }
    Style style = out.style();
    List<String> items = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    for (FacetValue value : values.subList(0, Math.min(FACET_VALUES, values.size()))) {
      String count = "(" + Layout.count(value.count()) + ")";
      items.add(value.value() + " " + style.dim(count));
      widths.add(Layout.width(value.value()) + 1 + count.length());
    }
    int shown = Math.min(FACET_VALUES, values.size());
    if (distinct > shown) {
      String more = "+" + Layout.count(distinct - shown) + " more";
      items.add(style.dim(more));
      widths.add(more.length());
    }
    out.flow(label, FACET_LABEL, items, widths);
  }

  /**
   * The category tree, depth first as the facade lists it: the first few roots, each with its first
   * few children, so one large branch cannot fill the screen.
   */
  private void categories(List<CategoryCount> categories, int distinctRoots) {
    List<String> lines = new ArrayList<>();
    int roots = 0;
    int children = 0;
    int hiddenDepth = Integer.MAX_VALUE;
    for (CategoryCount category : categories) {
      int depth = category.path().size();
      if (depth == 0) {
        continue;
      }
      if (depth > hiddenDepth) {
        continue;
      }
      hiddenDepth = Integer.MAX_VALUE;
      boolean shown;
      if (depth == 1) {
        shown = roots++ < CATEGORY_ROOTS;
        children = 0;
      } else {
        shown = depth == 2 && roots <= CATEGORY_ROOTS && children++ < CATEGORY_CHILDREN;
      }
      if (!shown) {
        hiddenDepth = depth;
        continue;
      }
      String name = category.path().get(depth - 1);
      lines.add("  ".repeat(depth - 1) + name + " " + out.style().dim("(" + Layout.count(category.count()) + ")"));
    }
    if (lines.isEmpty()) {
      return;
    }
    String pad = " ".repeat(FACET_LABEL + 2);
    for (int i = 0; i < lines.size(); i++) {
      out.line((i == 0 ? out.style().dim("category") + "  " : pad) + lines.get(i));
    }
    if (distinctRoots > CATEGORY_ROOTS) {
      out.line(pad + out.style().dim("+" + Layout.count(distinctRoots - CATEGORY_ROOTS) + " more"));
    }
  }
}
