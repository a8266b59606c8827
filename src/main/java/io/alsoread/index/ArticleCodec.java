package io.alsoread.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alsoread.ingest.Article;
import io.alsoread.ingest.Link;
import io.alsoread.ingest.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;

/**
 * Stores an article (all but its body, which has a stored field of its own) as compact JSON, and
 * reads it back, so that display and rebuilding a document never need the source file.
 */
public final class ArticleCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleCodec() {}

  /** The article without its body, as UTF-8 JSON. */
  public static byte[] toJson(Article a) {
    ObjectNode root = JSON.createObjectNode();
    root.put("url", a.url());
    root.put("site", a.site());
    root.put("title", a.title());
    root.put("description", a.description());
    root.put("excerpt", a.excerpt());
    strings(root.putArray("keywords"), a.keywords());
    strings(root.putArray("tags"), a.tags());
    ArrayNode categories = root.putArray("categories");
    for (List<String> path : a.categories()) {
      strings(categories.addArray(), path);
    }
    if (a.date() != null) {
      root.put("date", a.date().toEpochMilli());
    }
    if (a.updated() != null) {
      root.put("updated", a.updated().toEpochMilli());
    }
    root.put("thumbnail", a.thumbnail());
    ArrayNode links = root.putArray("links");
    for (Link link : a.links()) {
      links.addObject().put("url", link.url()).put("title", link.title());
    }
    root.set("extra", JSON.valueToTree(a.extra()));
    Source s = a.source();
    if (s != null) {
      ObjectNode source = root.putObject("source");
      source.put("path", s.path().toString());
      source.put("root", s.root() == null ? null : s.root().toString());
      source.put("modified", s.lastModified());
      source.put("size", s.size());
      source.put("fingerprint", s.fingerprint());
    }
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads back an article stored by {@link #toJson(Article)}, with its body. */
  public static Article fromJson(BytesRef json, String body) {
    JsonNode root;
    try {
      root = JSON.readTree(json.bytes, json.offset, json.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<String>> categories = new ArrayList<>();
    for (JsonNode path : root.path("categories")) {
      categories.add(strings(path));
    }
    List<Link> links = new ArrayList<>();
    for (JsonNode link : root.path("links")) {
      links.add(new Link(link.path("url").asText(), link.path("title").asText()));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> extra =
        root.has("extra") ? JSON.convertValue(root.get("extra"), LinkedHashMap.class) : Map.of();
    Source source = null;
    JsonNode s = root.get("source");
    if (s != null) {
      source =
          new Source(
              Path.of(s.path("path").asText()),
              s.hasNonNull("root") ? Path.of(s.get("root").asText()) : null,
              s.path("modified").asLong(),
              s.path("size").asLong(),
              s.path("fingerprint").asText());
    }
    return new Article(
        root.path("url").asText(),
        root.path("site").asText(),
        root.path("title").asText(),
        root.path("description").asText(),
        root.path("excerpt").asText(),
        strings(root.path("keywords")),
        strings(root.path("tags")),
        categories,
        root.has("date") ? Instant.ofEpochMilli(root.get("date").asLong()) : null,
        root.has("updated") ? Instant.ofEpochMilli(root.get("updated").asLong()) : null,
        root.path("thumbnail").asText(),
        body,
        links,
        extra,
        source);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
