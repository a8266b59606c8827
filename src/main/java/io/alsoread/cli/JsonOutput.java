package io.alsoread.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.alsoread.AlsoRead;
import io.alsoread.ArticleView;
import io.alsoread.CategoryCount;
import io.alsoread.FacetValue;
import io.alsoread.Facets;
import io.alsoread.Hit;
import io.alsoread.InboundLink;
import io.alsoread.IndexStats;
import io.alsoread.IndexSummary;
import io.alsoread.LinkEntry;
import io.alsoread.Neighbourhood;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON documents of the {@code --json} output, in the shapes the SPEC names (extra fields
 * are allowed there; every named one is always written). Streams with Jackson's generator: one-shot
 * commands should not pay for data binding.
 */
final class JsonOutput {

  /** ISO 8601 UTC with milliseconds, as the SPEC shows: 2024-07-25T08:59:44.484Z. */
  static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final OutputStream out;
  private final boolean pretty;

  JsonOutput(OutputStream out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
  }

  /** Writes one document with {@code body}, then a line break. */
  private void document(Body body) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      body.write(json);
      json.writeRaw('\n');
    }
    out.flush();
  }

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  void search(SearchResult result, int offset, int limit) throws IOException {
    document(json -> {
      json.writeStartObject();
      json.writeStringField("query", result.query());
      json.writeNumberField("total", result.total());
      json.writeNumberField("clusters", result.clusters());
      json.writeNumberField("took_ms", result.tookMillis());
      stringArray(json, "unknown_words", result.unknownWords());
      json.writeStringField("suggestion", result.suggestion());
      json.writeNumberField("offset", offset);
      json.writeNumberField("limit", limit);
      json.writeArrayFieldStart("hits");
      for (Hit hit : result.hits()) {
        hit(json, hit);
      }
      json.writeEndArray();
      Facets facets = result.facets() == null ? Facets.NONE : result.facets();
      json.writeFieldName("facets");
      facets(json, facets);
      json.writeObjectFieldStart("facet_values"); // how many values each facet has; "facets" lists the top ones
      for (String dimension : AlsoRead.facetDimensions()) {
        json.writeNumberField(dimension, facets.distinct(dimension));
      }
      json.writeEndObject();
      json.writeEndObject();
    });
  }

  private static void hit(JsonGenerator json, Hit hit) throws IOException {
    json.writeStartObject();
    json.writeStringField("url", hit.url());
    json.writeStringField("title", hit.title());
    json.writeStringField("site", hit.site());
    instantField(json, "date", hit.date());
    stringArray(json, "tags", hit.tags());
    paths(json, "categories", hit.categories());
    json.writeNumberField("score", hit.score());
    json.writeStringField("snippet", hit.snippet());
    json.writeStringField("cluster", hit.cluster());
    json.writeNumberField("copies", hit.copies());
    json.writeNumberField("inlinks", hit.inlinks());
    json.writeEndObject();
  }

  private static void facets(JsonGenerator json, Facets facets) throws IOException {
    json.writeStartObject();
    values(json, "tag", facets.tags());
    categories(json, "category", facets.categories());
    values(json, "site", facets.sites());
    values(json, "year", facets.years());
    json.writeEndObject();
  }

  void index(IndexSummary summary) throws IOException {
    document(json -> {
      json.writeStartObject();
      json.writeNumberField("added", summary.added());
      json.writeNumberField("updated", summary.updated());
      json.writeNumberField("deleted", summary.deleted());
      json.writeNumberField("unchanged", summary.unchanged());
      json.writeNumberField("rejected", summary.rejected());
      json.writeNumberField("warnings", summary.warnings());
      json.writeNumberField("skipped", summary.skipped());
      json.writeNumberField("articles", summary.articles());
      json.writeNumberField("millis", summary.millis());
      json.writeArrayFieldStart("errors");
      for (IndexSummary.Issue issue : summary.errors()) {
        json.writeStartObject();
        json.writeStringField("path", issue.path());
        json.writeStringField("message", issue.message());
        json.writeStringField("kind", issue.rejected() ? "rejected" : "warning");
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("skipped_files");
      for (IndexSummary.Skip skip : summary.skips()) {
        json.writeStartObject();
        json.writeStringField("path", skip.path());
        json.writeStringField("reason", skip.reason());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  void article(ArticleView article) throws IOException {
    document(json -> {
      json.writeStartObject();
      json.writeStringField("url", article.url());
      json.writeStringField("title", article.title());
      json.writeStringField("site", article.site());
      json.writeStringField("description", article.description());
      json.writeStringField("excerpt", article.excerpt());
      stringArray(json, "keywords", article.keywords());
      stringArray(json, "tags", article.tags());
      paths(json, "categories", article.categories());
      instantField(json, "date", article.date());
      instantField(json, "updated", article.updated());
      json.writeStringField("thumbnail", article.thumbnail());
      json.writeStringField("cluster", article.cluster());
      stringArray(json, "copies", article.copies());
      json.writeStringField("source", article.source());
      json.writeFieldName("extra");
      value(json, article.extra() == null ? Map.of() : article.extra());
      json.writeStringField("body", article.body());
      outgoing(json, "links", article.links());
      inbound(json, "inbound", article.inbound());
      json.writeEndObject();
    });
  }

  void links(Neighbourhood links) throws IOException {
    document(json -> {
      json.writeStartObject();
      json.writeStringField("url", links.url());
      json.writeBooleanField("indexed", links.indexed());
      outgoing(json, "out", links.out());
      inbound(json, "in", links.in());
      json.writeEndObject();
    });
  }

  void stats(IndexStats stats) throws IOException {
    document(json -> {
      json.writeStartObject();
      json.writeNumberField("articles", stats.articles());
      json.writeNumberField("sites", stats.sites());
      json.writeNumberField("clusters", stats.clusters());
      json.writeObjectFieldStart("links");
      IndexStats.LinkCounts links = stats.links() == null ? new IndexStats.LinkCounts(0, 0, 0) : stats.links();
      json.writeNumberField("total", links.total());
      json.writeNumberField("resolved", links.resolved());
      json.writeNumberField("dangling", links.dangling());
      json.writeEndObject();
      values(json, "tags", stats.tags());
      categories(json, "categories", stats.categories());
      values(json, "hosts", stats.topHosts());
      json.writeNumberField("index_bytes", stats.indexBytes());
      instantField(json, "last_commit", stats.lastCommit());
      json.writeEndObject();
    });
  }

  /** Values of a facet as {@code {"values":[…]}}: what the REPL's completion sees, for scripts. */
  void strings(String field, List<String> values) throws IOException {
    document(json -> {
      json.writeStartObject();
      stringArray(json, field, values);
      json.writeEndObject();
    });
  }

  private static void outgoing(JsonGenerator json, String field, List<LinkEntry> links) throws IOException {
    json.writeArrayFieldStart(field);
    for (LinkEntry link : nonNull(links)) {
      json.writeStartObject();
      json.writeStringField("url", link.url());
      json.writeStringField("title", link.title());
      json.writeBooleanField("resolved", link.resolved());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void inbound(JsonGenerator json, String field, List<InboundLink> links) throws IOException {
    json.writeArrayFieldStart(field);
    for (InboundLink link : nonNull(links)) {
      json.writeStartObject();
      json.writeStringField("url", link.url());
      json.writeStringField("title", link.title());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void values(JsonGenerator json, String field, List<FacetValue> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (FacetValue value : nonNull(values)) {
      json.writeStartObject();
      json.writeStringField("value", value.value());
      json.writeNumberField("count", value.count());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void categories(JsonGenerator json, String field, List<CategoryCount> categories) throws IOException {
    json.writeArrayFieldStart(field);
    for (CategoryCount category : nonNull(categories)) {
      json.writeStartObject();
      stringArray(json, "path", category.path());
      json.writeNumberField("count", category.count());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void stringArray(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : nonNull(values)) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void paths(JsonGenerator json, String field, List<List<String>> paths) throws IOException {
    json.writeArrayFieldStart(field);
    for (List<String> path : nonNull(paths)) {
      json.writeStartArray();
      for (String part : path) {
        json.writeString(part);
      }
      json.writeEndArray();
    }
    json.writeEndArray();
  }

  private static void instantField(JsonGenerator json, String field, Instant instant) throws IOException {
    if (instant == null) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, INSTANT.format(instant));
    }
  }

  /** Any front matter value: maps, lists, scalars; dates in the output format, the rest as text. */
  private static void value(JsonGenerator json, Object value) throws IOException {
    switch (value) {
      case null -> json.writeNull();
      case String s -> json.writeString(s);
      case Boolean b -> json.writeBoolean(b);
      case Integer i -> json.writeNumber(i);
      case Long l -> json.writeNumber(l);
      case Double d -> json.writeNumber(d);
      case Float f -> json.writeNumber(f);
      case java.math.BigInteger big -> json.writeNumber(big);
      case java.math.BigDecimal big -> json.writeNumber(big);
      case Instant instant -> json.writeString(INSTANT.format(instant));
      case Date date -> json.writeString(INSTANT.format(date.toInstant()));
      case java.time.ZonedDateTime zoned -> json.writeString(INSTANT.format(zoned.toInstant()));
      case java.time.OffsetDateTime offset -> json.writeString(INSTANT.format(offset.toInstant()));
      case TemporalAccessor temporal -> json.writeString(temporal.toString());
      case Map<?, ?> map -> {
        json.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          json.writeFieldName(String.valueOf(entry.getKey()));
          value(json, entry.getValue());
        }
        json.writeEndObject();
      }
      case Collection<?> list -> {
        json.writeStartArray();
        for (Object item : list) {
          value(json, item);
        }
        json.writeEndArray();
      }
      default -> json.writeString(value.toString());
    }
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
