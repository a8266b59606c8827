package io.alsoread.ingest;

import java.nio.file.Path;

/**
 * Where an article was read from: the file, the PATH argument it was found under (which decides
 * deletions on the next run), its modification time and a fingerprint of everything that went into
 * the article (file bytes and the site settings that shape its URL).
 */
public record Source(Path path, Path root, long lastModified, long size, String fingerprint) {}
