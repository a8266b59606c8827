package io.alsoread.cli;

import io.alsoread.ArticleView;
import io.alsoread.CategoryCount;
import io.alsoread.FacetListing;
import io.alsoread.FacetValue;
import io.alsoread.Facets;
import io.alsoread.Hit;
import io.alsoread.InboundLink;
import io.alsoread.IndexListener;
import io.alsoread.IndexProgress;
import io.alsoread.IndexStats;
import io.alsoread.IndexSummary;
import io.alsoread.LinkEntry;
import io.alsoread.Neighbourhood;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A hand-made {@link Engine} with canned answers that records what it was asked. */
final class FakeEngine implements Engine {

  static final Instant DATE = Instant.parse("2024-07-25T08:59:44.484Z");

  final List<SearchRequest> requests = java.util.Collections.synchronizedList(new ArrayList<>());
  final List<String> lookedUp = new ArrayList<>();
  final List<List<Path>> indexed = new ArrayList<>();
  RuntimeException searchFailure;
  IOException ioFailure;
  /** Runs at the start of each search (and index run), as a slow one would take its time; null for none. */
  volatile Runnable stall;
  IndexSummary summary = summary(0);
  long size = 25;
  /** What {@link #indexedPaths()} answers. */
  List<Path> paths = List.of();
  boolean closed;

  static Hit hit(int n) {
    return new Hit(
        "https://example.com/post-" + n + "/",
        "Fix printer offline, part " + n,
        "example.com",
        n == 2 ? null : DATE,
        List.of("win10", "printer"),
        List.of(List.of("hardware", "tech")),
        1.5f / n,
        "When the <em>printer</em> is &lt;offline&gt; &amp; stuck, check the <em>printer</em> cable first.",
        "c" + n,
        n == 1 ? 3 : 1,
        n == 1 ? 12 : 0);
  }

  static Facets facets() {
    return new Facets(
        List.of(new FacetValue("win10", 20), new FacetValue("printer", 15), new FacetValue("windows 11", 4)),
        List.of(new CategoryCount(List.of("hardware"), 18), new CategoryCount(List.of("hardware", "tech"), 12),
            new CategoryCount(List.of("os"), 7)),
        List.of(new FacetValue("example.com", 25)),
        List.of(new FacetValue("2024", 20), new FacetValue("2023", 5)),
        java.util.Map.of("tag", 43)); // more tags than the top ones listed
  }

  static IndexSummary summary(long rejected) {
    List<IndexSummary.Issue> issues = new ArrayList<>();
    issues.add(new IndexSummary.Issue("/crawl/a.md", "line 3: front matter is not YAML; read leniently", false));
    for (int i = 0; i < rejected; i++) {
      issues.add(new IndexSummary.Issue("/crawl/bad-" + i + ".md", "not text (binary data)", true));
    }
    return new IndexSummary(20, 2, 1, 3, rejected, 1, 4, 25, 1234, issues,
        List.of(new IndexSummary.Skip("/crawl/tags/printer/index.html", "listing page (tag), not an article: https://example.com/tags/printer/")));
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    requests.add(request);
    Runnable slowly = stall;
    if (slowly != null) {
      slowly.run();
    }
    if (searchFailure != null) {
      throw searchFailure;
    }
    if (ioFailure != null) {
      throw ioFailure;
    }
    int total = 25;
    List<Hit> hits = new ArrayList<>();
    for (int i = request.offset(); i < Math.min(total, request.offset() + request.limit()); i++) {
      hits.add(hit(i + 1));
    }
    // "xyzzy" is the word no article holds, "prnter" one that is a slip from "printer"
    List<String> unknown = java.util.Arrays.stream(request.query().split(" ")).filter(word -> word.equals("xyzzy") || word.equals("prnter")).toList();
    String suggestion = unknown.contains("prnter") ? request.query().replace("prnter", "printer") : null;
    return new SearchResult(request.query(), total + 5, total, 7, hits, facets(), unknown, suggestion);
  }

  @Override
  public Optional<ArticleView> article(String url) {
    lookedUp.add(url);
    if (!url.startsWith("https://example.com/post-")) {
      return Optional.empty();
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("author", "Jo");
    extra.put("rating", 4);
    return Optional.of(new ArticleView(url, "Fix printer offline", "example.com", "How to fix it", "Excerpt",
        List.of("printer offline"), List.of("win10"), List.of(List.of("hardware", "tech")), DATE, null, null,
        "First paragraph about the printer.\n\nSecond paragraph.", "c1", List.of("https://mirror.example.org/post-1/"),
        List.of(new LinkEntry("https://example.com/other/", "Other post", true),
            new LinkEntry("https://gone.example.com/x/", "Gone post", false)),
        List.of(new InboundLink("https://example.com/linker/", "Printer fix")),
        "/crawl/example.com/post-1.md", extra));
  }

  @Override
  public Neighbourhood links(String url) {
    io.alsoread.AlsoRead.requireUrl(url); // refuses text that is no URL as the facade does
    lookedUp.add(url);
    return new Neighbourhood(url, url.startsWith("https://example.com/post-"),
        List.of(new LinkEntry("https://example.com/other/", "Other post", true)),
        List.of(new InboundLink("https://example.com/linker/", "Printer fix")));
  }

  @Override
  public IndexStats stats() {
    return new IndexStats(25, 1, 20, new IndexStats.LinkCounts(40, 30, 10), facets().tags(), facets().categories(),
        List.of(new FacetValue("example.com", 30)), 123_456, DATE);
  }

  @Override
  public FacetListing facet(SearchRequest request, String dimension, int max) {
    Facets facets = facets();
    List<FacetValue> values = switch (dimension) {
      case "tag" -> facets.tags();
      case "category" -> facets.categories().stream().map(c -> new FacetValue(String.join("/", c.path()), c.count())).toList();
      case "site" -> facets.sites();
      default -> facets.years();
    };
    int distinct = dimension.equals("category") ? values.size() : facets.distinct(dimension); // a listing counts every path
    return new FacetListing(values.subList(0, Math.min(max, values.size())), distinct);
  }

  @Override
  public List<String> facetValues(String dimension) {
    return switch (dimension) {
      case "tag" -> List.of("win10", "windows 11", "printer", "cooking", "c++ tips");
      case "category" -> List.of("hardware", "hardware/tech", "os");
      case "site" -> List.of("example.com");
      default -> List.of("2024", "2023");
    };
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public List<Path> indexedPaths() {
    return paths;
  }

  @Override
  public IndexSummary index(List<Path> paths, boolean rebuild, IndexListener listener) {
    indexed.add(paths);
    Runnable slowly = stall;
    if (slowly != null) {
      slowly.run();
    }
    listener.onProgress(new IndexProgress("parse", 5, 10, 100));
    listener.onProgress(new IndexProgress("parse", 10, 10, 200));
    size = summary.articles();
    return summary;
  }

  @Override
  public void close() {
    closed = true;
  }

  /** An opener handing out this engine for any folder. */
  Opener opener() {
    return new Opener() {
      @Override
      public Engine open(Path dir) {
        return FakeEngine.this;
      }

      @Override
      public Engine openOrCreate(Path dir) {
        return FakeEngine.this;
      }

      @Override
      public Engine openForRebuild(Path dir) {
        return FakeEngine.this;
      }
    };
  }
}
