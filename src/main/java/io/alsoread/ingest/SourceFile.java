package io.alsoread.ingest;

import java.nio.file.Path;

/**
 * A file the walker found and will parse: its path, the PATH argument it came from, the site it
 * belongs to, its format, and its modification time and size as the walk saw them (-1 when not
 * known), so that a run can tell an unchanged file without asking the file system again.
 */
public record SourceFile(Path path, Path root, Site site, Format format, long modified, long size) {

  /** A file whose time and size are not known yet. */
  public SourceFile(Path path, Path root, Site site, Format format) {
    this(path, root, site, format, -1, -1);
  }

  /** Whether {@link #modified()} and {@link #size()} are the walk's. */
  public boolean attributesKnown() {
    return modified >= 0 && size >= 0;
  }

  /** How a source file is written. */
  public enum Format { MARKDOWN, HTML }
}
