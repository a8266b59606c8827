package io.alsoread.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Walks the PATHs given to a run and recognises Hexo site roots, host folders and loose files
 * (SPEC "Inputs"), yielding every Markdown post and HTML page to parse.
 */
public final class CrawlWalker {
  private CrawlWalker() {}

  /** Walks {@code paths} (files or folders); files are listed in a stable order. */
  public static Crawl walk(List<Path> paths) {
    throw new UnsupportedOperationException("being written");
  }
}
