package io.alsoread.ingest;

import java.util.List;

/** What walking the PATHs of a run found: the files to parse, and the problems met on the way. */
public record Crawl(List<SourceFile> files, List<Problem> problems) {
  public Crawl {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }
}
