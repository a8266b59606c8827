package io.alsoread.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Latency percentiles (nearest rank, milliseconds) and throughput of a pass over a query set, or
 * the figure-by-figure median of several passes.
 */
record Latencies(double p50, double p95, double p99, double max, double queriesPerSecond) {

  /** The figures of one pass: one latency per query (nanoseconds), and the pass's wall time. */
  static Latencies of(long[] nanos, long wallNanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(
        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
        sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6,
        wallNanos == 0 ? Double.NaN : sorted.length * 1e9 / wallNanos);
  }

  /** Each figure is the median of that figure over {@code passes}. */
  static Latencies median(List<Latencies> passes) {
    return new Latencies(
        median(passes, Latencies::p50), median(passes, Latencies::p95), median(passes, Latencies::p99),
        median(passes, Latencies::max), median(passes, Latencies::queriesPerSecond));
  }

  /** {@code p50 1.20 · p95 4.00 · p99 9.10 · max 30 ms}. */
  String summary() {
    return "p50 " + millis(p50) + " · p95 " + millis(p95) + " · p99 " + millis(p99) + " · max " + millis(max) + " ms";
  }

  static String millis(double value) {
    return value < 10 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.0f", value);
  }

  private static double percentile(long[] sorted, double percentile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  private static double median(List<Latencies> passes, ToDoubleFunction<Latencies> figure) {
    double[] values = passes.stream().mapToDouble(figure).sorted().toArray();
    if (values.length == 0) {
      return Double.NaN;
    }
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }
}
