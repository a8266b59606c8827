package io.alsoread.cli;

import io.alsoread.AlsoRead;
import io.alsoread.ArticleView;
import io.alsoread.FacetListing;
import io.alsoread.IndexListener;
import io.alsoread.IndexStats;
import io.alsoread.IndexSummary;
import io.alsoread.Neighbourhood;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The {@link Engine} of a real index: every call goes to the public facade {@link AlsoRead}. */
final class FacadeEngine implements Engine {

  /** Opens real indexes through the facade. */
  static final Opener OPENER = new Opener() {
    @Override
    public Engine open(Path dir) throws IOException {
      return new FacadeEngine(AlsoRead.open(dir));
    }

    @Override
    public Engine openForOneRequest(Path dir) throws IOException {
      return new FacadeEngine(AlsoRead.openForOneRequest(dir));
    }

    @Override
    public Engine openOrCreate(Path dir) throws IOException {
      return new FacadeEngine(AlsoRead.openOrCreate(dir));
    }

    @Override
    public Engine openForRebuild(Path dir) throws IOException {
      return new FacadeEngine(AlsoRead.openForRebuild(dir));
    }
  };

  private final AlsoRead index;

  private FacadeEngine(AlsoRead index) {
    this.index = index;
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return index.search(request);
  }

  @Override
  public Optional<ArticleView> article(String url) throws IOException {
    return index.article(url);
  }

  @Override
  public Neighbourhood links(String url) throws IOException {
    return index.links(url);
  }

  @Override
  public IndexStats stats() throws IOException {
    return index.stats();
  }

  @Override
  public FacetListing facet(SearchRequest request, String dimension, int max) throws IOException {
    return index.facet(request, dimension, max);
  }

  @Override
  public List<String> facetValues(String dimension) throws IOException {
    return index.facetValues(dimension);
  }

  @Override
  public long size() throws IOException {
    return index.size();
  }

  @Override
  public List<Path> indexedPaths() throws IOException {
    return index.indexedPaths();
  }

  @Override
  public IndexSummary index(List<Path> paths, boolean rebuild, IndexListener listener) throws IOException {
    return index.index(paths, rebuild, listener);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
