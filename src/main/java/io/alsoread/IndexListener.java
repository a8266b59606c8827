package io.alsoread;

/** Receives progress of an index run, from the indexing threads; implementations must be thread-safe and quick. */
@FunctionalInterface
public interface IndexListener {
  /** A listener that ignores progress. */
  IndexListener NONE = progress -> {};

  /** Called from the indexing threads as the run moves through its phases and files. */
  void onProgress(IndexProgress progress);
}
