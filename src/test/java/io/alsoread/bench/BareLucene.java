package io.alsoread.bench;

import io.alsoread.AlsoRead;
import io.alsoread.SearchRequest;
import io.alsoread.ingest.Article;
import io.alsoread.ingest.ArticleParser;
import io.alsoread.ingest.CrawlWalker;
import io.alsoread.ingest.ParseResult;
import io.alsoread.ingest.Source;
import io.alsoread.ingest.SourceFile;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The baseline alsoread is measured against: bare Lucene, with the crawl already extracted to plain
 * text, indexed and searched the way a plain Lucene program would (standard analyzer, title and
 * body text, tag, category, site and year facets), on the same machine and crawl. {@code bench/run}
 * prints each figure beside alsoread's, as a ratio, so that figures from machines of different
 * speeds can be compared. Three steps, each its own process:
 *
 * <ol>
 *   <li>{@code --extract CRAWL --text FILE}: parses the crawl with alsoread's parser (not timed)
 *       and writes each article's plain fields to FILE;
 *   <li>{@code --text FILE --index DIR}: indexes FILE into DIR on two threads, commits, then merges
 *       to one segment as alsoread's build does; prints the two phases' seconds;
 *   <li>{@code --search DIR --alsoread DIR --known FILE --broad FILE}: times top-10 searches of the
 *       eval sets' plain-text queries (plain, then with the four facets) on the bare index and on
 *       alsoread's, taking turns, on one thread; prints a table row for each.
 * </ol>
 *
 * Not a test (surefire never runs it).
 */
@Command(name = "BareLucene", mixinStandardHelpOptions = true, description = "Bare Lucene on the pre-extracted crawl: the baseline.")
public final class BareLucene implements Callable<Integer> {
  private static final String[] QUERY_FIELDS = {"title", "body"};

  @Option(names = "--extract", description = "Crawl folder to extract into --text.")
  Path crawl;

  @Option(names = "--text", description = "The extracted articles (written by --extract, read by --index).")
  Path text;

  @Option(names = "--index", description = "Index folder to build from --text.")
  Path indexDir;

  @Option(names = "--threads", defaultValue = "2", description = "Indexing threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--search", description = "Bare index folder to search (built by --index).")
  Path searchDir;

  @Option(names = "--alsoread", description = "alsoread index of the same crawl, searched with the same queries, in turns with the bare one.")
  Path alsoreadDir;

  @Option(names = "--known", description = "Known-item queries (JSON lines: query, relevant).")
  Path knownFile;

  @Option(names = "--broad", description = "Broad queries, one a line.")
  Path broadFile;

  @Option(names = "--warmup", defaultValue = "2", description = "Untimed passes before the timed ones.")
  int warmup;

  @Option(names = "--runs", defaultValue = "3", description = "Timed passes; figures are their medians.")
  int runs;

  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  public static void main(String[] args) {
    System.exit(new CommandLine(new BareLucene()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (crawl != null && text != null) {
      extract();
    } else if (text != null && indexDir != null) {
      index();
    } else if (searchDir != null && alsoreadDir != null && knownFile != null && broadFile != null) {
      search();
    } else {
      throw new CommandLine.ParameterException(new CommandLine(this),
          "give --extract and --text, --text and --index, or --search, --alsoread, --known and --broad");
    }
    return 0;
  }

  private void extract() throws IOException {
    List<SourceFile> files = CrawlWalker.walk(List.of(crawl)).files();
    int written = 0;
    try (DataOutputStream sink = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(text), 1 << 20))) {
      for (SourceFile file : files) {
        byte[] bytes = Files.readAllBytes(file.path());
        Source source = new Source(file.path(), file.root(), 0, bytes.length, "");
        ParseResult result = ArticleParser.parse(file, source, bytes);
        Article a = result.article();
        if (a == null) {
          continue;
        }
        new PlainArticle(a.url(), a.site(), a.title(), a.body(), a.tags(), a.categories(), a.date() == null ? Long.MIN_VALUE : a.date().toEpochMilli()).writeTo(sink);
        written++;
      }
    }
    out.printf(Locale.ROOT, "extracted %d articles of %d files%n", written, files.size());
  }

  private void index() throws Exception {
    long start = System.nanoTime();
    FacetsConfig facets = facetsConfig();
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(256);
    long articles;
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, config);
        DataInputStream source = new DataInputStream(new BufferedInputStream(Files.newInputStream(text), 1 << 20))) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          parts.add(pool.submit(() -> {
            long n = 0;
            for (PlainArticle p; (p = PlainArticle.next(source)) != null; n++) {
              writer.addDocument(facets.build(document(p)));
            }
            return n;
          }));
        }
        articles = 0;
        for (Future<Long> part : parts) {
          articles += part.get();
        }
      } finally {
        pool.shutdown();
      }
      writer.commit();
      long written = System.nanoTime();
      writer.forceMerge(1);
      writer.commit();
      long merged = System.nanoTime();
      out.printf(Locale.ROOT, "articles %d%nwrite_seconds %.2f%nmerge_seconds %.2f%n", articles, (written - start) / 1e9, (merged - written) / 1e9);
    }
  }

  /** The facet dimensions, as the index is built and searched. */
  private static FacetsConfig facetsConfig() {
    FacetsConfig facets = new FacetsConfig();
    facets.setMultiValued("tag", true);
    facets.setMultiValued("category", true);
    facets.setHierarchical("category", true);
    return facets;
  }

  private static Document document(PlainArticle p) {
    Document doc = new Document();
    doc.add(new StringField("url", p.url(), Field.Store.YES));
    doc.add(new TextField("title", p.title(), Field.Store.YES));
    doc.add(new TextField("body", p.body(), Field.Store.YES));
    if (!p.site().isEmpty()) {
      doc.add(new StringField("site", p.site(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField("site", p.site()));
    }
    for (String tag : p.tags()) {
      if (!tag.isBlank()) {
        doc.add(new StringField("tag", tag, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField("tag", tag.strip()));
      }
    }
    for (List<String> category : p.categories()) {
      String[] path = category.stream().map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
      if (path.length > 0) {
        doc.add(new SortedSetDocValuesFacetField("category", path));
      }
    }
    if (p.date() != Long.MIN_VALUE) {
      doc.add(new LongPoint("date", p.date()));
      doc.add(new NumericDocValuesField("date", p.date()));
      doc.add(new StoredField("date", p.date()));
      int year = Instant.ofEpochMilli(p.date()).atOffset(ZoneOffset.UTC).getYear();
      doc.add(new SortedSetDocValuesFacetField("year", Integer.toString(year)));
    }
    return doc;
  }

  /**
   * Times the plain-text queries of the eval sets (known-item headings and broad queries) on both
   * indexes, the engines taking turns pass by pass so that drifting machine load hits them alike,
   * and prints a table row for each mode: each engine's p50 and p99, and alsoread's as a multiple.
   */
  private void search() throws Exception {
    List<String> lines = new ArrayList<>();
    KnownItem.read(knownFile).forEach(item -> lines.add(item.query()));
    Files.readAllLines(broadFile, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(lines::add);
    Analyzer analyzer = new StandardAnalyzer();
    try (Directory dir = FSDirectory.open(searchDir); DirectoryReader reader = DirectoryReader.open(dir);
        AlsoRead alsoread = AlsoRead.open(alsoreadDir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      SortedSetDocValuesReaderState facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig());
      boolean[] modes = {false, true};
      List<List<SearchRequest>> requests = new ArrayList<>();
      for (boolean withFacets : modes) {
        requests.add(lines.stream().map(line -> SearchRequest.of(line).withPage(10, 0).withCollapse(false).withFacets(withFacets)).toList());
      }
      List<List<Latencies>> bare = List.of(new ArrayList<>(), new ArrayList<>());
      List<List<Latencies>> ours = List.of(new ArrayList<>(), new ArrayList<>());
      for (int pass = 0; pass < warmup + runs; pass++) {
        for (int mode = 0; mode < modes.length; mode++) {
          boolean bareFirst = pass % 2 == 0; // neither engine always runs on the other's warm caches
          Latencies b = bareFirst ? pass(searcher, analyzer, lines, modes[mode], facetState) : null;
          Latencies a = pass(alsoread, requests.get(mode));
          b = bareFirst ? b : pass(searcher, analyzer, lines, modes[mode], facetState);
          if (pass >= warmup) {
            bare.get(mode).add(b);
            ours.get(mode).add(a);
          }
        }
      }
      for (int mode = 0; mode < modes.length; mode++) {
        Latencies b = Latencies.median(bare.get(mode));
        Latencies a = Latencies.median(ours.get(mode));
        out.printf(Locale.ROOT, "| (f) %s, 1 thread: bare Lucene · alsoread | p50 %s · %s ms (%.2f×); p99 %s · %s ms (%.2f×) | %s |%n",
            modes[mode] ? "facets" : "plain", Latencies.millis(b.p50()), Latencies.millis(a.p50()), a.p50() / b.p50(),
            Latencies.millis(b.p99()), Latencies.millis(a.p99()), a.p99() / b.p99(),
            lines.size() + " plain-text queries of the eval sets, top 10 without collapse" + (modes[mode] ? ", tag, category, site and year facets" : "")
                + "; bare: classic query parser over title and body, the hits' stored url and title; alsoread: a whole search (ranking, snippets)"
                + "; the engines take turns, " + warmup + " warm-up + " + runs + " timed passes each, medians");
      }
    }
  }

  /** One pass of alsoread's searches. */
  private static Latencies pass(AlsoRead alsoread, List<SearchRequest> requests) throws IOException {
    long[] nanos = new long[requests.size()];
    long passStart = System.nanoTime();
    for (int i = 0; i < requests.size(); i++) {
      long start = System.nanoTime();
      alsoread.search(requests.get(i));
      nanos[i] = System.nanoTime() - start;
    }
    return Latencies.of(nanos, System.nanoTime() - passStart);
  }

  /**
   * One pass over the queries, each parsed (as a plain program parses what its user types: the
   * classic parser over title and body, the text escaped), then its top 10 with their stored url
   * and title, and the facets' top 10 values when asked.
   */
  private static Latencies pass(IndexSearcher searcher, Analyzer analyzer, List<String> lines, boolean withFacets,
      SortedSetDocValuesReaderState state) throws Exception {
    long[] nanos = new long[lines.size()];
    long passStart = System.nanoTime();
    long sink = 0;
    for (int i = 0; i < lines.size(); i++) {
      long start = System.nanoTime();
      Query query = new MultiFieldQueryParser(QUERY_FIELDS, analyzer).parse(QueryParser.escape(lines.get(i)));
      TopDocs top;
      if (withFacets) {
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, 10, new FacetsCollectorManager());
        top = result.topDocs();
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        for (String dim : new String[] {"tag", "category", "site", "year"}) {
          var facet = counts.getTopChildren(10, dim);
          sink += facet == null ? 0 : facet.childCount;
        }
      } else {
        top = searcher.search(query, 10);
      }
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        sink += stored.document(hit.doc, Set.of("url", "title")).get("url").length();
      }
      nanos[i] = System.nanoTime() - start;
    }
    if (sink == 42) {
      System.err.print(""); // keeps the JIT from dropping the loads
    }
    return Latencies.of(nanos, System.nanoTime() - passStart);
  }
}
