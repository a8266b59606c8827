package io.alsoread.search;

import io.alsoread.BadQueryException;
import io.alsoread.FacetListing;
import io.alsoread.FacetValue;
import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Runs searches: parses the query, applies the filters, collapses by content cluster, counts the
 * facets (drill sideways for filtered facets), and reads the page of hits with their snippets.
 * Holds only what depends on the index reader (rebuilt when the reader changes), so one instance
 * serves any number of threads.
 */
public final class ArticleSearch {
  /** How long one search may take before it is stopped, so that any query is answered within 2 s. */
  public static final Duration DEFAULT_BUDGET = Duration.ofMillis(1500);
  /** Pages shorter than this are read on the calling thread alone. */
  private static final int MIN_PARALLEL_HITS = 4;

  private final QueryParsing parsing;
  private final Relevance relevance;
  private final Snippets snippets;
  private final SearchBudget budget;
  private final ReaderCache cache;
  private final Executor segments;

  public ArticleSearch() {
    this(Ranking.DEFAULT, DEFAULT_BUDGET, null);
  }

  /** A search that stops (with a {@link BadQueryException}) any query running longer than {@code budget}. */
  public ArticleSearch(Duration budget) {
    this(Ranking.DEFAULT, budget, null);
  }

  /**
   * A search that runs the segments of one query in parallel on {@code segments} (null: on the
   * calling thread), so that a large query uses every core when the machine is otherwise idle.
   */
  public ArticleSearch(Duration budget, Executor segments) {
    this(Ranking.DEFAULT, budget, segments, true);
  }

  /**
   * A search as {@link #ArticleSearch(Duration, Executor)}; {@code tables} says whether every
   * document's cluster and facet ordinals are read into tables that searches count from, once per
   * reader. Reading them costs about what a search that matches every document does, so they are for
   * readers that answer many searches, not one; with {@code segments}, they are read there while the
   * reader's first searches count from the doc values, so a new reader answers at once.
   */
  public ArticleSearch(Duration budget, Executor segments, boolean tables) {
    this(Ranking.DEFAULT, budget, segments, tables);
  }

  ArticleSearch(Ranking ranking, Duration budget, Executor segments) {
    this(ranking, budget, segments, true);
  }

  private ArticleSearch(Ranking ranking, Duration budget, Executor segments, boolean tables) {
    this.parsing = new QueryParsing(ranking);
    this.relevance = new Relevance(ranking, parsing.analyzer());
    this.snippets = new Snippets(parsing.analyzer());
    this.budget = new SearchBudget(budget.toNanos());
    this.cache = new ReaderCache(this.budget, tables, segments);
    this.segments = segments == null ? null : task -> segments.execute(this.budget.carrying(task));
  }

  /**
   * Runs {@code request} against {@code searcher}.
   *
   * @throws BadQueryException when the query does not parse, has too many terms, or runs out of time
   */
  public SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    long start = System.nanoTime();
    QueryParsing.Parsed parsed = parsing.parseDetailed(request.query());
    ReaderCache.ReaderData data = cache.get(searcher.getIndexReader());
    Relevance.Ranked ranked = relevance.rank(parsed, request.query(), data.searchable());
    Filters filters = Filters.of(ranked.match(), request);
    return retried(filters.all(), request, start, () -> attempt(searcher, request, parsed, ranked, data, filters, start));
  }

  /** One try at a search's work under the budget: its result, or null when it ran out of time. */
  @FunctionalInterface
  private interface Attempt<T> {
    T run() throws IOException;
  }

  /**
   * The result of {@code attempt}, run under the budget. The budget bounds the work of expanding and
   * scoring terms. A query without expansions that runs out of it was waiting (on a cold disk, or for
   * the CPU): it gets a second try, which finds the index's pages read.
   *
   * @throws BadQueryException when the last try runs out of time
   */
  private <T> T retried(Query query, SearchRequest request, long start, Attempt<T> attempt) throws IOException {
    int tries = expands(query) ? 1 : 2;
    for (int tried = 1; ; tried++) {
      T result = attempt.run();
      if (result != null) {
        return result;
      }
      if (tried == tries) {
        throw outOfTime(request, start);
      }
    }
  }

  /** The result of one try at a search, or null when it ran out of time. */
  private SearchResult attempt(IndexSearcher searcher, SearchRequest request, QueryParsing.Parsed parsed, Relevance.Ranked ranked,
      ReaderCache.ReaderData data, Filters filters, long start) throws IOException {
    IndexSearcher budgeted = budgeted(searcher, data);
    Matches matches;
    List<Hit> hits;
    budget.start(start);
    try {
      matches = match(budgeted, data, filters, request, window(ranked, request));
      if (budgeted.timedOut()) {
        return null; // while scoring: the results are partial
      }
      matches = withPhrases(budgeted, data, ranked, request, matches);
      hits = hits(budgeted, data, parsed, matches.page());
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryParsing.tooManyTerms(request.query());
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      return null; // while expanding terms
    } finally {
      budget.stop();
    }
    CollapsingCollectorManager.Page page = matches.page();
    long tookMillis = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(request.query(), page.total(), page.clusters(), tookMillis, hits, matches.facets(), ranked.unknown().words(),
        ranked.unknown().suggestion());
  }

  /** Whether {@code query} expands a pattern (prefix, wildcard, fuzzy, range) into terms. */
  private static boolean expands(Query query) {
    boolean[] found = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTermsMatching(Query source, String field, Supplier<ByteRunAutomaton> automaton) {
        found[0] = true;
      }

      @Override
      public void visitLeaf(Query leaf) {
        found[0] |= leaf instanceof MultiTermQuery;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return found[0];
  }

  /** The page of hits and the facet counts of a search. */
  private record Matches(CollapsingCollectorManager.Page page, io.alsoread.Facets facets) {}

  /**
   * How many of the best matches to collect, from the first: the page, or, when phrase boosts will
   * rank the best again, the phrase window (or the page, when it reaches further). Null: the page.
   */
  private Integer window(Relevance.Ranked ranked, SearchRequest request) {
    if (ranked.phrases() == null || request.sort() != SearchRequest.Sort.RELEVANCE || request.limit() == 0) {
      return null;
    }
    return (int) Math.min(Integer.MAX_VALUE, Math.max((long) relevance.phraseWindow(), (long) request.offset() + request.limit()));
  }

  /** The matches with the phrase boosts of a plain query added to the page (and its ranking, when sorted by relevance). */
  private Matches withPhrases(IndexSearcher searcher, ReaderCache.ReaderData data, Relevance.Ranked ranked, SearchRequest request,
      Matches matches) throws IOException {
    if (ranked.phrases() == null) {
      return matches;
    }
    CollapsingCollectorManager.Page page = matches.page();
    List<CollapsingCollectorManager.RankedDoc> hits = request.sort() == SearchRequest.Sort.RELEVANCE
        ? PhraseRescoring.rank(searcher, sharing(data), ranked.phrases(), page, request.offset(), request.limit(), relevance.phraseWindow(),
            relevance.contestedClusters())
        : PhraseRescoring.addScores(searcher, sharing(data), ranked.phrases(), page.hits());
    return new Matches(new CollapsingCollectorManager.Page(hits, page.total(), page.clusters(), null), matches.facets());
  }

  /** Collects the page (or the first {@code window} hits) and counts the facets, in one pass over the matches (plus one per filtered facet). */
  private static Matches match(IndexSearcher searcher, ReaderCache.ReaderData data, Filters filters, SearchRequest request, Integer window)
      throws IOException {
    CollapsingCollectorManager hits = window == null
        ? new CollapsingCollectorManager(data, request.sort(), request.collapse(), request.offset(), request.limit())
        : new CollapsingCollectorManager(data, request.sort(), request.collapse(), 0, window, request.collapse());
    Query query = filters.all();
    if (data.facets() == null || !request.facets()) {
      return new Matches(searcher.search(query, hits), io.alsoread.Facets.NONE);
    }
    if (query instanceof MatchAllDocsQuery) {
      return new Matches(searcher.search(query, hits), data.allFacets()); // browsing: counted once per reader
    }
    Object[] both = searcher.search(query, new MultiCollectorManager(data.facetCounting(), hits));
    return new Matches((CollapsingCollectorManager.Page) both[1], facets(searcher, data, filters, (int[]) both[0]));
  }

  private static BadQueryException outOfTime(SearchRequest request, long start) {
    return new BadQueryException("search stopped after " + (System.nanoTime() - start) / 1_000_000 + " ms: '" + request.query()
        + "' is too expensive; narrow it");
  }

  /**
   * The values of facet {@code dimension} ({@code tag}, {@code category}, {@code site} or
   * {@code year}) for the matches of {@code request}, counted as a search counts its facets (with the
   * facet's own filter left out: drill sideways), most frequent first: up to {@code max} of them
   * (categories as full paths, every level), and how many there are.
   *
   * @throws BadQueryException when the query does not parse or runs out of time (with the second
   *     try a search gets, see {@link #search})
   */
  public FacetListing facet(IndexSearcher searcher, SearchRequest request, String dimension, int max) throws IOException {
    long start = System.nanoTime();
    QueryParsing.Parsed parsed = parsing.parseDetailed(request.query());
    ReaderCache.ReaderData data = cache.get(searcher.getIndexReader());
    if (data.facets() == null || !data.facetDims().contains(dimension)) {
      return new FacetListing(List.of(), 0);
    }
    Query query = Filters.of(relevance.rank(parsed, request.query(), data.searchable()).match(), request).without(dimension);
    List<FacetValue> values;
    if (query instanceof MatchAllDocsQuery) {
      values = data.allValues(dimension);
    } else {
      int[] counts = retried(query, request, start, () -> countFacets(searcher, data, query, request, start));
      values = FacetSummaries.allValues(new OrdinalFacetCounts(data.facets(), counts), dimension);
    }
    return new FacetListing(values.size() <= max ? values : values.subList(0, max), values.size());
  }

  /** The facet counts of {@code query}'s matches, or null when it ran out of time. */
  private int[] countFacets(IndexSearcher searcher, ReaderCache.ReaderData data, Query query, SearchRequest request, long start)
      throws IOException {
    IndexSearcher budgeted = budgeted(searcher, data);
    budget.start(start);
    try {
      int[] counts = budgeted.search(query, data.facetCounting());
      return budgeted.timedOut() ? null : counts;
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryParsing.tooManyTerms(request.query());
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      return null;
    } finally {
      budget.stop();
    }
  }

  /**
   * The most frequent values of a facet over the whole index ({@code tag}, {@code category},
   * {@code site} or {@code year}), most frequent first; categories as full paths joined by {@code /}
   * (every level). For completion and statistics.
   */
  public List<FacetValue> topValues(IndexSearcher searcher, String dimension, int max) throws IOException {
    ReaderCache.ReaderData data = cache.get(searcher.getIndexReader());
    if (data.facets() == null || max <= 0 || !data.facetDims().contains(dimension)) {
      return List.of();
    }
    List<FacetValue> values = data.allValues(dimension);
    return values.size() <= max ? values : values.subList(0, max);
  }

  /**
   * The facets of the hits, except that each filtered facet is counted with its own filter left out
   * (drill sideways), one extra counting pass per filtered facet. Lucene's {@code DrillSideways}
   * would do it in one pass, but its scorer cannot run under a time budget.
   */
  private static io.alsoread.Facets facets(IndexSearcher searcher, ReaderCache.ReaderData data, Filters filters, int[] counts)
      throws IOException {
    io.alsoread.Facets facets = FacetSummaries.summarize(new OrdinalFacetCounts(data.facets(), counts), data.facetDims());
    for (String dim : filters.facets().keySet()) {
      Query others = filters.without(dim);
      io.alsoread.Facets sideways = others instanceof MatchAllDocsQuery ? data.allFacets()
          : FacetSummaries.summarize(new OrdinalFacetCounts(data.facets(), searcher.search(others, data.facetCounting())), data.facetDims());
      facets = FacetSummaries.withDim(facets, dim, sideways);
    }
    return facets;
  }

  /**
   * Where a search hands half of its item-by-item work (the page's hits, the phrase checks of the
   * best matches; see {@link Halves}): the segment threads when the reader has more than one
   * segment, else nowhere. A search of several segments has just woken those threads to match, and
   * its index is large enough that the hand-over pays: on a million articles (27 segments) it took
   * 3 and 7% less summed time (plain; collapsed with facets), p50 4 and 8% less. A one-segment
   * index (what a build from nothing leaves) is read on the calling thread: on the 7-site crawl the
   * hand-over cost 4% of summed time for the hits and 7 to 10% for the phrase checks, p99 no lower,
   * since each half sets up its own reader and highlighter and waits for a sleeping thread.
   */
  private Executor sharing(ReaderCache.ReaderData data) {
    return data.reader().leaves().size() > 1 ? segments : null;
  }

  /** The hits of the page with their snippets, the second half read on another core where {@link #sharing} says. */
  private List<Hit> hits(IndexSearcher searcher, ReaderCache.ReaderData data, QueryParsing.Parsed parsed, CollapsingCollectorManager.Page page)
      throws IOException {
    List<CollapsingCollectorManager.RankedDoc> ranked = page.hits();
    Query marked = parsed.matchAll() ? null : parsed.query();
    Hit[] hits = new Hit[ranked.size()];
    Halves.run(sharing(data), hits.length, MIN_PARALLEL_HITS, (from, to) -> readHits(searcher, data, marked, ranked, from, to, hits));
    return List.of(hits);
  }

  /** Reads hits {@code [from, to)} of {@code ranked} into {@code hits}. */
  private void readHits(IndexSearcher searcher, ReaderCache.ReaderData data, Query marked, List<CollapsingCollectorManager.RankedDoc> ranked,
      int from, int to, Hit[] hits) throws IOException {
    HitReader reader = new HitReader(searcher.storedFields()); // stored fields are read by one thread only
    int count = to - from;
    int[] docs = new int[count];
    HitReader.StoredHit[] stored = new HitReader.StoredHit[count];
    String[] bodies = new String[count];
    String[] titles = new String[count];
    for (int i = 0; i < count; i++) {
      docs[i] = ranked.get(from + i).doc();
      stored[i] = reader.load(docs[i]);
      bodies[i] = stored[i].body();
      titles[i] = stored[i].article().title();
    }
    String[] snippets = this.snippets.of(searcher, data.fieldInfos(), marked, docs, bodies, titles);
    for (int i = 0; i < count; i++) {
      CollapsingCollectorManager.RankedDoc hit = ranked.get(from + i);
      hits[from + i] = stored[i].toHit(hit.score(), hit.copies(), snippets[i]);
    }
  }

  /**
   * A searcher over the reader's {@linkplain ReaderCache.ReaderData#searchable() searchable} view
   * (sharing the given searcher's similarity and query cache) that gives up once the budget is
   * spent; the given searcher's own timeout is left alone, as other threads use it.
   */
  private IndexSearcher budgeted(IndexSearcher shared, ReaderCache.ReaderData data) {
    IndexSearcher searcher = segments == null ? new IndexSearcher(data.searchable()) : new SegmentParallelSearcher(data.searchable(), segments);
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setQueryCache(shared.getQueryCache());
    searcher.setQueryCachingPolicy(shared.getQueryCachingPolicy());
    searcher.setTimeout(budget);
    return searcher;
  }

  /**
   * A searcher with one slice per segment: Lucene's default groups up to 250,000 documents in a slice,
   * which leaves a crawl of this size on one thread.
   */
  private static final class SegmentParallelSearcher extends IndexSearcher {
    SegmentParallelSearcher(IndexReader reader, Executor executor) {
      super(reader, executor);
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
      return slices(leaves, 1, 1, false);
    }
  }
}
