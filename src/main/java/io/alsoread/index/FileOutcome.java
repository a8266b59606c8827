package io.alsoread.index;

import io.alsoread.ingest.Link;
import io.alsoread.ingest.Problem;
import io.alsoread.ingest.Source;
import java.util.List;

/** What looking at one source file of a run came to: the {@link Indexer} makes these and {@link Reconciliation} sorts them. */
sealed interface FileOutcome {

  /** Content unchanged since the last run; {@code touched} when the file's time or size moved. */
  record Unchanged(String url, boolean touched, long modified, long size) implements FileOutcome {}

  /** A file parsed into an article, with the content key of its body and the parser's warnings. */
  record Parsed(Spilled article, ContentKey key, List<Problem> warnings) implements FileOutcome {}

  /** What a run keeps in memory of a parsed article; the rest waits in {@link ParsedArticles}. */
  record Spilled(String url, Source source, List<Link> links, long position) {}

  /** A file that is not an article, and why. */
  record Skipped(String reason) implements FileOutcome {}

  /** A file that could not be read or parsed. */
  record Rejected(Problem problem) implements FileOutcome {}
}
