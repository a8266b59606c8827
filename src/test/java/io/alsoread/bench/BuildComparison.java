package io.alsoread.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Query latency of two builds of alsoread in one JVM: each build is loaded in a class loader of its
 * own and opened through its public facade on the same index, and every query is run by each build
 * in turn, the first changing every round. On a shared machine whose speed drifts within minutes,
 * this is the comparison that separates a change of a few percent from the drift. Prints one
 * markdown table on stdout.
 *
 * <p>Usage: {@code BuildComparison INDEX EVAL_DIR BUILD_A BUILD_B [NAME_A NAME_B]}, where a build is
 * a folder with the build's {@code classes/} and {@code lib/} (a Maven build folder), and the names
 * (the folders, unless given) label the builds in the table's note.
 */
public final class BuildComparison {
  private static final int WARMUP_ROUNDS = 4;
  private static final int TIMED_ROUNDS = 8;

  private BuildComparison() {}

  /** One build, opened on the index. */
  private record Build(String name, Object engine, Method search, Method of, Method withCollapse, Method withFacets) {
    static Build open(Path folder, Path index) throws Exception {
      List<URL> urls = new ArrayList<>();
      urls.add(folder.resolve("classes").toUri().toURL());
      try (Stream<Path> jars = Files.list(folder.resolve("lib"))) {
        for (Path jar : jars.sorted().toList()) {
          urls.add(jar.toUri().toURL());
        }
      }
      ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      Class<?> facade = loader.loadClass("io.alsoread.AlsoRead");
      Class<?> request = loader.loadClass("io.alsoread.SearchRequest");
      return new Build(folder.toString(), facade.getMethod("open", Path.class).invoke(null, index), facade.getMethod("search", request),
          request.getMethod("of", String.class), request.getMethod("withCollapse", boolean.class), request.getMethod("withFacets", boolean.class));
    }

    /** Nanoseconds to answer {@code query}. */
    long time(String query, boolean collapse, boolean facets) throws Exception {
      Object request = withFacets.invoke(withCollapse.invoke(of.invoke(null, query), collapse), facets);
      long start = System.nanoTime();
      try {
        search.invoke(engine, request);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(name + " failed on '" + query + "': " + e.getCause(), e.getCause());
      }
      return System.nanoTime() - start;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 4 && args.length != 6) {
      System.err.println("usage: BuildComparison INDEX EVAL_DIR BUILD_A BUILD_B [NAME_A NAME_B]");
      System.exit(2);
    }
    Path index = Path.of(args[0]);
    List<String> queries = queries(Path.of(args[1]));
    Build[] builds = {Build.open(Path.of(args[2]), index), Build.open(Path.of(args[3]), index)};
    System.out.println("| mode | build | sum | p50 | p95 | p99 | max |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (boolean together : new boolean[] {false, true}) {
      long[][] best = bestOfRounds(builds, queries, together);
      long base = Arrays.stream(best[0]).sum();
      for (int b = 0; b < builds.length; b++) {
        long sum = Arrays.stream(best[b]).sum();
        Latencies figures = Latencies.of(best[b], 0);
        String change = b == 0 ? "" : String.format(Locale.ROOT, " (%+.0f%%)", 100.0 * (sum - base) / base);
        System.out.printf(Locale.ROOT, "| %s | %s | %.0f ms%s | %.2f | %.2f | %.2f | %.2f |%n", together ? "all together" : "plain",
            b == 0 ? "A" : "B", sum / 1e6, change, figures.p50(), figures.p95(), figures.p99(), figures.max());
      }
    }
    System.out.printf("%nA = %s, B = %s; %d queries (the known-item and broad eval sets), each figure the minimum of %d rounds "
        + "per query after %d warm-up rounds, milliseconds; plain: no collapse, no facets; all together: collapse and facets.%n",
        args.length == 6 ? args[4] : builds[0].name, args.length == 6 ? args[5] : builds[1].name, queries.size(), TIMED_ROUNDS, WARMUP_ROUNDS);
  }

  /** For each build and query, the fastest of the timed rounds. */
  private static long[][] bestOfRounds(Build[] builds, List<String> queries, boolean together) throws Exception {
    long[][] best = new long[builds.length][queries.size()];
    for (long[] row : best) {
      Arrays.fill(row, Long.MAX_VALUE);
    }
    for (int round = 0; round < WARMUP_ROUNDS + TIMED_ROUNDS; round++) {
      for (int q = 0; q < queries.size(); q++) {
        for (int k = 0; k < builds.length; k++) {
          int b = (round + k) % builds.length;
          long nanos = builds[b].time(queries.get(q), together, together);
          if (round >= WARMUP_ROUNDS) {
            best[b][q] = Math.min(best[b][q], nanos);
          }
        }
      }
    }
    return best;
  }

  private static List<String> queries(Path eval) throws IOException {
    List<String> queries = new ArrayList<>();
    for (KnownItem item : KnownItem.read(eval.resolve("dev-known-item.jsonl"))) {
      queries.add(item.query());
    }
    for (String line : Files.readAllLines(eval.resolve("broad-queries.txt"))) {
      if (!line.isBlank()) {
        queries.add(line.strip());
      }
    }
    return queries;
  }
}
