package io.alsoread.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.alsoread.ingest.Article;
import io.alsoread.ingest.Link;
import io.alsoread.ingest.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.util.BytesRef;

/**
 * Stores an article (all but its body, which has a stored field of its own) as compact JSON, and
 * reads it back, so that display and rebuilding a document never need the source file. Jackson's
 * streaming API: every search reads the JSON of its hits, and a data-binding mapper would cost a
 * one-shot command more to set up than the search itself.
 */
public final class ArticleCodec {
  private static final JsonFactory JSON = new JsonFactory();

  private ArticleCodec() {}

  /** The article without its body, as UTF-8 JSON. */
  public static byte[] toJson(Article a) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeStringField("url", a.url());
      json.writeStringField("site", a.site());
      json.writeStringField("title", a.title());
      json.writeStringField("description", a.description());
      json.writeStringField("excerpt", a.excerpt());
      strings(json, "keywords", a.keywords());
      strings(json, "tags", a.tags());
      json.writeArrayFieldStart("categories");
      for (List<String> path : a.categories()) {
        strings(json, null, path);
      }
      json.writeEndArray();
      if (a.date() != null) {
        json.writeNumberField("date", a.date().toEpochMilli());
      }
      if (a.updated() != null) {
        json.writeNumberField("updated", a.updated().toEpochMilli());
      }
      json.writeStringField("thumbnail", a.thumbnail());
      json.writeArrayFieldStart("links");
      for (Link link : a.links()) {
        json.writeStartObject();
        json.writeStringField("url", link.url());
        json.writeStringField("title", link.title());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeFieldName("extra");
      value(json, a.extra());
      Source s = a.source();
      if (s != null) {
        json.writeObjectFieldStart("source");
        json.writeStringField("path", s.path().toString());
        json.writeStringField("root", s.root() == null ? null : s.root().toString());
        json.writeNumberField("modified", s.lastModified());
        json.writeNumberField("size", s.size());
        json.writeStringField("fingerprint", s.fingerprint());
        json.writeEndObject();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads back an article stored by {@link #toJson(Article)}, with its body. */
  @SuppressWarnings("unchecked")
  public static Article fromJson(BytesRef bytes, String body) {
    Map<String, Object> root;
    try (JsonParser json = JSON.createParser(bytes.bytes, bytes.offset, bytes.length)) {
      json.nextToken();
      root = (Map<String, Object>) read(json);
    } catch (IOException e) {
      throw damaged(e);
    }
    List<Link> links = new ArrayList<>();
    for (Object item : list(root.get("links"))) {
      Map<String, Object> link = (Map<String, Object>) item;
      links.add(new Link(text(link.get("url")), text(link.get("title"))));
    }
    Source source = null;
    if (root.get("source") instanceof Map<?, ?> s) {
      source = new Source(
          Path.of(text(s.get("path"))),
          s.get("root") == null ? null : Path.of(text(s.get("root"))),
          number(s.get("modified")),
          number(s.get("size")),
          text(s.get("fingerprint")));
    }
    return new Article(
        text(root.get("url")),
        text(root.get("site")),
        text(root.get("title")),
        text(root.get("description")),
        text(root.get("excerpt")),
        strings(root.get("keywords")),
        strings(root.get("tags")),
        categories(root.get("categories")),
        instant(root.get("date")),
        instant(root.get("updated")),
        text(root.get("thumbnail")),
        body,
        links,
        root.get("extra") instanceof Map<?, ?> extra ? (Map<String, Object>) extra : Map.of(),
        source);
  }

  /**
   * What a search hit shows of an article: the fields {@link #toJson} writes before the thumbnail,
   * links, extra front matter and source, which this reader never parses (they are most of the
   * JSON, and every hit of every search reads it).
   */
  public record Listing(String url, String site, String title, List<String> tags, List<List<String>> categories, Instant date) {}

  /** Reads the {@link Listing} of an article stored by {@link #toJson(Article)}. */
  @SuppressWarnings("unchecked")
  public static Listing listing(BytesRef bytes) {
    Map<String, Object> head = new HashMap<>();
    try (JsonParser json = JSON.createParser(bytes.bytes, bytes.offset, bytes.length)) {
      json.nextToken();
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        if (name.equals("thumbnail")) {
          break; // the first field after those a listing shows
        }
        json.nextToken();
        head.put(name, read(json));
      }
    } catch (IOException e) {
      throw damaged(e);
    }
    return new Listing(text(head.get("url")), text(head.get("site")), text(head.get("title")), strings(head.get("tags")),
        categories(head.get("categories")), instant(head.get("date")));
  }

  /**
   * The error of stored JSON that does not parse: only a damaged index holds such, and the
   * parser's own message (a byte and a position in a buffer) would not say so.
   */
  private static UncheckedIOException damaged(IOException e) {
    String detail = e instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.getMessage();
    return new UncheckedIOException(new CorruptIndexException("an article's stored JSON does not parse (" + detail + "); rebuild the index", "stored fields", e));
  }

  /** The category paths {@link #toJson} wrote as a list of lists of strings. */
  private static List<List<String>> categories(Object value) {
    List<List<String>> categories = new ArrayList<>();
    for (Object path : list(value)) {
      categories.add(strings(path));
    }
    return categories;
  }

  /** A time {@link #toJson} wrote as epoch millis, or null when it wrote none. */
  private static Instant instant(Object value) {
    return value == null ? null : Instant.ofEpochMilli(number(value));
  }

  /** Front matter values as JSON: dates as ISO-8601 text, other objects as their text. */
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
      case Date date -> json.writeString(date.toInstant().toString());
      case TemporalAccessor temporal -> json.writeString(temporal.toString());
      case Map<?, ?> map -> {
        json.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          json.writeFieldName(String.valueOf(entry.getKey()));
          value(json, entry.getValue());
        }
        json.writeEndObject();
      }
      case Collection<?> items -> {
        json.writeStartArray();
        for (Object item : items) {
          value(json, item);
        }
        json.writeEndArray();
      }
      default -> json.writeString(value.toString());
    }
  }

  /** The value at the parser's current token: maps, lists, strings, numbers, booleans and nulls. */
  private static Object read(JsonParser json) throws IOException {
    JsonToken token = json.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String name = json.currentName();
          json.nextToken();
          map.put(name, read(json));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> items = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(json));
        }
        return items;
      }
      case VALUE_STRING -> {
        return json.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return json.getNumberValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return json.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("unexpected " + token + " in stored article JSON");
    }
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    if (field == null) {
      json.writeStartArray();
    } else {
      json.writeArrayFieldStart(field);
    }
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> items ? items : List.of();
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    for (Object item : list(value)) {
      out.add(text(item));
    }
    return out;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }
}
