package io.alsoread.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Loads YAML the way Hexo front matter and configs need it: YAML 1.2 core schema (dates stay
 * strings, read by {@link HexoDates}), tabs that indent a line read as two spaces each, and every
 * value turned into plain Java data (strings, numbers, booleans, lists, maps with string keys).
 */
final class YamlMaps {
  /** Immutable, so shared; a {@link Load} is not thread-safe, so each call makes its own. */
  private static final LoadSettings SETTINGS = LoadSettings.builder().setSchema(new CoreSchema()).build();

  private YamlMaps() {}

  /** Loads one YAML document as plain data; throws {@link YamlEngineException} when YAML rejects it. */
  static Object load(String yaml) {
    return plain(new Load(SETTINGS).loadFromString(escapeTabs(yaml)));
  }

  /**
   * Loads a YAML mapping, or on a YAML error reads it with {@link LenientYaml} and adds a warning
   * naming the line. A document that is not a mapping gives an empty map.
   *
   * @param firstLine line number (1-based) of the text's first line in its file, for the warning
   */
  static Map<String, Object> loadOrLenient(String yaml, String path, int firstLine, List<Problem> warnings, String what) {
    try {
      return load(yaml) instanceof Map<?, ?> map ? asStringMap(map) : new LinkedHashMap<>();
    } catch (YamlEngineException e) {
      warnings.add(Problem.warning(path, what + " is not valid YAML (" + describe(e, firstLine) + "); read line by line"));
      return LenientYaml.read(yaml);
    }
  }

  /** "line N: problem" with N the line of the error in the file. */
  static String describe(YamlEngineException e, int firstLine) {
    if (e instanceof MarkedYamlEngineException marked) {
      Mark mark = marked.getProblemMark().or(marked::getContextMark).orElse(null);
      String problem = marked.getProblem() == null ? "" : marked.getProblem().strip();
      if (mark != null) {
        return "line " + (firstLine + mark.getLine()) + ": " + problem;
      }
      return problem;
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Hexo's escape: each tab that indents a line becomes two spaces, as YAML forbids tab indentation. */
  static String escapeTabs(String yaml) {
    if (yaml.indexOf('\t') < 0) {
      return yaml;
    }
    StringBuilder out = new StringBuilder(yaml.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (c == '\t' && lineStart) {
        out.append("  ");
        continue;
      }
      lineStart = c == '\n';
      out.append(c);
    }
    return out.toString();
  }

  /** A map {@link #load} returned, whose keys are strings already. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> asStringMap(Map<?, ?> loaded) {
    return (Map<String, Object>) loaded;
  }

  /** Plain data only: maps get string keys, YAML's other scalars (binary, sets) become strings or lists. */
  private static Object plain(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
      return out;
    }
    if (value instanceof Iterable<?> items) {
      List<Object> out = new ArrayList<>();
      items.forEach(item -> out.add(plain(item)));
      return out;
    }
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof byte[] bytes) {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
    return value.toString();
  }
}
