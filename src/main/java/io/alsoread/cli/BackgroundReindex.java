package io.alsoread.cli;

import io.alsoread.AlsoReadException;
import io.alsoread.IndexListener;
import io.alsoread.IndexProgress;
import io.alsoread.IndexSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
   * Starts indexing {@code paths}; {@code onDone} runs after the run, on its thread, before the summary
   * is reported.
   *
   * @return false when a run is already going
   */
  synchronized boolean start(List<Path> paths, ReplSession.Notifier notifier, Style style, int width, Runnable onDone) {
    if (running != null) {
      return false;
    }
    Thread thread = new Thread(() -> run(paths, notifier, style, width, onDone), "alsoread-reindex");
    thread.setDaemon(true); // quitting with Ctrl-C must not wait for it: the index keeps its last commit
    running = thread;
    thread.start();
    return true;
  }

  private void run(List<Path> paths, ReplSession.Notifier notifier, Style style, int width, Runnable onDone) {
    try {
      IndexSummary summary = engine.index(paths, false, progressTo(notifier, width));
      onDone.run();
      notifier.progress(null);
      notifier.message(IndexReport.summary(summary));
      for (String issue : IndexReport.issues(summary, workingDir, IndexReport.TERMINAL_CAP, style)) {
        notifier.message(issue);
      }
    } catch (IOException e) {
      notifier.progress(null);
      notifier.message(style.error("reindex failed: " + Main.ioMessage(e)));
    } catch (AlsoReadException e) {
      notifier.progress(null);
      notifier.message(style.error("reindex failed: " + IndexAdvice.message(e)));
    } catch (RuntimeException e) {
      notifier.progress(null);
      notifier.message(style.error("reindex failed: " + e.getMessage()));
    } finally {
      running = null;
    }
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
