package io.alsoread.bench;

import io.alsoread.AlsoRead;
import io.alsoread.BadQueryException;
import io.alsoread.SearchRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Query latency and throughput over the library API on a built index, single-threaded and with
 * more threads, after warm-up; plus the quality figures of the eval sets the query set comes from.
 * Prints markdown table rows ({@code | figure | value | notes |}) on stdout for {@code bench/run}.
 * Not a test (surefire never runs it): {@code java -cp classes:test-classes:lib/* io.alsoread.bench.QueryBench}.
 */
@Command(name = "QueryBench", mixinStandardHelpOptions = true, description = "Times searches over an alsoread index.")
public final class QueryBench implements Callable<Integer> {

  @Option(names = "--index", required = true, description = "The index to search.")
  Path indexDir;

  @Option(names = "--known", required = true, description = "Known-item queries (JSON lines: query, relevant).")
  Path knownFile;

  @Option(names = "--broad", required = true, description = "Broad queries, one a line.")
  Path broadFile;

  @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts to run with (default: ${DEFAULT-VALUE}).")
  int[] threadCounts;

  @Option(names = "--warmup", defaultValue = "2", description = "Untimed passes over the set before each mode's timed passes.")
  int warmupPasses;

  @Option(names = "--runs", defaultValue = "3", description = "Timed passes per mode; each figure is their median.")
  int runs;

  @Option(names = "--quality", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Report success@10, MRR@10 and broad-query diversity (off for synthetic crawls, whose URLs the eval set does not know).")
  boolean quality;

  /** What a mode changes in each request: the page is always the first 10 hits. */
  private enum Mode {
    PLAIN("plain", false, false),
    FACETS("facets", false, true),
    COLLAPSE("collapse", true, false),
    ALL("all together", true, true);

    final String label;
    final boolean collapse;
    final boolean facets;

    Mode(String label, boolean collapse, boolean facets) {
      this.label = label;
      this.collapse = collapse;
      this.facets = facets;
    }
  }

  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  public static void main(String[] args) {
    System.exit(new CommandLine(new QueryBench()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<KnownItem> knownItems = KnownItem.read(knownFile);
    List<String> broad = Files.readAllLines(broadFile, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    try (AlsoRead index = AlsoRead.open(indexDir)) {
      List<BenchQuery> queries = QuerySet.build(index, knownItems, broad);
      row("(d) query set", describe(queries),
          "built at run time from the eval sets and the index's facet values; " + warmupPasses + " warm-up + "
              + runs + " timed passes per mode and thread count, each figure the median of the timed passes; index of "
              + String.format(Locale.ROOT, "%,d", index.size()) + " articles");
      reportRefused(index, queries);
      if (quality) {
        progress("quality passes");
        reportQuality(index, knownItems, broad);
      }
      for (int threadCount : threadCounts) {
        try (LatencyRun run = new LatencyRun(index, threadCount)) {
          Map<Mode, List<LatencyRun.Pass>> passes = measure(run, queries, threadCount);
          reportModes(passes, threadCount);
          if (threadCount == 1) {
            reportKinds(queries, passes.get(Mode.ALL));
            reportSlowest(queries, passes.get(Mode.ALL));
          }
        }
      }
    }
    return 0;
  }

  /** Warm-up passes of every mode, then the timed passes with the modes taking turns, so that drifting machine load hits them alike. */
  private Map<Mode, List<LatencyRun.Pass>> measure(LatencyRun run, List<BenchQuery> queries, int threadCount) throws InterruptedException {
    Map<Mode, List<SearchRequest>> requests = new EnumMap<>(Mode.class);
    Map<Mode, List<LatencyRun.Pass>> timed = new EnumMap<>(Mode.class);
    for (Mode mode : Mode.values()) {
      requests.put(mode, queries.stream().map(q -> q.request().withPage(10, 0).withCollapse(mode.collapse).withFacets(mode.facets)).toList());
      timed.put(mode, new ArrayList<>());
    }
    for (int i = 0; i < warmupPasses; i++) {
      for (Mode mode : Mode.values()) {
        progress("warm-up " + (i + 1) + "/" + warmupPasses + ", " + mode.label + ", " + threads(threadCount));
        run.pass(requests.get(mode));
      }
    }
    for (int i = 0; i < runs; i++) {
      for (Mode mode : Mode.values()) {
        progress("timed pass " + (i + 1) + "/" + runs + ", " + mode.label + ", " + threads(threadCount));
        timed.get(mode).add(run.pass(requests.get(mode)));
      }
    }
    return timed;
  }

  private void reportQuality(AlsoRead index, List<KnownItem> knownItems, List<String> broad) throws IOException {
    Quality known = Quality.knownItems(index, knownItems);
    row("quality: known-item success@10", String.format(Locale.ROOT, "%.3f", known.successAt10()),
        known.knownItems() + " queries, collapsed, any relevant URL in the top 10" + refusedNote(known.refused()));
    row("quality: known-item MRR@10", String.format(Locale.ROOT, "%.3f", known.mrrAt10()), "reciprocal rank of the first relevant hit, 0 past rank 10");
    row("quality: broad distinct clusters in top 10",
        String.format(Locale.ROOT, "%.2f collapsed · %.2f with --all",
            Quality.meanDistinctClusters(index, broad, true), Quality.meanDistinctClusters(index, broad, false)),
        broad.size() + " broad queries; best possible 9.78 on the 7-site crawl");
    Quality.Mistyped mistyped = Quality.mistyped(index, knownItems);
    row("quality: mistyped headings", String.format(Locale.ROOT, "%d of %d suggestions restore the heading; top 10 finds %d as mistyped, %d by the suggestion",
            mistyped.restored(), mistyped.suggested(), mistyped.foundAsTyped(), mistyped.foundSuggested()),
        mistyped.headings() + " known-item headings with a word of 6+ letters, its 4th letter left out");
    List<Quality.Slips> slips = Quality.slips(index, knownItems);
    row("quality: typing slips", slips.stream().map(kind -> String.format(Locale.ROOT, "%s %d/%d", kind.slip().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            kind.restored(), kind.mistyped())).collect(java.util.stream.Collectors.joining(" · ")),
        "suggestions that restore the heading, by kind of slip in its longest word (6+ letters, after the first letter), of the headings where the slip makes an unknown word");
  }

  /** One untimed pass that names the queries the engine refuses; they stay in the set (a refusal is an answer too). */
  private void reportRefused(AlsoRead index, List<BenchQuery> queries) throws IOException {
    progress("checking the query set");
    List<String> refused = new ArrayList<>();
    for (BenchQuery query : queries) {
      try {
        index.search(query.request());
      } catch (BadQueryException e) {
        refused.add("`" + cell(query.describe()) + "`: " + cell(e.getMessage()));
      }
    }
    row("(d) refused queries", Integer.toString(refused.size()),
        refused.isEmpty() ? "every query of the set is answered" : String.join(" · ", refused.subList(0, Math.min(5, refused.size()))));
  }

  private void reportModes(Map<Mode, List<LatencyRun.Pass>> passes, int threadCount) {
    for (Mode mode : Mode.values()) {
      Latencies figures = median(passes.get(mode));
      String what = switch (mode) {
        case PLAIN -> "limit 10, no collapse, no facets";
        case FACETS -> "limit 10, tag, category, site and year facets counted, no collapse";
        case COLLAPSE -> "limit 10, collapse on, no facets";
        case ALL -> "limit 10, collapse and the four facets (the defaults), plus each query's own filters and sort";
      };
      row("(d) " + mode.label + ", " + threads(threadCount), figures.summary() + "; " + qps(figures), what + refusedNote(passes.get(mode)));
    }
  }

  /** Per-class latencies of the collapsed single-thread passes. */
  private void reportKinds(List<BenchQuery> queries, List<LatencyRun.Pass> passes) {
    List<String> parts = new ArrayList<>();
    for (BenchQuery.Kind kind : BenchQuery.Kind.values()) {
      int[] members = IntStream.range(0, queries.size()).filter(i -> queries.get(i).kind() == kind).toArray();
      if (members.length == 0) {
        continue;
      }
      List<Latencies> perPass = passes.stream().map(pass -> {
        long[] nanos = Arrays.stream(members).mapToLong(i -> pass.nanos()[i]).toArray();
        return Latencies.of(nanos, 0);
      }).toList();
      Latencies figures = Latencies.median(perPass);
      parts.add(kind.label + " (" + members.length + ") p50 " + Latencies.millis(figures.p50()) + " / p95 " + Latencies.millis(figures.p95())
          + " / max " + Latencies.millis(figures.max()));
    }
    row("(d) all together by query class, 1 thread", String.join(" · ", parts) + " ms", "same passes as the all-together row");
  }

  /** The queries with the highest median latency over the collapsed single-thread passes. */
  private void reportSlowest(List<BenchQuery> queries, List<LatencyRun.Pass> passes) {
    long[] medians = new long[queries.size()];
    for (int i = 0; i < medians.length; i++) {
      int query = i;
      long[] times = passes.stream().mapToLong(pass -> pass.nanos()[query]).sorted().toArray();
      medians[i] = times[times.length / 2];
    }
    List<String> slowest = IntStream.range(0, medians.length).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> medians[i]).reversed())
        .limit(5)
        .map(i -> "`" + cell(queries.get(i).describe()) + "` " + Latencies.millis(medians[i] / 1e6))
        .toList();
    row("(d) slowest queries, collapse, 1 thread", String.join(" · ", slowest) + " ms", "median over the timed passes");
  }

  private static Latencies median(List<LatencyRun.Pass> passes) {
    return Latencies.median(passes.stream().map(LatencyRun.Pass::latencies).toList());
  }

  private static String qps(Latencies figures) {
    return String.format(Locale.ROOT, "%.0f QPS", figures.queriesPerSecond());
  }

  private static String refusedNote(List<LatencyRun.Pass> passes) {
    return refusedNote(passes.stream().mapToInt(LatencyRun.Pass::refused).max().orElse(0));
  }

  private static String refusedNote(int refused) {
    return refused == 0 ? "" : "; " + refused + " queries refused (bad or too expensive)";
  }

  private static String describe(List<BenchQuery> queries) {
    Map<BenchQuery.Kind, Integer> counts = new EnumMap<>(BenchQuery.Kind.class);
    queries.forEach(q -> counts.merge(q.kind(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((kind, count) -> parts.add(count + " " + kind.label));
    return queries.size() + " queries: " + String.join(", ", parts);
  }

  /** Text safe inside a markdown table cell and a code span. */
  private static String cell(String text) {
    String shown = text.length() > 90 ? text.substring(0, 87) + "..." : text;
    return shown.replace("|", "\\|").replace("`", "'").replace('\n', ' ');
  }

  private static String threads(int count) {
    return count == 1 ? "1 thread" : count + " threads";
  }

  private void row(String figure, String value, String notes) {
    out.println("| " + figure + " | " + value + " | " + notes + " |");
  }

  private static void progress(String message) {
    System.err.println("QueryBench: " + message);
  }
}
