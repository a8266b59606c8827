package io.alsoread.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alsoread.ingest.Urls;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A known-item query of the eval set: a section heading and the normalised URLs of every article
 * whose body holds it.
 */
record KnownItem(String query, Set<String> relevant) {

  KnownItem {
    relevant = Set.copyOf(relevant);
  }

  /** Reads a JSON-lines file of {@code {"query": ..., "relevant": [url, ...]}} objects. */
  static List<KnownItem> read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<KnownItem> items = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        Set<String> urls = new HashSet<>();
        node.path("relevant").forEach(url -> urls.add(normalized(url.asText())));
        items.add(new KnownItem(node.path("query").asText(), urls));
      }
    }
    return items;
  }

  private static String normalized(String url) {
    String normal = Urls.normalize(url);
    return normal == null ? url : normal;
  }
}
