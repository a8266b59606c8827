package io.alsoread.cli;

import io.alsoread.AlsoReadException;
import io.alsoread.IndexListener;
import io.alsoread.IndexProgress;
import io.alsoread.IndexSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The REPL's {@code :reindex}: one index run at a time on a daemon thread, reporting progress and the
 * summary through a {@link ReplSession.Notifier} while the session keeps answering searches (the facade
 * lets searches see the last commit until the run commits).
 */
final class BackgroundReindex {

  private static final long PROGRESS_NANOS = 250_000_000L;

  private final Engine engine;
  private final Path workingDir;
  private volatile Thread running;

  BackgroundReindex(Engine engine, Path workingDir) {
    this.engine = engine;
    this.workingDir = workingDir;
  }

  boolean isRunning() {
    return running != null;
  }

  /**
   * Starts indexing {@code paths}; {@code onDone} runs after the run, on its thread, before anything is
   * reported, with the exit status {@code alsoread index} would have had (0, 2 or 3).
   *
   * @return false when a run is already going
   */
  synchronized boolean start(List<Path> paths, ReplSession.Notifier notifier, Style style, int width, IntConsumer onDone) {
    if (running != null) {
      return false;
    }
    Thread thread = new Thread(() -> run(paths, notifier, style, width, onDone), "alsoread-reindex");
    thread.setDaemon(true); // quitting with Ctrl-C must not wait for it: the index keeps its last commit
    running = thread;
    thread.start();
    return true;
  }

  private void run(List<Path> paths, ReplSession.Notifier notifier, Style style, int width, IntConsumer onDone) {
    try {
      IndexSummary summary;
      try {
        summary = engine.index(paths, false, progressTo(notifier, width));
      } catch (IOException e) {
        failed(notifier, style, onDone, Main.ioMessage(e));
        return;
      } catch (AlsoReadException e) {
        failed(notifier, style, onDone, IndexAdvice.message(e));
        return;
      } catch (RuntimeException e) {
        failed(notifier, style, onDone, e.getMessage());
        return;
      }
      onDone.accept(ExitCodes.of(summary)); // once: reporting the run cannot make it a failure
      notifier.progress(null);
      notifier.message(IndexReport.summary(summary));
      for (String issue : IndexReport.issues(summary, workingDir, IndexReport.TERMINAL_CAP, style)) {
        notifier.problem(issue); // on stderr in a script, as `alsoread index` prints them
      }
    } finally {
      running = null;
    }
  }

  private static void failed(ReplSession.Notifier notifier, Style style, IntConsumer onDone, String reason) {
    onDone.accept(ExitCodes.IO);
    notifier.progress(null);
    notifier.problem(style.error("reindex failed: " + reason));
  }

  /** A listener that turns progress into a status line four times a second at most. */
  private static IndexListener progressTo(ReplSession.Notifier notifier, int width) {
    ProgressLine line = new ProgressLine();
    return new IndexListener() {
      private long lastUpdate;

      @Override
      public synchronized void onProgress(IndexProgress progress) {
        long now = System.nanoTime();
        if (now - lastUpdate >= PROGRESS_NANOS) {
          lastUpdate = now;
          notifier.progress("reindex " + line.describe(progress, width - "reindex ".length() - 1));
        }
      }
    };
  }

  /** Waits for the running reindex, if any. */
  void await() throws InterruptedException {
    Thread thread = running;
    if (thread != null) {
      thread.join();
    }
  }
}
