package io.alsoread.cli;

import io.alsoread.AlsoRead;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The REPL's commands and query fields, as {@code :help} lists them and TAB completes them. */
final class ReplHelp {

  /** Commands with their arguments and a description. */
  static final Map<String, String> COMMANDS = commands();

  /** Fields a query can name (the search's user field names, in the order help lists them). */
  static final List<String> FIELDS = AlsoRead.queryFields();

  private ReplHelp() {}

  static void print(HumanOutput out) {
    out.wrapped(0, "Type a query (Lucene syntax: \"phrases\", AND/OR/NOT, field:value, prefix*, fuzzy~) or a command:");
    int width = COMMANDS.keySet().stream().mapToInt(String::length).max().orElse(10);
    for (Map.Entry<String, String> command : COMMANDS.entrySet()) {
      out.field("  " + command.getKey(), width + 2, command.getValue());
    }
    out.wrapped(0, "Fields: " + String.join(", ", FIELDS) + ". TAB completes commands, fields and facet values.");
    out.flush();
  }

  private static Map<String, String> commands() {
    Map<String, String> commands = new LinkedHashMap<>();
    commands.put(":tag", "[V] — filter on tag V (again: any of them); alone: list the tags of this search");
    commands.put(":category", "[PATH] — filter on category PATH like hardware/tech; alone: list them");
    commands.put(":site", "[S] — filter on site S; alone: list the sites");
    commands.put(":year", "[Y] — filter on year Y; alone: list the years");
    commands.put(":clear", "[tag|category|site|year] — drop every filter, or one facet's");
    commands.put(":sort", "relevance|newest|oldest — change the order");
    commands.put(":all", "show every copy of an article");
    commands.put(":collapse", "one hit per content cluster (the default)");
    commands.put(":next", "next page of hits");
    commands.put(":prev", "previous page of hits");
    commands.put(":limit", "N — hits per page");
    commands.put(":show", "N|URL — every field and the links of hit N");
    commands.put(":links", "N|URL — links out of and into hit N");
    commands.put(":stats", "figures about the index");
    commands.put(":reindex", "[PATH...] — index PATH in the background; alone: what the index was built from");
    commands.put(":help", "this list");
    commands.put(":quit", "leave (Ctrl-D too)");
    return Collections.unmodifiableMap(commands);
  }
}
