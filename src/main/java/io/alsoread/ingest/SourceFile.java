package io.alsoread.ingest;

import java.nio.file.Path;

/**
 * A file the walker found and will parse: its path, the PATH argument it came from, the site it
 * belongs to and its format.
 */
public record SourceFile(Path path, Path root, Site site, Format format) {

  /** How a source file is written. */
  public enum Format { MARKDOWN, HTML }
}
