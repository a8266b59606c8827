package io.alsoread;

/**
 * A progress report of an index run, for {@link IndexListener}.
 *
 * @param phase what the run is doing: "scan", "parse", "write", "merge", "commit"
 * @param done files (or documents) finished in this phase
 * @param total files (or documents) of this phase, or -1 when not yet known
 * @param elapsedMillis time since the run started
 */
public record IndexProgress(String phase, long done, long total, long elapsedMillis) {}
