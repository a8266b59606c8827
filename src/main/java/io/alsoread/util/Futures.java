package io.alsoread.util;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread, with its failure rethrown as it was thrown. */
public final class Futures {
  private Futures() {}

  /**
   * The result of {@code future}, once done. Its I/O exceptions, runtime exceptions and errors are
   * rethrown as they were thrown (other checked exceptions as the cause of an I/O exception); an
   * interrupt while waiting is kept and thrown as an {@link InterruptedIOException}.
   */
  public static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for another thread");
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  /**
   * The failure of a task as its caller would have seen it: an {@code IOException}, unchecked
   * exception or error is thrown as it is; any other cause is returned wrapped, for the caller to throw.
   */
  public static IOException rethrown(Throwable cause) throws IOException {
    if (cause instanceof IOException io) {
      throw io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }
}
