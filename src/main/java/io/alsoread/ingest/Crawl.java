package io.alsoread.ingest;

import java.util.List;
import java.util.Set;

/**
 * What walking the PATHs of a run found: the files to parse, the problems met on the way, and the
 * places the walk could not look into (a folder it may not read, a site whose {@code _config.yml} it
 * cannot read), whose committed articles a run must keep: what it did not see is not gone.
 *
 * @param unreadable real paths of those places
 */
public record Crawl(List<SourceFile> files, List<Problem> problems, Set<String> unreadable) {
  public Crawl {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    unreadable = Set.copyOf(unreadable);
  }
}
