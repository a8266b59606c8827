package io.alsoread.cli;

import io.alsoread.IndexProgress;
import java.util.Locale;

/**
 * Turns the {@link IndexProgress} reports of a run into one status line: phase, a bar, files (or
 * articles, when writing) done, rate and time left; a phase of one step (merging, committing), or with
 * nothing counted yet, shows its name and the time. Keeps the start of the current phase to measure its rate; not thread-safe.
 */
final class ProgressLine {

  private String phase = "";
  private long phaseStartMillis;

  /** The line for {@code progress}, at most {@code width} columns. */
  String describe(IndexProgress progress, int width) {
    if (!progress.phase().equals(phase)) {
      phase = progress.phase();
      phaseStartMillis = progress.elapsedMillis();
    }
    long phaseMillis = Math.max(1, progress.elapsedMillis() - phaseStartMillis);
    String head = String.format(Locale.ROOT, "%-7s", progress.phase());
    if (progress.total() == 1 || progress.total() < 0 && progress.done() == 0) {
      // One step (merging, committing) or nothing counted yet (scanning, linking): the time alone.
      return Layout.truncate(head + " " + clock(progress.elapsedMillis() / 1000), width);
    }
    StringBuilder tail = new StringBuilder();
    boolean totalKnown = progress.total() > 0;
    tail.append(Layout.count(progress.done()));
    if (totalKnown) {
      tail.append('/').append(Layout.count(progress.total()));
    }
    tail.append(progress.phase().equals("write") ? " articles" : " files");
    double perSecond = progress.done() * 1000.0 / phaseMillis;
    boolean timeLeftShown = false;
    if (progress.done() > 0 && phaseMillis >= 200) {
      tail.append("  ").append(Layout.count(Math.round(perSecond))).append("/s");
      if (totalKnown && progress.done() < progress.total()) {
        long secondsLeft = Math.round((progress.total() - progress.done()) / perSecond);
        tail.append("  ").append(clock(secondsLeft)).append(" left");
        timeLeftShown = true;
      }
    }
    if (!timeLeftShown) {
      tail.append("  ").append(clock(progress.elapsedMillis() / 1000));
    }
    int barWidth = Math.min(30, width - head.length() - tail.length() - 4);
    if (!totalKnown || barWidth < 5) {
      return Layout.truncate(head + " " + tail, width);
    }
    int filled = (int) Math.min(barWidth, progress.done() * barWidth / progress.total());
    return head + " [" + "=".repeat(filled) + " ".repeat(barWidth - filled) + "] " + tail;
  }

  /** Seconds as m:ss or h:mm:ss. */
  static String clock(long seconds) {
    if (seconds >= 3600) {
      return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
