package io.alsoread.cli;

import io.alsoread.IndexListener;
import io.alsoread.IndexProgress;
import java.io.PrintStream;

/**
 * An {@link IndexListener} that redraws one progress line on a terminal's stderr, at most ten times a
 * second; the indexing threads call it, so it is synchronized and returns quickly.
 */
final class ProgressBar implements IndexListener {

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final String CLEAR_LINE = "\r\u001b[K";

  private final PrintStream err;
  private final int width;
  private final ProgressLine line = new ProgressLine();
  private long lastDraw;
  private String lastPhase = "";
  private boolean drawn;

  ProgressBar(PrintStream err, int width) {
    this.err = err;
    this.width = width;
  }

  @Override
  public synchronized void onProgress(IndexProgress progress) {
    long now = System.nanoTime();
    boolean newPhase = !progress.phase().equals(lastPhase);
    boolean finished = progress.total() > 0 && progress.done() >= progress.total();
    if (!newPhase && !finished && drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastPhase = progress.phase();
    lastDraw = now;
    // Leave the last column free: writing into it makes some terminals wrap.
    err.print(CLEAR_LINE + line.describe(progress, width - 1));
    err.flush();
    drawn = true;
  }

  /** Removes the progress line, so what follows starts on a clean line. */
  synchronized void clear() {
    if (drawn) {
      err.print(CLEAR_LINE);
      err.flush();
      drawn = false;
    }
  }
}
