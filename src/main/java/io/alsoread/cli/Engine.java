package io.alsoread.cli;

import io.alsoread.ArticleView;
import io.alsoread.FacetListing;
import io.alsoread.IndexListener;
import io.alsoread.IndexStats;
import io.alsoread.IndexSummary;
import io.alsoread.Neighbourhood;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the command line needs from an open index: the operations of {@link io.alsoread.AlsoRead}, as an
 * interface so commands and the REPL can be tested without a Lucene index.
 */
public interface Engine extends Closeable {

  /** See {@link io.alsoread.AlsoRead#search}. */
  SearchResult search(SearchRequest request) throws IOException;

  /** See {@link io.alsoread.AlsoRead#article}. */
  Optional<ArticleView> article(String url) throws IOException;

  /** See {@link io.alsoread.AlsoRead#links}; refuses text that is no URL with an IllegalArgumentException. */
  Neighbourhood links(String url) throws IOException;

  /** See {@link io.alsoread.AlsoRead#stats}. */
  IndexStats stats() throws IOException;

  /** See {@link io.alsoread.AlsoRead#facet}. */
  FacetListing facet(SearchRequest request, String dimension, int max) throws IOException;

  /** Every value of a facet dimension (tag, category, site, year), for completion. */
  List<String> facetValues(String dimension) throws IOException;

  /** The number of articles in the index. */
  long size() throws IOException;

  /** See {@link io.alsoread.AlsoRead#indexedPaths}. */
  List<Path> indexedPaths() throws IOException;

  /** See {@link io.alsoread.AlsoRead#index(List, boolean, IndexListener)}. */
  IndexSummary index(List<Path> paths, boolean rebuild, IndexListener listener) throws IOException;

  /** Opens the index of a folder. */
  interface Opener {
    /** Opens an existing index. @throws io.alsoread.IndexUnavailableException when there is none */
    Engine open(Path dir) throws IOException;

    /** Opens an existing index for a command that answers once and exits; see {@link io.alsoread.AlsoRead#openForOneRequest}. */
    default Engine openForOneRequest(Path dir) throws IOException {
      return open(dir);
    }

    /** Opens the index of {@code dir}, creating an empty one when there is none. */
    Engine openOrCreate(Path dir) throws IOException;

    /** Opens the index of {@code dir} for a rebuild; see {@link io.alsoread.AlsoRead#openForRebuild}. */
    Engine openForRebuild(Path dir) throws IOException;
  }
}
