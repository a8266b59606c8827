package io.alsoread.cli;

import io.alsoread.ArticleView;
import io.alsoread.InboundLink;
import io.alsoread.LinkEntry;
import io.alsoread.Neighbourhood;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Human output of {@code show} (one article, every stored field) and {@code links} (a neighbourhood). */
final class ArticlePrinter {

  private static final int LABEL = 11;
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern LINE_BREAK = Pattern.compile("\\n");

  private final HumanOutput out;
  private final java.nio.file.Path workingDir;

  /** @param workingDir the caller's directory: source paths under it are shown relative to it */
  ArticlePrinter(HumanOutput out, java.nio.file.Path workingDir) {
    this.out = out;
    this.workingDir = workingDir;
  }

  void article(ArticleView article) {
    Style style = out.style();
    out.wrapped(0, SearchPrinter.orUntitled(article.title()), style::title);
    out.line(style.url(article.url()));
    out.blank();
    out.fieldWhole("site", LABEL, article.site());
    String date = Layout.day(article.date());
    if (article.updated() != null && !article.updated().equals(article.date())) {
      date += "  (updated " + Layout.day(article.updated()) + ")";
    }
    out.field("date", LABEL, date);
    out.field("tags", LABEL, String.join(", ", nonNull(article.tags())));
    out.field("categories", LABEL, categories(article.categories()));
    out.field("keywords", LABEL, String.join(", ", nonNull(article.keywords())));
    out.field("description", LABEL, article.description());
    out.field("excerpt", LABEL, article.excerpt());
    out.fieldWhole("thumbnail", LABEL, article.thumbnail());
    out.fieldWhole("source", LABEL, article.source() == null ? null : IndexReport.displayPath(article.source(), workingDir));
    out.field("cluster", LABEL, article.cluster());
    for (String copy : nonNull(article.copies())) {
      out.fieldWhole("copy", LABEL, copy);
    }
    if (article.extra() != null) {
      for (Map.Entry<String, Object> entry : article.extra().entrySet()) {
        out.field(entry.getKey(), LABEL, String.valueOf(entry.getValue()));
      }
    }
    if (article.body() != null && !article.body().isBlank()) {
      out.blank();
      boolean first = true;
      for (String paragraph : PARAGRAPH_BREAK.split(article.body().strip())) {
        if (!first) {
          out.blank();
        }
        first = false;
        for (String line : LINE_BREAK.split(paragraph)) {
          out.wrapped(0, line);
        }
      }
    }
    outgoing("Also read", nonNull(article.links()));
    inbound("Linked from", nonNull(article.inbound()));
    out.flush();
  }

  /** {@code outgoing} or {@code inbound} only, for {@code links --out} and {@code links --in}. */
  void links(Neighbourhood links, boolean showOut, boolean showIn) {
    Style style = out.style();
    out.line(style.url(links.url()) + (links.indexed() ? "" : style.dim("  (not in the index)")));
    if (showOut) {
      outgoing("Links out", links.out());
    }
    if (showIn) {
      inbound("Links in", links.in());
    }
    out.flush();
  }

  private void outgoing(String heading, List<LinkEntry> links) {
    Style style = out.style();
    out.blank();
    long resolved = links.stream().filter(LinkEntry::resolved).count();
    String counts = links.isEmpty() ? "none" : Layout.counted(links.size(), "link", "links") + ", " + Layout.count(resolved) + " resolved";
    out.line(style.bold(heading) + " " + style.dim("(" + counts + ")"));
    int numberWidth = String.valueOf(links.size()).length();
    String pad = " ".repeat(numberWidth + 4);
    for (int i = 0; i < links.size(); i++) {
      LinkEntry link = links.get(i);
      String number = "  " + Layout.listNumber(i + 1, numberWidth);
      // The mark goes after the title: a long URL wraps, and would carry it to a line of its own.
      String mark = link.resolved() ? "" : "  [dangling]";
      String title = Layout.truncate(SearchPrinter.orUntitled(link.title()), out.width() - pad.length() - mark.length());
      out.line(number + title + style.warning(mark));
      out.line(pad + style.url(link.url()));
    }
  }

  private void inbound(String heading, List<InboundLink> links) {
    Style style = out.style();
    out.blank();
    out.line(style.bold(heading) + " " + style.dim("(" + (links.isEmpty() ? "none" : Layout.count(links.size())) + ")"));
    int numberWidth = String.valueOf(links.size()).length();
    String pad = " ".repeat(numberWidth + 4);
    for (int i = 0; i < links.size(); i++) {
      InboundLink link = links.get(i);
      String number = "  " + Layout.listNumber(i + 1, numberWidth);
      out.line(number + Layout.truncate(SearchPrinter.orUntitled(link.title()), out.width() - pad.length()));
      out.line(pad + style.url(link.url()));
    }
  }

  static String categories(List<List<String>> paths) {
    return nonNull(paths).stream().map(path -> String.join(" / ", path)).collect(Collectors.joining("; "));
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
