package io.alsoread;

/**
 * A progress report of an index run, for {@link IndexListener}.
 *
 * @param phase what the run is doing, in this order: "scan", "parse", "link", "write", "merge", "commit"
 *     (a run that changes nothing skips the middle ones)
 * @param done files (or documents) finished in this phase
 * @param total files (or documents) of this phase, or -1 when not yet known
 * @param elapsedMillis time since the run started
 */
public record IndexProgress(String phase, long done, long total, long elapsedMillis) {}
