package io.alsoread.cli;

import io.alsoread.IndexSummary;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Human output of an index run: a summary sentence, and the file-level problems with their reasons. */
final class IndexReport {

  /** How many problems a terminal shows before "… and N more". */
  static final int TERMINAL_CAP = 20;

  private IndexReport() {}

  /** "Indexed 47,722 articles in 28.1 s: 47,000 added, …". */
  static String summary(IndexSummary summary) {
    List<String> parts = new ArrayList<>();
    parts.add(Layout.count(summary.added()) + " added");
    parts.add(Layout.count(summary.updated()) + " updated");
    parts.add(Layout.count(summary.deleted()) + " deleted");
    parts.add(Layout.count(summary.unchanged()) + " unchanged");
    parts.add(Layout.count(summary.rejected()) + " rejected");
    parts.add(Layout.counted(summary.warnings(), "warning", "warnings"));
    if (summary.skipped() > 0) {
      parts.add(Layout.count(summary.skipped()) + " skipped (not articles)");
    }
    return "Index holds " + Layout.counted(summary.articles(), "article", "articles") + " ("
        + Layout.duration(summary.millis()) + "): " + String.join(", ", parts) + ".";
  }

  /**
   * The problems of a run, rejections first, one per line: kind, file (relative to {@code workingDir}
   * when under it) and reason; at most {@code cap} of them, then "… and N more".
   */
  static List<String> issues(IndexSummary summary, Path workingDir, int cap, Style style) {
    List<IndexSummary.Issue> sorted = new ArrayList<>(summary.errors());
    sorted.sort((a, b) -> Boolean.compare(b.rejected(), a.rejected()));
    List<String> lines = new ArrayList<>();
    int shown = Math.min(cap, sorted.size());
    for (IndexSummary.Issue issue : sorted.subList(0, shown)) {
      String kind = issue.rejected() ? style.error("rejected") : style.warning("warning ");
      lines.add(kind + " " + displayPath(issue.path(), workingDir) + ": " + issue.message());
    }
    if (sorted.size() > shown) {
      lines.add(Layout.ELLIPSIS + " and " + Layout.count(sorted.size() - shown) + " more (--json lists them all)");
    }
    return lines;
  }

  static String displayPath(String path, Path workingDir) {
    if (path == null) {
      return "?";
    }
    try {
      Path p = Path.of(path);
      return p.isAbsolute() && p.startsWith(workingDir) ? workingDir.relativize(p).toString() : path;
    } catch (InvalidPathException e) {
      return path;
    }
  }
}
