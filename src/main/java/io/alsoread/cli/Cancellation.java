package io.alsoread.cli;

import io.alsoread.util.Futures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lets Ctrl-C abandon the REPL command in progress, as in a shell: a call the command waits for (a
 * search, a lookup, the wait for a reindex) runs on a worker thread, and {@link #cancel()} ends the
 * wait at once. The call itself runs on unseen: a Lucene search cannot be stopped half-way (and
 * interrupting a thread that reads the index would close its files), and its result then goes nowhere,
 * so it can never print into a later prompt.
 */
final class Cancellation {

  /** Thrown on the REPL's thread when Ctrl-C abandons the command. */
  static final class CancelledException extends RuntimeException {
    CancelledException() {
      super("cancelled", null, false, false);
    }
  }

  /** A call a command waits for. */
  interface Call<T> {
    T call() throws IOException, InterruptedException;
  }

  /** Where calls run, or null: on the caller's thread. Idle workers end after a minute; an abandoned call keeps its own until it returns. */
  private final ExecutorService workers;
  private Future<?> waitedFor; // guarded by this
  private boolean cancelled; // guarded by this

  private Cancellation(ExecutorService workers) {
    this.workers = workers;
  }

  /** Calls on worker threads, which Ctrl-C can abandon. */
  static Cancellation onWorkers() {
    return new Cancellation(Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "alsoread-command");
      thread.setDaemon(true);
      return thread;
    }));
  }

  /** Calls on the caller's thread, never abandoned: for scripts, where Ctrl-C ends the process. */
  static Cancellation none() {
    return new Cancellation(null);
  }

  /** Whether Ctrl-C can abandon calls: a person at a terminal, not a script. */
  boolean abandonable() {
    return workers != null;
  }

  /** Starts a command: a Ctrl-C that came before it has done its work. */
  synchronized void begin() {
    cancelled = false;
  }

  /** Abandons the call being waited for, and any the current command would wait for next. */
  synchronized void cancel() {
    cancelled = true;
    if (waitedFor != null) {
      waitedFor.cancel(false);
    }
  }

  /**
   * What {@code call} returns, or what it throws.
   *
   * @throws CancelledException when Ctrl-C abandoned the command before or during the call
   */
  <T> T await(Call<T> call) throws IOException {
    if (workers == null) {
      try {
        return call.call();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancelledException();
      }
    }
    Future<T> future;
    synchronized (this) {
      if (cancelled) {
        throw new CancelledException();
      }
      future = workers.submit(call::call);
      waitedFor = future;
    }
    try {
      return future.get();
    } catch (CancellationException e) {
      throw new CancelledException();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } finally {
      synchronized (this) {
        waitedFor = null;
      }
    }
  }

  /** The failure of a call, as the command would have seen it on its own thread. */
  private static RuntimeException rethrown(Throwable cause) throws IOException {
    if (cause instanceof InterruptedException) {
      return new CancelledException();
    }
    return new UncheckedIOException(Futures.rethrown(cause));
  }
}
