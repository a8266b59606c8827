package io.alsoread.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alsoread.AlsoRead;
import io.alsoread.BadQueryException;
import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Search quality of any known-item sets in the eval format (the dev set, held-out sets from
 * {@link HeldOutSet}) side by side, and the broad queries' diversity, without the latency passes of
 * {@link QueryBench}; optionally each query's outcome as JSON lines, to study the misses.
 * Not a test: {@code java -cp classes:test-classes:lib/* io.alsoread.bench.KnownItemQuality --help}.
 */
@Command(name = "KnownItemQuality", mixinStandardHelpOptions = true, description = "success@10 and MRR@10 of known-item sets.")
public final class KnownItemQuality implements Callable<Integer> {
  /** How deep to look for a relevant hit that missed the top 10, for the details. */
  private static final int DEEP = 100;

  @Option(names = "--index", required = true, description = "The index to search.")
  Path indexDir;

  @Option(names = "--known", required = true, description = "Known-item sets (JSON lines: query, relevant); repeatable.")
  List<Path> knownFiles;

  @Option(names = "--broad", description = "Broad queries, one a line: also report their distinct clusters in the top 10.")
  Path broadFile;

  @Option(names = "--details", description = "Folder to write, for each known-item set, its queries' ranks and top hits (JSON lines).")
  Path detailsDir;

  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  public static void main(String[] args) {
    System.exit(new CommandLine(new KnownItemQuality()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    try (AlsoRead index = AlsoRead.open(indexDir)) {
      for (Path file : knownFiles) {
        List<KnownItem> items = KnownItem.read(file);
        Quality quality = Quality.knownItems(index, items);
        out.printf(Locale.ROOT, "%-40s %4d queries  success@10 %.3f  MRR@10 %.3f  refused %d%n", file.getFileName(), quality.knownItems(),
            quality.successAt10(), quality.mrrAt10(), quality.refused());
        if (detailsDir != null) {
          Files.createDirectories(detailsDir);
          writeDetails(index, items, detailsDir.resolve(file.getFileName().toString().replaceFirst("\\.jsonl$", "") + ".ranks.jsonl"));
        }
      }
      if (broadFile != null) {
        List<String> broad = Files.readAllLines(broadFile, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        out.printf(Locale.ROOT, "%-40s %4d queries  distinct clusters in top 10 %.2f%n", broadFile.getFileName(), broad.size(),
            Quality.meanDistinctClusters(index, broad, true));
      }
    }
    return 0;
  }

  /** One line a query: its rank in the top 10 and in the top {@value #DEEP}, and the first hits, as the search answered. */
  private static void writeDetails(AlsoRead index, List<KnownItem> items, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (KnownItem item : items) {
        ObjectNode line = json.createObjectNode();
        line.put("query", item.query());
        line.put("relevant", item.relevant().size());
        line.put("rank", Quality.rankAt10(index, item));
        try {
          SearchResult result = index.search(SearchRequest.of(item.query()).withPage(DEEP, 0).withCollapse(true));
          line.put("total", result.total());
          line.put("deep_rank", deepRank(result.hits(), item));
          line.put("unknown_words", String.join(" ", result.unknownWords()));
          ArrayNode top = line.putArray("top");
          result.hits().stream().limit(3).forEach(hit -> top.addObject().put("url", hit.url()).put("title", hit.title())
              .put("relevant", item.relevant().contains(hit.url())).put("snippet", hit.snippet()));
        } catch (BadQueryException e) {
          line.put("refused", e.getMessage());
        }
        writer.write(json.writeValueAsString(line));
        writer.newLine();
      }
    }
  }

  private static int deepRank(List<Hit> hits, KnownItem item) {
    for (int rank = 0; rank < hits.size(); rank++) {
      if (item.relevant().contains(hits.get(rank).url())) {
        return rank + 1;
      }
    }
    return 0;
  }
}
