package io.alsoread.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Splits a Markdown post into front matter and body, following Hexo (hexo-front-matter and its
 * post processor): YAML between {@code ---} lines or JSON between {@code ;;;} lines (see
 * {@link FrontMatterBlock} for the split), a UTF-8 BOM and CRLF accepted, tabs indenting YAML read
 * as two spaces. Front matter that YAML (or JSON) rejects is read by {@link LenientYaml} and a
 * warning names the file and line, so the post is still indexed. Stateless and thread-safe.
 *
 * <p>Field rules: {@code tags} (alias {@code tag}) and {@code keywords} are a list or one string;
 * one {@code tags} string is one tag, one {@code keywords} string is split at commas.
 * {@code categories} (alias {@code category}) follow Hexo's {@code setCategories}: a flat list is
 * one path, parent first; when any element is a list, every element is its own path (a scalar
 * element a one-level path). Dates: see {@link HexoDates}.
 */
public final class FrontMatterParser {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  private static final Set<String> KNOWN = Set.of(
      "title", "date", "updated", "tags", "categories", "keywords", "description", "excerpt", "thumbnail",
      "permalink", "url");

  /** The fields Hexo reads, by every name it reads them under ({@code tag} for {@code tags} ...). */
  private static final Set<String> FIELD_NAMES =
      Stream.concat(KNOWN.stream(), Stream.of("tag", "category")).collect(Collectors.toUnmodifiableSet());

  private FrontMatterParser() {}

  /**
   * Parses {@code text}, a post's whole decoded text.
   *
   * @param zone zone of dates without one (the site's {@code timezone}); null means UTC
   * @param path the file, named in warnings
   * @param warnings where warnings go
   */
  public static FrontMatter parse(String text, ZoneId zone, String path, List<Problem> warnings) {
    String content = SourceText.stripBom(text);
    FrontMatterBlock block = FrontMatterBlock.find(content);
    if (block == null) {
      return FrontMatter.none(content);
    }
    String data = block.data().indexOf('\r') >= 0 ? block.data().replace("\r\n", "\n").replace('\r', '\n') : block.data();
    String body = content.substring(block.bodyStart());
    Object loaded;
    if (block.json()) {
      loaded = loadJson(data);
      if (loaded == null) {
        if (!block.prefixed()) {
          return FrontMatter.none(content);
        }
        warnings.add(Problem.warning(path, "front matter is not valid JSON (lines " + block.firstLine() + "-"
            + (block.firstLine() + lineCount(data) - 1) + "); read line by line"));
        loaded = LenientYaml.read(data);
      }
    } else {
      try {
        loaded = YamlMaps.load(data);
      } catch (YamlEngineException e) {
        if (!block.prefixed() && !LenientYaml.readsAsFrontMatter(data, FIELD_NAMES)) {
          return FrontMatter.none(content); // text before a horizontal rule, not front matter
        }
        warnings.add(Problem.warning(path, "front matter is not valid YAML (" + YamlMaps.describe(e, block.firstLine())
            + "); read line by line"));
        loaded = LenientYaml.read(data);
      }
    }
    if (loaded instanceof Map<?, ?> map) {
      return fields(YamlMaps.asStringMap(map), zone, body, path, warnings);
    }
    if (loaded instanceof List<?> && block.prefixed()) {
      return FrontMatter.none(body);
    }
    if (block.prefixed() && data.isBlank()) {
      return FrontMatter.none(body);
    }
    // Hexo: data that is not a mapping (a scalar, a comment, nothing) is no front matter at all.
    return FrontMatter.none(content);
  }

  private static Object loadJson(String data) {
    for (String candidate : new String[] {"{" + data + "}", data}) {
      try {
        Object value = JSON.readValue(candidate, Object.class);
        if (value instanceof Map || value instanceof List) {
          return value;
        }
      } catch (JsonProcessingException e) {
        // try the next form: Hexo wraps the block in braces, some writers include them
      }
    }
    return null;
  }

  private static FrontMatter fields(Map<String, Object> map, ZoneId zone, String body, String path, List<Problem> warnings) {
    Map<String, Object> other = new LinkedHashMap<>(map);
    other.keySet().removeAll(KNOWN);
    Object tags = map.get("tags");
    if (tags == null && map.containsKey("tag")) {
      tags = other.remove("tag");
    }
    Object categories = map.get("categories");
    if (categories == null && map.containsKey("category")) {
      categories = other.remove("category");
    }
    warnIfMapping(path, "tags", tags, warnings);
    warnIfMapping(path, "categories", categories, warnings);
    warnIfMapping(path, "keywords", map.get("keywords"), warnings);
    return new FrontMatter(
        text(map.get("title")),
        HexoDates.parse(map.get("date"), zone),
        HexoDates.parse(map.get("updated"), zone),
        tags(tags),
        categories(categories),
        keywords(map.get("keywords")),
        text(map.get("description")),
        text(map.get("excerpt")),
        text(map.get("thumbnail")),
        text(map.get("permalink")),
        text(map.get("url")),
        other,
        body);
  }

  /** Values of a list field that are mappings hold no tag, category or keyword: the run says it ignored them. */
  private static void warnIfMapping(String path, String field, Object value, List<Problem> warnings) {
    boolean mapping = value instanceof Map
        || (value instanceof List<?> items && items.stream().anyMatch(item -> item instanceof Map
            || (item instanceof List<?> inner && inner.stream().anyMatch(Map.class::isInstance))));
    if (mapping) {
      warnings.add(Problem.warning(path, "front matter " + field + " holds a mapping (key: value), not a list of names; ignored it"));
    }
  }

  /** A scalar as text, stripped; null for absent, blank, lists and maps. */
  static String text(Object value) {
    if (value == null || value instanceof Map || value instanceof List) {
      return null;
    }
    String s = value.toString().strip();
    return s.isEmpty() ? null : s;
  }

  private static List<String> tags(Object value) {
    List<String> out = new ArrayList<>();
    addScalars(value, out);
    return out;
  }

  private static List<String> keywords(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      addScalars(list, out);
    } else {
      String s = text(value);
      if (s != null) {
        for (String part : s.split(",")) {
          String keyword = part.strip();
          if (!keyword.isEmpty()) {
            out.add(keyword);
          }
        }
      }
    }
    return out;
  }

  /** Every non-blank scalar in {@code value}, lists flattened in order. */
  private static void addScalars(Object value, List<String> out) {
    if (value instanceof List<?> list) {
      for (Object item : list) {
        addScalars(item, out);
      }
      return;
    }
    String s = text(value);
    if (s != null) {
      out.add(s);
    }
  }

  /** Hexo's {@code setCategories}. */
  private static List<List<String>> categories(Object value) {
    List<List<String>> paths = new ArrayList<>();
    if (value == null || value instanceof Map) {
      return paths;
    }
    List<?> items = value instanceof List<?> list ? list : List.of(value);
    boolean hierarchies = items.stream().anyMatch(item -> item instanceof List);
    if (!hierarchies) {
      List<String> path = new ArrayList<>();
      addScalars(items, path);
      if (!path.isEmpty()) {
        paths.add(path);
      }
      return paths;
    }
    for (Object item : items) {
      List<String> path = new ArrayList<>();
      addScalars(item, path);
      if (!path.isEmpty()) {
        paths.add(path);
      }
    }
    return paths;
  }

  private static int lineCount(String data) {
    int lines = 1;
    for (int i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1)) {
      lines++;
    }
    return lines;
  }
}
