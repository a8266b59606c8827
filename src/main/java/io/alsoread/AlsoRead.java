package io.alsoread;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An alsoread index, opened for searching and (re)indexing. The one entry point for embedding.
 *
 * <pre>{@code
 * try (AlsoRead index = AlsoRead.openOrCreate(Path.of("index"))) {
 *   index.index(List.of(Path.of("corpus")), false, IndexListener.NONE);
 *   SearchResult result = index.search(SearchRequest.of("printer offline").withTags(List.of("win10")));
 *   result.hits().forEach(hit -> System.out.println(hit.title() + " " + hit.url()));
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of threads may search while one reindexes; searches see a reindex's
 * results once it commits, never a half-written state.
 */
public final class AlsoRead implements Closeable {

  private AlsoRead() {}

  /** Opens an existing index. @throws IndexUnavailableException when there is no readable index in {@code dir} */
  public static AlsoRead open(Path dir) throws IOException {
    throw new UnsupportedOperationException("being written");
  }

  /** Opens the index in {@code dir}, creating an empty one (and the folder) when there is none. */
  public static AlsoRead openOrCreate(Path dir) throws IOException {
    throw new UnsupportedOperationException("being written");
  }

  /** Runs a search. @throws BadQueryException when the query does not parse or is too expensive */
  public SearchResult search(SearchRequest request) throws IOException {
    throw new UnsupportedOperationException("being written");
  }

  /** Every stored field of the article with this URL (normalised first), with its links. */
  public Optional<ArticleView> article(String url) throws IOException {
    throw new UnsupportedOperationException("being written");
  }

  /** Outgoing and inbound links of any URL, indexed or not. */
  public Neighbourhood links(String url) throws IOException {
    throw new UnsupportedOperationException("being written");
  }

  /** Figures about the index. */
  public IndexStats stats() throws IOException {
    throw new UnsupportedOperationException("being written");
  }

  /** All values of a facet dimension ("tag", "category", "site", "year"), most frequent first; for completion. */
  public List<String> facetValues(String dimension) throws IOException {
    throw new UnsupportedOperationException("being written");
  }

  /** Number of articles in the current (last committed) state. */
  public long size() throws IOException {
    throw new UnsupportedOperationException("being written");
  }

  /**
   * Indexes {@code paths} incrementally (or from scratch with {@code rebuild}) and commits.
   *
   * @throws IndexUnavailableException when another indexer holds the index
   */
  public IndexSummary index(List<Path> paths, boolean rebuild, IndexListener listener) throws IOException {
    throw new UnsupportedOperationException("being written");
  }

  @Override
  public void close() throws IOException {}
}
