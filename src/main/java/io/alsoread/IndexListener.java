package io.alsoread;

/** Receives progress of an index run, from the indexing threads; implementations must be thread-safe and quick. */
@FunctionalInterface
public interface IndexListener {
  IndexListener NONE = progress -> {};

  void onProgress(IndexProgress progress);
}
