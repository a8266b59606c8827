package io.alsoread;

import io.alsoread.graph.LinkGraph;
import io.alsoread.index.Analyzers;
import io.alsoread.index.CommitData;
import io.alsoread.index.Fields;
import io.alsoread.index.IndexSize;
import io.alsoread.index.IndexedRoots;
import io.alsoread.index.Indexer;
import io.alsoread.ingest.Urls;
import io.alsoread.search.ArticleLookup;
import io.alsoread.search.ArticleSearch;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;

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
 * results once it commits, never a half-written state, because they only ever open commits. Another
 * instance or process on the same folder sees a commit within a second. Once {@link #close()}d,
 * every method throws an {@link IllegalStateException}.
 */
public final class AlsoRead implements Closeable {
  private final Path location;
  private final Directory directory;
  private final SearcherManager searchers;
  /** Threads that search the segments of one query in parallel; created when first needed. */
  private final ExecutorService segmentThreads = segmentThreads();
  private final ArticleSearch articleSearch;
  private volatile boolean closed;
  /** When searches last looked for a commit made by another process (System.nanoTime). */
  private volatile long lastRefreshCheck = System.nanoTime();

  /** How often searches look for commits made elsewhere (another process's index run). */
  private static final long REFRESH_CHECK_NANOS = 1_000_000_000L;

  private AlsoRead(Path location, Directory directory, SearcherManager searchers, boolean manySearches) {
    this.location = location;
    this.directory = directory;
    this.searchers = searchers;
    this.articleSearch = new ArticleSearch(ArticleSearch.DEFAULT_BUDGET, segmentThreads, manySearches);
  }

  /**
   * Opens an existing index for many searches.
   *
   * @throws IndexUnavailableException when there is no readable index in {@code dir}
   */
  public static AlsoRead open(Path dir) throws IOException {
    return open(dir, true);
  }

  /**
   * Opens an existing index to answer one request, or a few, before it is closed: the files are
   * read with plain reads instead of being memory-mapped, which opens about 30 ms sooner (no native
   * binding to set up, no mapping per file) and suits a process that exits after one answer; and a
   * search counts clusters and facet values from the doc values of its matches rather than first
   * reading every document's into tables (about 40 ms of a one-shot search on 47,722 articles). For
   * many searches, {@link #open(Path)} is faster.
   *
   * @throws IndexUnavailableException when there is no readable index in {@code dir}
   */
  public static AlsoRead openForOneRequest(Path dir) throws IOException {
    return open(dir, false);
  }

  private static AlsoRead open(Path dir, boolean manySearches) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IndexUnavailableException(IndexUnavailableException.Reason.OTHER, dir + " is a file, not an index folder", null);
    }
    if (!Files.isDirectory(dir)) {
      throw new IndexUnavailableException(IndexUnavailableException.Reason.NO_INDEX, "no index in " + dir, null);
    }
    Directory directory = manySearches ? FSDirectory.open(dir) : new NIOFSDirectory(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexUnavailableException(IndexUnavailableException.Reason.NO_INDEX, "no index in " + dir, null);
      }
      return new AlsoRead(dir, directory, new SearcherManager(directory, null), manySearches);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | NoSuchFileException e) {
      directory.close();
      throw new IndexUnavailableException(IndexUnavailableException.Reason.UNREADABLE, "the index in " + dir + " is broken (" + e.getMessage() + ")", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Opens the index in {@code dir}, creating an empty one (and the folder) when there is none. */
  public static AlsoRead openOrCreate(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Directory directory = FSDirectory.open(dir)) {
      Indexer.createEmpty(directory, dir);
    }
    return open(dir);
  }

  /**
   * Opens the index in {@code dir} for a rebuild ({@link #index} with {@code rebuild}): as {@link
   * #openOrCreate}, but an index that cannot be read (broken, or written by another version) is
   * first replaced by an empty one for the rebuild to fill, where opening it would refuse. A
   * readable index stays as it is until the rebuild commits. Files in the folder that are not the
   * index's are left alone (Lucene takes for its own, as every index run does, any file named like
   * its segments' files: an underscore, letters or digits, a dot).
   *
   * @throws IndexUnavailableException when another indexer holds the index
   */
  public static AlsoRead openForRebuild(Path dir) throws IOException {
    try {
      return openOrCreate(dir);
    } catch (IndexUnavailableException e) {
      if (e.reason() != IndexUnavailableException.Reason.UNREADABLE) {
        throw e;
      }
      try (Directory directory = FSDirectory.open(dir)) {
        Indexer.replaceUnreadable(directory, dir);
      }
      return open(dir);
    }
  }

  /**
   * Runs a search.
   *
   * @throws BadQueryException when the query does not parse or is too expensive
   */
  public SearchResult search(SearchRequest request) throws IOException {
    return withSearcher(searcher -> articleSearch.search(searcher, request));
  }

  /** Every stored field of the article with this URL (normalised first), with its links. */
  public Optional<ArticleView> article(String url) throws IOException {
    return withSearcher(searcher -> ArticleLookup.find(searcher, url));
  }

  /**
   * Outgoing and inbound links of any URL, indexed or not.
   *
   * @throws IllegalArgumentException when {@code url} is no URL (see {@link #requireUrl})
   */
  public Neighbourhood links(String url) throws IOException {
    String normalized = requireUrl(url);
    return withSearcher(searcher -> LinkGraph.neighbourhood(searcher, normalized));
  }

  /** Figures about the index. */
  public IndexStats stats() throws IOException {
    return withSearcher(searcher -> {
      SearchResult all = articleSearch.search(searcher, SearchRequest.of("").withPage(0, 0));
      IndexCommit commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit();
      Map<String, String> data = commit.getUserData();
      long total = Long.parseLong(data.getOrDefault(CommitData.LINKS_TOTAL, "0"));
      long resolved = Long.parseLong(data.getOrDefault(CommitData.LINKS_RESOLVED, "0"));
      List<FacetValue> hosts = new ArrayList<>();
      CommitData.topHosts(data).forEach((host, count) -> hosts.add(new FacetValue(host, count)));
      long sites = articleSearch.topValues(searcher, Fields.FACET_SITE, Integer.MAX_VALUE).size();
      return new IndexStats(
          all.total(),
          sites,
          all.clusters(),
          new IndexStats.LinkCounts(total, resolved, total - resolved),
          all.facets().tags(),
          all.facets().categories(),
          hosts,
          IndexSize.of(commit),
          parseInstant(data.get(CommitData.TIME)));
    });
  }

  /**
   * All values of a facet dimension ("tag", "category", "site", "year"), most frequent first; for completion.
   *
   * @throws IllegalArgumentException for any other dimension
   */
  public List<String> facetValues(String dimension) throws IOException {
    Fields.requireFacetDimension(dimension);
    return withSearcher(searcher -> values(articleSearch.topValues(searcher, dimension, Integer.MAX_VALUE)));
  }

  /**
   * The values of facet {@code dimension} ("tag", "category", "site", "year") for the matches of
   * {@code request}, counted as {@link #search} counts its facets (a facet the request filters on
   * with its own filter left out), most frequent first: up to {@code max} of them, where a search
   * gives the top ten, and how many there are. Categories come as full paths, every level.
   *
   * @throws IllegalArgumentException for any other dimension, or a negative {@code max}
   * @throws BadQueryException when the query does not parse or is too expensive
   */
  public FacetListing facet(SearchRequest request, String dimension, int max) throws IOException {
    Fields.requireFacetDimension(dimension);
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative");
    }
    return withSearcher(searcher -> articleSearch.facet(searcher, request, dimension, max));
  }

  /**
   * The PATHs the index's articles were found under, as the index runs were given them (real paths,
   * one inside another left out), sorted: indexing them again refreshes the index from its sources.
   * Empty when the index holds no article.
   */
  public List<Path> indexedPaths() throws IOException {
    return withSearcher(searcher -> IndexedRoots.of(searcher.getIndexReader()));
  }

  /** Number of articles in the current (last committed) state. */
  public long size() throws IOException {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /**
   * Indexes {@code paths} incrementally (or from scratch with {@code rebuild}) and commits once;
   * searches switch to the new state when this returns. Close this instance only after it returns.
   *
   * @param listener told of the run's progress; null for none
   * @throws IndexUnavailableException when another indexer holds the index
   */
  public IndexSummary index(List<Path> paths, boolean rebuild, IndexListener listener) throws IOException {
    if (paths == null || paths.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("paths must be a list of paths");
    }
    ensureOpen();
    IndexSummary summary = new Indexer(directory, location).run(paths, rebuild, listener == null ? IndexListener.NONE : listener);
    searchers.maybeRefreshBlocking();
    return summary;
  }

  /** Closes the index: call it once no search or index run uses it any more. Closing twice does nothing. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (directory) {
      searchers.close();
    } finally {
      segmentThreads.shutdownNow();
    }
  }

  private static ExecutorService segmentThreads() {
    int cores = Runtime.getRuntime().availableProcessors();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
      Thread thread = new Thread(task, "alsoread-search");
      thread.setDaemon(true);
      return thread;
    });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** Work on a searcher of the latest commit. */
  @FunctionalInterface
  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code work} on a searcher of the latest commit, released after. A search that this index's
   * closing overtakes (its threads gone) fails as every call after {@link #close} does.
   */
  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return work.run(searcher);
    } catch (RejectedExecutionException e) {
      ensureOpen();
      throw e;
    } finally {
      searchers.release(searcher);
    }
  }

  /** A searcher on the newest commit, looking for one made elsewhere at most once a second. */
  private IndexSearcher acquire() throws IOException {
    ensureOpen();
    long now = System.nanoTime();
    if (now - lastRefreshCheck > REFRESH_CHECK_NANOS) {
      lastRefreshCheck = now;
      searchers.maybeRefresh(); // returns at once when another thread is already refreshing
    }
    return searchers.acquire();
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("this index (" + location + ") is closed");
    }
  }

  /**
   * The identity the index gives {@code url}: its normalised form (scheme and host lower-cased,
   * {@code http} as {@code https}, default port, fragment and {@code index.html} dropped, and so on),
   * a host and path without a scheme taken as https; empty when it is no URL.
   */
  public static Optional<String> normalizeUrl(String url) {
    return Optional.ofNullable(Urls.normalizeTyped(url));
  }

  /**
   * The identity the index gives {@code url}, as {@link #normalizeUrl} makes it; lets a caller refuse
   * text that is no URL the way {@link #links} does, before it opens an index.
   *
   * @throws IllegalArgumentException when {@code url} is no URL, with a message that quotes it
   */
  public static String requireUrl(String url) {
    return normalizeUrl(url).orElseThrow(() -> new IllegalArgumentException("not a URL: '" + url + "'"));
  }

  /**
   * The form in which a filter value of {@code dimension} matches articles: tags and sites folded
   * whole (case and accents, as {@code tag:Win10} finds {@code win10}), category paths folded level by
   * level, years as written, stripped. Two values with the same key filter alike.
   *
   * @throws IllegalArgumentException for a dimension other than those of {@link #facetDimensions()}
   */
  public static String filterKey(String dimension, String value) {
    return Analyzers.filterKey(dimension, value);
  }

  /**
   * Whether {@code word} is too common to be indexed (an English stop word: "the", "and", "of" ...):
   * a query of only such words matches nothing, and an interface may say why.
   */
  public static boolean isStopWord(String word) {
    return Analyzers.isStopWord(word);
  }

  /** The facet dimensions ("tag", "category", "site", "year") that {@link #facetValues} and filters take, in that order. */
  public static List<String> facetDimensions() {
    return Fields.FACET_DIMENSIONS;
  }

  /** The field names a query can use ({@code title:}, {@code tag:} ...), in the order help lists them. */
  public static List<String> queryFields() {
    return List.copyOf(Fields.USER_FIELDS.keySet());
  }

  static Instant parseInstant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static List<String> values(List<FacetValue> facet) {
    List<String> out = new ArrayList<>(facet.size());
    facet.forEach(v -> out.add(v.value()));
    return out;
  }
}
