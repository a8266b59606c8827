package io.alsoread.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alsoread.BadQueryException;
import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures ranking quality and latency on an index of the real crawl (not a unit test; run by hand):
 * success@10 and MRR@10 of known-item queries over collapsed hits, distinct clusters in the top 10
 * of broad queries, and query latency percentiles.
 *
 * <pre>java -cp ... io.alsoread.search.RankingEval INDEX_DIR EVAL_DIR [misses]</pre>
 *
 * EVAL_DIR holds {@code dev-known-item.jsonl} and {@code broad-queries.txt}.
 */
public final class RankingEval {
  record KnownItem(String query, Set<String> relevant) {}

  /** Success@10, MRR@10, queries refused, and the misses. */
  record Quality(double success, double mrr, int refused, List<String> misses) {}

  /** Latency is reported as thread CPU time too: wall time means little on a busy machine. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private RankingEval() {}

  public static void main(String[] args) throws IOException {
    Path indexDir = Path.of(args[0]);
    Path evalDir = Path.of(args[1]);
    boolean showMisses = args.length > 2 && args[2].equals("misses");
    List<KnownItem> items = knownItems(evalDir.resolve("dev-known-item.jsonl"));
    List<String> broad = Files.readAllLines(evalDir.resolve("broad-queries.txt")).stream().filter(s -> !s.isBlank()).toList();
    try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      ArticleSearch search = new ArticleSearch(Ranking.DEFAULT, Duration.ofSeconds(2), null);
      Quality q = quality(search, searcher, items);
      System.out.printf("known-item: success@10 %.3f  MRR@10 %.3f  refused %d  (%d queries)%n", q.success(), q.mrr(), q.refused(), items.size());
      System.out.printf("broad: distinct clusters in top 10 %.2f%n", diversity(search, searcher, broad));
      latency(search, searcher, items, broad);
      if (showMisses) {
        q.misses().forEach(System.out::println);
      }
    }
  }

  static Quality quality(ArticleSearch search, IndexSearcher searcher, List<KnownItem> items) throws IOException {
    double found = 0;
    double reciprocal = 0;
    int refused = 0;
    List<String> misses = new ArrayList<>();
    for (KnownItem item : items) {
      List<Hit> hits;
      try {
        hits = search.search(searcher, SearchRequest.of(item.query())).hits();
      } catch (BadQueryException e) {
        refused++;
        misses.add("REFUSED " + item.query() + " : " + e.getMessage());
        continue;
      }
      int rank = 0;
      for (int i = 0; i < hits.size(); i++) {
        if (item.relevant().contains(hits.get(i).url())) {
          rank = i + 1;
          break;
        }
      }
      if (rank > 0) {
        found++;
        reciprocal += 1.0 / rank;
      } else {
        misses.add("MISS " + item.query() + " -> " + (hits.isEmpty() ? "(no hits)" : hits.get(0).url()) + " want " + item.relevant().iterator().next());
      }
    }
    return new Quality(found / items.size(), reciprocal / items.size(), refused, misses);
  }

  static double diversity(ArticleSearch search, IndexSearcher searcher, List<String> queries) throws IOException {
    double sum = 0;
    for (String query : queries) {
      SearchResult result = search.search(searcher, SearchRequest.of(query));
      sum += result.hits().stream().map(Hit::cluster).distinct().count();
    }
    return sum / queries.size();
  }

  private static void latency(ArticleSearch search, IndexSearcher searcher, List<KnownItem> items, List<String> broad) throws IOException {
    List<String> queries = new ArrayList<>(broad);
    items.forEach(i -> queries.add(i.query()));
    for (int round = 0; round < 3; round++) { // warm up
      for (String q : queries) {
        run(search, searcher, SearchRequest.of(q));
      }
    }
    report("collapsed + facets", search, searcher, queries, q -> SearchRequest.of(q));
    report("broad only", search, searcher, broad, q -> SearchRequest.of(q));
    report("not collapsed", search, searcher, queries, q -> SearchRequest.of(q).withCollapse(false));
    report("tag filter (drill sideways)", search, searcher, queries, q -> SearchRequest.of(q).withTags(List.of("win10")));
    report("blank query, newest", search, searcher, List.of("", "", "", "", "", "", "", "", "", ""), q -> SearchRequest.of(q).withSort(SearchRequest.Sort.NEWEST));
  }

  private interface RequestMaker {
    SearchRequest make(String query);
  }

  private static void report(String label, ArticleSearch search, IndexSearcher searcher, List<String> queries, RequestMaker maker) throws IOException {
    long[] wall = new long[queries.size() * 3];
    long[] cpu = new long[wall.length];
    int n = 0;
    for (int round = 0; round < 3; round++) {
      for (String q : queries) {
        long start = System.nanoTime();
        long startCpu = THREADS.getCurrentThreadCpuTime();
        run(search, searcher, maker.make(q));
        cpu[n] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1000;
        wall[n++] = (System.nanoTime() - start) / 1000;
      }
    }
    Arrays.sort(wall, 0, n);
    Arrays.sort(cpu, 0, n);
    System.out.printf("%-28s wall p50 %6.2f p90 %6.2f p99 %6.2f ms | cpu p50 %6.2f p90 %6.2f p99 %6.2f max %6.2f ms%n", label,
        wall[n / 2] / 1000.0, wall[(int) (n * 0.9)] / 1000.0, wall[(int) (n * 0.99)] / 1000.0,
        cpu[n / 2] / 1000.0, cpu[(int) (n * 0.9)] / 1000.0, cpu[(int) (n * 0.99)] / 1000.0, cpu[n - 1] / 1000.0);
  }

  private static void run(ArticleSearch search, IndexSearcher searcher, SearchRequest request) throws IOException {
    try {
      search.search(searcher, request);
    } catch (BadQueryException e) {
      // counted by the quality figures
    }
  }

  static List<KnownItem> knownItems(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<KnownItem> items = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      Set<String> relevant = new HashSet<>();
      node.get("relevant").forEach(u -> relevant.add(u.asText()));
      items.add(new KnownItem(node.get("query").asText(), relevant));
    }
    return items;
  }
}
