package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --json documents have the SPEC's shapes: one document on stdout with every named field. */
class JsonOutputTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path home;

  FakeEngine engine;
  CliRun cli;

  @BeforeEach
  void setUp() throws IOException {
    engine = new FakeEngine();
    cli = new CliRun(home, engine.opener());
  }

  private JsonNode json(int expectedExit, String... args) throws IOException {
    assertEquals(expectedExit, cli.run(args), cli.err());
    String out = cli.out();
    assertEquals(1, out.strip().lines().count(), "one compact document when piped: " + out);
    return MAPPER.readTree(out);
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void assertHasFields(JsonNode node, String... names) {
    assertTrue(fields(node).containsAll(List.of(names)), "expected " + List.of(names) + " in " + fields(node));
  }

  @Test
  void search() throws IOException {
    JsonNode root = json(0, "search", "printer", "--json", "--limit", "2");
    assertHasFields(root, "query", "total", "clusters", "took_ms", "hits", "facets");
    assertEquals("printer", root.get("query").asText());
    assertEquals(30, root.get("total").asLong());
    assertEquals(25, root.get("clusters").asLong());
    assertEquals(2, root.get("hits").size());
    JsonNode hit = root.get("hits").get(0);
    assertHasFields(hit, "url", "title", "site", "date", "tags", "categories", "score", "snippet", "cluster", "copies", "inlinks");
    assertEquals("2024-07-25T08:59:44.484Z", hit.get("date").asText());
    assertEquals("hardware", hit.get("categories").get(0).get(0).asText());
    assertEquals(3, hit.get("copies").asInt());
    assertEquals(12, hit.get("inlinks").asInt());
    assertTrue(hit.get("snippet").asText().contains("<em>printer</em>"));
    assertTrue(root.get("hits").get(1).get("date").isNull(), "undated is null");
    JsonNode facets = root.get("facets");
    assertEquals(Set.of("tag", "category", "site", "year"), fields(facets));
    assertEquals("win10", facets.get("tag").get(0).get("value").asText());
    assertEquals(20, facets.get("tag").get(0).get("count").asLong());
    assertEquals("[\"hardware\",\"tech\"]", facets.get("category").get(1).get("path").toString());
    assertEquals(12, facets.get("category").get(1).get("count").asLong());
    assertHasFields(facets.get("site").get(0), "value", "count");
    assertHasFields(facets.get("year").get(0), "value", "count");
    assertEquals("{\"tag\":43,\"category\":2,\"site\":1,\"year\":2}", root.get("facet_values").toString());
    assertEquals("[]", root.get("unknown_words").toString());
    cli.outBytes.reset();
    assertEquals("[\"xyzzy\"]", json(0, "search", "printer xyzzy", "--json").get("unknown_words").toString());
  }

  @Test
  void index() throws IOException {
    java.nio.file.Files.createDirectories(home.resolve("corpus"));
    engine.summary = FakeEngine.summary(1);
    JsonNode root = json(3, "index", "--json");
    assertHasFields(root, "added", "updated", "deleted", "unchanged", "rejected", "warnings", "articles", "millis", "errors");
    assertEquals(20, root.get("added").asLong());
    assertEquals(1, root.get("rejected").asLong());
    assertEquals(4, root.get("skipped").asLong());
    assertEquals(1, root.get("skipped_files").size());
    assertEquals("/crawl/tags/printer/index.html", root.get("skipped_files").get(0).get("path").asText());
    assertTrue(root.get("skipped_files").get(0).get("reason").asText().startsWith("listing page"));
    assertEquals(2, root.get("errors").size());
    assertHasFields(root.get("errors").get(0), "path", "message");
    assertEquals("", cli.err(), "the problems are in the document, not on stderr");
  }

  @Test
  void show() throws IOException {
    JsonNode root = json(0, "show", "https://example.com/post-1/", "--json");
    assertHasFields(root, "url", "title", "site", "date", "tags", "categories", "keywords", "description", "body", "cluster",
        "copies", "source", "links", "inbound");
    assertEquals(true, root.get("links").get(0).get("resolved").asBoolean());
    assertEquals(false, root.get("links").get(1).get("resolved").asBoolean());
    assertHasFields(root.get("links").get(0), "url", "title", "resolved");
    assertHasFields(root.get("inbound").get(0), "url", "title");
    assertEquals(4, root.get("extra").get("rating").asInt());
  }

  @Test
  void links() throws IOException {
    JsonNode root = json(0, "links", "https://example.com/post-1/", "--json");
    assertHasFields(root, "url", "out", "in");
    assertHasFields(root.get("out").get(0), "url", "title", "resolved");
    assertHasFields(root.get("in").get(0), "url", "title");
    cli.outBytes.reset();
    JsonNode inOnly = json(0, "links", "https://example.com/post-1/", "--json", "--in");
    assertEquals(0, inOnly.get("out").size());
    assertEquals(1, inOnly.get("in").size());
  }

  @Test
  void stats() throws IOException {
    JsonNode root = json(0, "stats", "--json");
    assertHasFields(root, "articles", "sites", "clusters", "links", "tags", "categories", "index_bytes", "last_commit");
    assertEquals(Set.of("total", "resolved", "dangling"), fields(root.get("links")));
    assertEquals("2024-07-25T08:59:44.484Z", root.get("last_commit").asText());
    assertHasFields(root.get("categories").get(0), "path", "count");
  }

  @Test
  void datesAlwaysHaveMilliseconds() {
    assertEquals("2024-07-25T08:59:44.000Z", JsonOutput.INSTANT.format(Instant.parse("2024-07-25T08:59:44Z")));
    assertEquals("2024-07-25T08:59:44.123Z", JsonOutput.INSTANT.format(Instant.parse("2024-07-25T08:59:44.123456Z")));
  }

  @Test
  void aTerminalGetsPrettyJsonWithoutColour() throws IOException {
    cli.outTerminal = true;
    assertEquals(0, cli.run("stats", "--json"));
    assertTrue(cli.out().lines().count() > 5);
    assertTrue(!cli.out().contains("\u001b"));
    MAPPER.readTree(cli.out());
  }
}
