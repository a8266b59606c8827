package io.alsoread.index;

import io.alsoread.IndexListener;
import io.alsoread.IndexProgress;
import io.alsoread.IndexSummary;
import io.alsoread.IndexUnavailableException;
import io.alsoread.index.FileOutcome.Parsed;
import io.alsoread.index.FileOutcome.Rejected;
import io.alsoread.index.FileOutcome.Skipped;
import io.alsoread.index.FileOutcome.Spilled;
import io.alsoread.index.FileOutcome.Unchanged;
import io.alsoread.ingest.Article;
import io.alsoread.ingest.ArticleParser;
import io.alsoread.ingest.Crawl;
import io.alsoread.ingest.CrawlWalker;
import io.alsoread.ingest.Fingerprint;
import io.alsoread.ingest.Link;
import io.alsoread.ingest.ParseResult;
import io.alsoread.ingest.Problem;
import io.alsoread.ingest.ReadAhead;
import io.alsoread.ingest.RenderCache;
import io.alsoread.ingest.Source;
import io.alsoread.ingest.SourceFile;
import io.alsoread.ingest.UnreadableFileException;
import io.alsoread.util.Futures;
import io.alsoread.util.IoReasons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * One incremental index run: walks the PATHs, parses new and changed files in parallel, deletes
 * articles gone from their PATH, recomputes the corpus-wide derived fields (content clusters,
 * inbound anchor text, inlink counts) and rewrites every article whose derived fields changed,
 * then commits once. Holding the IndexWriter's lock for the whole run makes it the only writer.
 */
public final class Indexer {
  /** The largest index merged into one segment after a build: the default ceiling of Lucene's tiered merge policy. */
  private static final long MAX_MERGED_BYTES = 5L << 30;
  /**
   * Files read at once ahead of the parsers, and how far ahead: four reads at once took a crawl of
   * 17 KB files from the disk 2.5 times as fast as one; 512 such files are 9 MB of the page cache.
   */
  private static final int READ_AHEAD_THREADS = 4;
  private static final int READ_AHEAD_FILES = 512;
  /** Files the parsers read themselves before the readers start: a run that changes a few files needs none. */
  private static final int READ_AHEAD_START = 64;
  private final Directory directory;
  private final Path location;
  private final int threads;

  /** @param location shown in messages */
  public Indexer(Directory directory, Path location) {
    this(directory, location, Runtime.getRuntime().availableProcessors());
  }

  public Indexer(Directory directory, Path location, int threads) {
    this.directory = directory;
    this.location = location;
    this.threads = Math.max(1, threads);
  }

  public IndexSummary run(List<Path> paths, boolean rebuild, IndexListener listener) throws IOException {
    long start = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField());
    config.setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    AlsoReadCodec codec = new AlsoReadCodec();
    config.setCodec(codec);
    config.setRAMBufferSizeMB(256);
    config.setUseCompoundFile(false);
    config.setCommitOnClose(false);
    PlainMergeReads writerDirectory = PlainMergeReads.wrap(directory);
    IndexWriter writer;
    try {
      writer = writer(writerDirectory, config, location);
    } catch (IOException | RuntimeException e) {
      writerDirectory.close();
      throw e;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread t = new Thread(runnable, "alsoread-index");
      t.setDaemon(true);
      return t;
    });
    // The walk runs while the committed state is read: both take a second on a crawl of 50,000 posts.
    Future<Crawl> walk = pool.submit(() -> CrawlWalker.walk(paths));
    try (writerDirectory;
        writer;
        DirectoryReader previous = rebuild || !DirectoryReader.indexExists(directory) ? null : DirectoryReader.open(directory);
        ParsedArticles parsed = ParsedArticles.create()) {
      Run run = new Run(writer, codec, previous, parsed, listener, start, pool);
      return run.execute(paths, walk, rebuild && DirectoryReader.indexExists(directory));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Writes the first commit of an index that holds no articles yet, when {@code directory} holds no
   * index, so that it can be opened for searching before any run.
   *
   * @param location shown in messages
   * @throws IndexUnavailableException when another indexer holds the index
   */
  public static void createEmpty(Directory directory, Path location) throws IOException {
    if (DirectoryReader.indexExists(directory)) {
      return;
    }
    IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    try (IndexWriter writer = writer(directory, config, location)) {
      commitStamped(writer, new HashMap<>());
    }
  }

  /**
   * Replaces an index that cannot be read with an empty one: Lucene's files go, with the write lock
   * held meanwhile (a writer opened on a broken index may fail before it can replace it); other files
   * stay.
   *
   * @param location shown in messages
   * @throws IndexUnavailableException when another indexer holds the index
   */
  public static void replaceUnreadable(Directory directory, Path location) throws IOException {
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      for (String file : directory.listAll()) {
        // Lucene's names: any writer opened here deletes such a file that no commit holds.
        if (file.startsWith(IndexFileNames.SEGMENTS) || file.startsWith(IndexFileNames.PENDING_SEGMENTS)
            || IndexFileNames.CODEC_FILE_PATTERN.matcher(file).matches()) {
          directory.deleteFile(file);
        }
      }
    } catch (LockObtainFailedException e) {
      throw new IndexUnavailableException(IndexUnavailableException.Reason.HELD, "another indexer holds the index in " + location, e);
    }
    createEmpty(directory, location);
  }

  /** A writer on the index, refused with a clear message while another indexer holds it. */
  private static IndexWriter writer(Directory directory, IndexWriterConfig config, Path location) throws IOException {
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IndexUnavailableException(IndexUnavailableException.Reason.HELD, "another indexer holds the index in " + location, e);
    }
  }

  /** Commits with {@code userData} and the commit time, which {@code stats} reports. */
  private static void commitStamped(IndexWriter writer, Map<String, String> userData) throws IOException {
    userData.put(CommitData.TIME, Instant.now().toString());
    writer.setLiveCommitData(userData.entrySet());
    writer.commit();
  }

  /** The state of one run. */
  private final class Run {
    private final IndexWriter writer;
    /** The writer's codec, told how to store fields once the walk has measured the crawl. */
    private final AlsoReadCodec codec;
    private final DirectoryReader previous;
    /** How the index indexes dates, which the documents of this run follow. */
    private final DocumentBuilder.DateSchema dates;
    private final ParsedArticles parsed;
    private final CommittedState committed;
    private final IndexListener listener;
    private final long start;
    private final ExecutorService pool;
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    private final Map<Long, ContentKey> contentKeys = new ConcurrentHashMap<>();
    private final RenderCache renderCache = new RenderCache(RenderCache.defaultChars());
    private final BodyTokenCache bodyTokens = BodyTokenCache.ofHeap();
    private final Map<io.alsoread.ingest.Site, String> siteKeyCache = new ConcurrentHashMap<>();
    private final Map<String, String> siteKeys = new ConcurrentHashMap<>();
    /** One instance of each link URL and title: a crawl links the same articles, under the same titles, many times over. */
    private final Map<String, String> linkStrings = new ConcurrentHashMap<>();

    Run(IndexWriter writer, AlsoReadCodec codec, DirectoryReader previous, ParsedArticles parsed, IndexListener listener, long start,
        ExecutorService pool) throws IOException {
      this.writer = writer;
      this.codec = codec;
      this.previous = previous;
      this.parsed = parsed;
      this.committed = previous == null ? CommittedState.empty() : CommittedState.read(previous);
      this.dates = DocumentBuilder.DateSchema.of(previous == null ? null : FieldInfos.getMergedFieldInfos(previous).fieldInfo(Fields.DATE));
      this.listener = listener;
      this.start = start;
      this.pool = pool;
    }

    /** @param replacing whether this run rebuilds an index that holds a commit, which it replaces */
    IndexSummary execute(List<Path> paths, Future<Crawl> walk, boolean replacing) throws IOException {
      progress("scan", 0, -1);
      Crawl crawl = awaitWalk(walk);
      if (replacing && !crawl.unreadable().isEmpty()) {
        // A rebuild keeps nothing of the index it replaces: what it cannot read now would be lost.
        throw new IOException("cannot rebuild: " + crawl.unreadable().stream().sorted().findFirst().orElseThrow()
            + " cannot be read, and a rebuild would drop its articles; the index is left as it was");
      }
      List<SourceFile> files = crawl.files();
      FileOutcome[] outcomes = examineAll(files);
      renderCache.clear(); // its memory is the writers' now
      Reconciliation.Result result = Reconciliation.of(committed, files, outcomes, realPaths(paths), crawl.unreadable(), Reconciliation.ON_DISK);
      problems.addAll(result.problems());
      Map<String, String> stats = write(result);
      if (committed.byUrl().isEmpty() && !result.written().isEmpty()) {
        mergeBuiltIndex();
      }
      commit(stats);
      return summary(result);
    }

    /** What the walk found, once it has: the size of its files tells the codec how to store fields. */
    private Crawl awaitWalk(Future<Crawl> walk) throws IOException {
      Crawl crawl = Futures.await(walk);
      problems.addAll(crawl.problems());
      long walked = crawl.files().stream().mapToLong(f -> Math.max(0, f.size())).sum();
      long held = committed.byUrl().values().stream().mapToLong(ArticleState::size).sum();
      codec.compressStoredFields(StoredFieldsLayout.forCrawl(Math.max(walked, held)));
      return crawl;
    }

    /** The PATH roots this run speaks for, besides those of the files found. */
    private static Set<String> realPaths(List<Path> paths) {
      Set<String> roots = new HashSet<>();
      for (Path p : paths) {
        try {
          roots.add(p.toRealPath().toString());
        } catch (IOException e) {
          // a PATH that does not exist was reported by the walker; it deletes nothing
        }
      }
      return roots;
    }

    /**
     * Writes the reconciled changes: rederives the corpus-wide fields when content changed (or the
     * index is new), else only updates the touched states. Returns the link figures for the commit,
     * or null when nothing was rederived.
     */
    private Map<String, String> write(Reconciliation.Result result) throws IOException {
      boolean contentChanged = !result.written().isEmpty() || !result.deleted().isEmpty();
      if (contentChanged || committed.byUrl().isEmpty()) {
        Derivation derivation = derive(result.written(), result.writtenKeys(), result.deleted());
        writeAll(result.written(), derivation, result.deleted(), result.touched());
        return derivation.stats;
      }
      for (Map.Entry<String, ArticleState> e : result.touched().entrySet()) {
        writer.updateBinaryDocValue(new Term(Fields.URL, e.getKey()), Fields.STATE, new BytesRef(e.getValue().encode()));
      }
      return null;
    }

    /** Commits whatever changed, with the new link figures or else the previous commit's. */
    private void commit(Map<String, String> stats) throws IOException {
      if (writer.hasUncommittedChanges() || stats != null) {
        progress("commit", 0, 1);
        Map<String, String> userData = new HashMap<>();
        if (stats != null) {
          userData.putAll(stats);
        } else if (previous != null) {
          userData.putAll(previous.getIndexCommit().getUserData());
        }
        commitStamped(writer, userData);
        progress("commit", 1, 1);
      }
    }

    /** What the run did: its counts and every problem, the walk's first. */
    private IndexSummary summary(Reconciliation.Result result) {
      long added = 0;
      long updated = 0;
      for (String url : result.written().keySet()) {
        if (committed.get(url) != null) {
          updated++;
        } else {
          added++;
        }
      }
      long articles = writer.getDocStats().numDocs;
      List<IndexSummary.Issue> issues = new ArrayList<>();
      long rejected = 0;
      long warnings = 0;
      synchronized (problems) {
        for (Problem p : problems) {
          issues.add(new IndexSummary.Issue(p.path(), p.message(), p.rejected()));
          if (p.rejected()) {
            rejected++;
          } else {
            warnings++;
          }
        }
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new IndexSummary(added, updated, result.deleted().size(), result.unchanged(), rejected, warnings, result.skipped(),
          articles, millis, issues, result.skips());
    }

    /**
     * Merges an index built from nothing into one segment, unless it is larger than Lucene's merge
     * policy would ever merge into one. Every search pays per segment (term lookups, scorers, facet
     * and cluster ordinal maps): on the 7-site crawl one segment instead of the four the writer
     * flushes answers queries 11 to 12% faster, for 10 to 16 seconds more at the end of the build (a
     * merge runs on one core). Runs that change an index leave its segments to the merge policy.
     */
    private void mergeBuiltIndex() throws IOException {
      writer.flush();
      if (IndexSize.of(writer.getDirectory()) <= MAX_MERGED_BYTES) {
        progress("merge", 0, 1);
        writer.forceMerge(1);
        progress("merge", 1, 1);
      }
    }

    /** Parses or skips every file, in parallel, keeping the walk's order in the result. */
    private FileOutcome[] examineAll(List<SourceFile> files) throws IOException {
      FileOutcome[] outcomes = new FileOutcome[files.size()];
      AtomicLong done = new AtomicLong();
      int chunk = 64;
      List<Future<?>> futures = new ArrayList<>();
      try (ReadAhead readAhead = new ReadAhead(files, i -> !unchangedOnDisk(files.get(i)), READ_AHEAD_THREADS, READ_AHEAD_FILES, READ_AHEAD_START)) {
        for (int from = 0; from < files.size(); from += chunk) {
          int lo = from;
          int hi = Math.min(files.size(), from + chunk);
          futures.add(pool.submit(() -> {
            for (int i = lo; i < hi; i++) {
              readAhead.reached(i);
              outcomes[i] = examine(files.get(i), readAhead);
              long n = done.incrementAndGet();
              if ((n & 63) == 0 || n == files.size()) {
                progress("parse", n, files.size());
              }
            }
          }));
        }
        await(futures);
      }
      return outcomes;
    }

    /** Whether the walk saw {@code file} with the time, size and site settings of its committed article: it is not read. */
    private boolean unchangedOnDisk(SourceFile file) {
      if (!file.attributesKnown()) {
        return false;
      }
      String knownUrl = committed.urlOfSource(file.path().toString());
      return knownUrl != null && sameFile(committed.get(knownUrl), file.modified(), file.size(), siteKeyOf(file));
    }

    private static boolean sameFile(ArticleState known, long modified, long size, String siteKey) {
      return known != null && known.modified() == modified && known.size() == size && known.siteKey().equals(siteKey);
    }

    private String siteKeyOf(SourceFile file) {
      return siteKeyCache.computeIfAbsent(file.site(), site -> Fingerprint.of(new byte[0], site));
    }

    private FileOutcome examine(SourceFile file, ReadAhead readAhead) {
      String path = file.path().toString();
      try {
        long modified;
        long size;
        if (file.attributesKnown()) {
          modified = file.modified();
          size = file.size();
        } else {
          BasicFileAttributes attrs = Files.readAttributes(file.path(), BasicFileAttributes.class);
          modified = attrs.lastModifiedTime().toMillis();
          size = attrs.size();
        }
        String knownUrl = committed.urlOfSource(path);
        ArticleState known = knownUrl == null ? null : committed.get(knownUrl);
        String siteKey = siteKeyOf(file);
        if (sameFile(known, modified, size, siteKey)) {
          return new Unchanged(knownUrl, false, modified, size);
        }
        readAhead.reading();
        byte[] bytes = Files.readAllBytes(file.path());
        String fingerprint = Fingerprint.of(bytes, file.site());
        boolean sameBytes = known != null && known.fingerprint().equals(fingerprint);
        if (sameBytes && !ArticleParser.urlMayFollowFileTime(file, known.modified(), modified)) {
          return new Unchanged(knownUrl, known.modified() != modified || known.size() != size, modified, size);
        }
        Source source = new Source(file.path(), file.root(), modified, size, fingerprint);
        ParseResult result = ArticleParser.parse(file, source, bytes, renderCache);
        siteKeys.put(path, siteKey);
        if (!result.isArticle()) {
          return new Skipped(result.skipReason());
        }
        Article article = result.article();
        if (sameBytes && article.url().equals(knownUrl)) {
          return new Unchanged(knownUrl, true, modified, size); // a dated post: the file's time does not make its URL
        }
        ContentKey key = ContentKey.of(article, contentKeys);
        long position = parsed.put(article);
        return new Parsed(new Spilled(article.url(), article.source(), shared(article.links()), position), key, result.warnings());
      } catch (UnreadableFileException e) {
        return new Rejected(Problem.rejection(path, e.getMessage()));
      } catch (NoSuchFileException e) {
        return new Rejected(Problem.rejection(path, "vanished during the run"));
      } catch (AccessDeniedException e) {
        return new Rejected(Problem.rejection(path, "permission denied"));
      } catch (IOException e) {
        return new Rejected(Problem.rejection(path, "cannot read: " + IoReasons.of(e)));
      } catch (UncheckedIOException e) {
        return new Rejected(Problem.rejection(path, "cannot read: " + IoReasons.of(e.getCause())));
      } catch (OutOfMemoryError e) {
        return new Rejected(Problem.rejection(path, "too large to parse"));
      } catch (RuntimeException | StackOverflowError e) {
        return new Rejected(Problem.rejection(path, "cannot parse: " + oneLine(e)));
      }
    }

    private List<Link> shared(List<Link> links) {
      List<Link> out = new ArrayList<>(links.size());
      for (Link link : links) {
        out.add(new Link(linkStrings.computeIfAbsent(link.url(), k -> k), linkStrings.computeIfAbsent(link.title(), k -> k)));
      }
      return out;
    }

    /** The corpus-wide fields of every article after this run. */
    private Derivation derive(Map<String, Spilled> written, Map<String, ContentKey> writtenKeys, Set<String> deleted) {
      progress("link", 0, -1);
      Map<String, ContentKey> keys = new HashMap<>();
      LinkTable links = new LinkTable();
      ContentClusters clusters = new ContentClusters();
      for (Map.Entry<String, ArticleState> e : committed.byUrl().entrySet()) {
        String url = e.getKey();
        if (deleted.contains(url) || written.containsKey(url)) {
          continue;
        }
        ArticleState s = committed.full(url);
        links.addOutgoing(url, shared(s.links())); // a parsed article's links are pooled as it is parsed
        ContentKey key = new ContentKey(s.bodyHash(), s.minhash(), s.words());
        keys.put(url, key);
        clusters.add(key);
      }
      for (Map.Entry<String, Spilled> e : written.entrySet()) {
        links.addOutgoing(e.getKey(), e.getValue().links());
        ContentKey key = writtenKeys.get(e.getKey());
        keys.put(e.getKey(), key);
        clusters.add(key);
      }
      Map<Long, String> clusterOf = clusters.assign();
      Map<String, Derived> derived = new HashMap<>();
      for (Map.Entry<String, ContentKey> e : keys.entrySet()) {
        List<LinkTable.Inbound> inbound = links.inboundOf(e.getKey());
        List<String> anchors = new ArrayList<>(inbound.size());
        for (LinkTable.Inbound link : inbound) {
          anchors.add(link.title());
        }
        derived.put(e.getKey(), new Derived(clusterOf.get(e.getValue().bodyHash()), anchors, LinkTable.distinctSources(inbound)));
      }
      return new Derivation(keys, derived, CommitData.linkStats(links, keys.keySet()));
    }

    /** Writes parsed articles, rewrites committed ones whose derived fields changed, deletes the gone. */
    private long writeAll(Map<String, Spilled> written, Derivation derivation, Set<String> deleted, Map<String, ArticleState> touched)
        throws IOException {
      for (String url : deleted) {
        writer.deleteDocuments(new Term(Fields.URL, url));
      }
      List<String> refresh = new ArrayList<>();
      for (Map.Entry<String, ArticleState> e : committed.byUrl().entrySet()) {
        String url = e.getKey();
        if (deleted.contains(url) || written.containsKey(url)) {
          continue;
        }
        long hash = derivedHash(derivation.derived.get(url));
        if (hash != e.getValue().derivedHash()) {
          refresh.add(url);
        } else if (touched.containsKey(url)) {
          writer.updateBinaryDocValue(new Term(Fields.URL, url), Fields.STATE, new BytesRef(touched.get(url).encode()));
        }
      }
      List<Map.Entry<String, Spilled>> articles = new ArrayList<>(written.entrySet());
      long total = articles.size() + refresh.size();
      AtomicLong done = new AtomicLong();
      List<Future<?>> futures = new ArrayList<>();
      int chunk = 64;
      for (int from = 0; from < articles.size(); from += chunk) {
        List<Map.Entry<String, Spilled>> slice = articles.subList(from, Math.min(articles.size(), from + chunk));
        futures.add(pool.submit(() -> {
          DocumentBuilder builder = new DocumentBuilder(bodyTokens, dates);
          for (Map.Entry<String, Spilled> article : slice) {
            String url = article.getKey();
            Spilled spilled = article.getValue();
            ParsedArticles.Stored stored = parsed.get(spilled.position());
            ContentKey key = derivation.keys.get(url);
            Derived d = derivation.derived.get(url);
            ArticleState state = stateOf(spilled, siteKeys.getOrDefault(spilled.source().path().toString(), ""), key, derivedHash(d));
            Document doc = builder.build(stored.article(), stored.json(), d, state.encode());
            if (committed.get(url) != null) {
              writer.updateDocument(new Term(Fields.URL, url), doc);
            } else {
              writer.addDocument(doc);
            }
            tick(done, total);
          }
          return null;
        }));
      }
      IndexSearcher old = previous == null ? null : new IndexSearcher(previous);
      for (int from = 0; from < refresh.size(); from += chunk) {
        List<String> slice = refresh.subList(from, Math.min(refresh.size(), from + chunk));
        futures.add(pool.submit(() -> {
          DocumentBuilder builder = new DocumentBuilder(bodyTokens, dates);
          StoredFields stored = previous.storedFields();
          for (String url : slice) {
            TopDocs top = old.search(new TermQuery(new Term(Fields.URL, url)), 1);
            Document storedDoc = stored.document(top.scoreDocs[0].doc, Set.of(Fields.ARTICLE_JSON, Fields.BODY));
            Article article = ArticleCodec.fromJson(storedDoc.getBinaryValue(Fields.ARTICLE_JSON), storedDoc.get(Fields.BODY));
            ArticleState base = touched.containsKey(url) ? touched.get(url) : committed.full(url);
            Derived d = derivation.derived.get(url);
            ArticleState state = base.withDerivedHash(derivedHash(d));
            writer.updateDocument(new Term(Fields.URL, url), builder.build(article, d, state.encode()));
            tick(done, total);
          }
          return null;
        }));
      }
      await(futures);
      flushInParallel();
      return refresh.size();
    }

    /**
     * Writes the documents still buffered in memory as segments, on all threads: {@code commit()}
     * would flush them one after the other in its own thread.
     */
    private void flushInParallel() throws IOException {
      List<Future<?>> flushes = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        flushes.add(pool.submit(() -> {
          while (writer.flushNextBuffer()) {
            // each call takes another buffer
          }
          return null;
        }));
      }
      await(flushes);
    }

    private void tick(AtomicLong done, long total) {
      long n = done.incrementAndGet();
      if ((n & 63) == 0 || n == total) {
        progress("write", n, total);
      }
    }

    private void progress(String phase, long done, long total) {
      listener.onProgress(new IndexProgress(phase, done, total, (System.nanoTime() - start) / 1_000_000));
    }
  }

  /** Derived fields of every article of the final state, and the link figures for the commit. */
  private record Derivation(Map<String, ContentKey> keys, Map<String, Derived> derived, Map<String, String> stats) {}

  private static ArticleState stateOf(Spilled article, String siteKey, ContentKey key, long derivedHash) {
    Source s = article.source();
    return new ArticleState(
        s == null ? "" : s.path().toString(),
        s == null || s.root() == null ? "" : s.root().toString(),
        s == null ? 0 : s.lastModified(),
        s == null ? 0 : s.size(),
        s == null ? "" : s.fingerprint(),
        siteKey,
        key.bodyHash(),
        key.minhash(),
        key.words(),
        derivedHash,
        article.links());
  }

  static long derivedHash(Derived d) {
    long h = d.cluster().hashCode();
    h = h * 31 + d.inlinks();
    for (String anchor : d.inboundAnchors()) {
      h = h * 1_000_003L + anchor.hashCode();
    }
    return h;
  }

  private static void await(List<? extends Future<?>> futures) throws IOException {
    for (Future<?> f : futures) {
      Futures.await(f);
    }
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
