package io.alsoread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding example, compiled and run against the sample corpus; the code between the
 * "README example" comments is pasted into the README verbatim. The checks around it hold the
 * example to the figures of corpus/README.txt.
 */
class EmbeddingExampleTest {
  private static final String OFFLINE_FIX = "https://printfix.alsoread.test/printer-offline-fix/";

  @TempDir Path tmp;

  @Test
  void readmeExampleRunsAndPrintsWhatTheSampleHolds() throws IOException {
    Path indexDir = tmp.resolve("index"); // the README's is Path.of("index")
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ByteArrayOutputStream progressPrinted = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(progressPrinted, true, StandardCharsets.UTF_8));
    try {
      readmeExample(indexDir);
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }

    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    List<String> progress = progressPrinted.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(progress.containsAll(List.of("scan 0/-1", "parse 49/49", "write 49/49", "commit 0/1")), progress.toString());
    assertEquals("49 articles, 2 warnings, 0 rejected", lines.get(0));
    assertEquals("11 articles in 10 clusters", lines.get(1), "hardware › printers: 11 articles, two of copy group A");
    assertEquals("2024-09-10T07:45:19.820Z Connecting a Wireless Printer with the WPS Button (1 copies, 4 inbound links)", lines.get(2));
    assertEquals("2024-08-14T11:20:05.102Z Bring an Offline Printer Back Online in Windows 11 (2 copies, 3 inbound links)", lines.get(3));
    assertTrue(lines.get(7).startsWith("tag "), "tag facet counts follow the 5 hits: " + lines);
    assertTrue(lines.contains("no article has [offlne]; did you mean \"printer offline\"?"), lines.toString());
    assertTrue(lines.contains("Printer Shows Offline? Seven Checks That Bring It Back, copies "
        + "[https://netcare.alsoread.test/2024/09/05/why-your-printer-says-offline-on-wifi/, "
        + "https://printfix.alsoread.test/bring-an-offline-printer-back-online/]"), lines.toString());
    assertEquals(6, lines.stream().filter(l -> l.startsWith("-> ")).count(), "printer-offline-fix links to 6 articles: " + lines);
    assertTrue(lines.contains("-> https://printer-help.example/offline-printers-explained/ (dangling)"), lines.toString());
    assertEquals(6, lines.stream().filter(l -> l.startsWith("<- ")).count(), "6 articles link to printer-offline-fix: " + lines);
    assertTrue(lines.contains("<- https://printfix.alsoread.test/connect-a-wireless-printer-with-wps/ as \"Printer Offline? Try These Checks First\""),
        lines.toString());
  }

  /** The README's example; {@code indexDir} is {@code Path.of("index")} there. */
  private static void readmeExample(Path indexDir) throws IOException {
    // README example begin
    try (AlsoRead index = AlsoRead.openOrCreate(indexDir)) {
      // Index a crawl: incremental (true would rebuild from scratch), one commit at the end.
      IndexSummary summary = index.index(List.of(Path.of("corpus")), false,
          progress -> System.err.printf("%s %d/%d%n", progress.phase(), progress.done(), progress.total()));
      System.out.printf("%d articles, %d warnings, %d rejected%n", summary.articles(), summary.warnings(), summary.rejected());

      // Search: Lucene query syntax, facet filters, sort, paging; one hit per content cluster
      // unless .withCollapse(false).
      SearchResult result = index.search(SearchRequest.of("printer")
          .withCategories(List.of("hardware/printers"))
          .withSort(SearchRequest.Sort.NEWEST)
          .withPage(5, 0));
      System.out.printf("%d articles in %d clusters%n", result.total(), result.clusters());
      for (Hit hit : result.hits()) {
        System.out.printf("%s %s (%d copies, %d inbound links)%n", hit.date(), hit.title(), hit.copies(), hit.inlinks());
      }
      for (FacetValue tag : result.facets().tags()) {
        System.out.printf("tag %s: %d%n", tag.value(), tag.count());
      }
      // A plain query leaves out words no article holds, names them, and suggests what was likely meant.
      SearchResult typo = index.search(SearchRequest.of("printer offlne"));
      System.out.println("no article has " + typo.unknownWords() + "; did you mean \"" + typo.suggestion() + "\"?");

      // One article, and the link neighbourhood of any URL.
      String url = "https://printfix.alsoread.test/printer-offline-fix/";
      index.article(url).ifPresent(article -> System.out.println(article.title() + ", copies " + article.copies()));
      Neighbourhood links = index.links(url);
      links.out().forEach(link -> System.out.println("-> " + link.url() + (link.resolved() ? "" : " (dangling)")));
      links.in().forEach(link -> System.out.println("<- " + link.url() + " as \"" + link.title() + "\""));

      // Reindex after the crawl changed; searches keep running and see the new state once it commits.
      index.index(List.of(Path.of("corpus")), false, IndexListener.NONE);
    }
    // README example end
  }

  @Test
  void theReadmeShowsThisExampleVerbatimInACompleteProgram() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/alsoread/EmbeddingExampleTest.java"));
    String begin = "    // README example begin\n";
    String example = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("    // README example end"))
        .replace("AlsoRead.openOrCreate(indexDir)", "AlsoRead.openOrCreate(Path.of(\"index\"))");
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains("public class Example {\n  public static void main(String[] args) throws IOException {\n" + example + "  }\n}\n"),
        "README's Java API example differs from this test's");
  }

  @Test
  void searchOptionsOfTheExampleBehaveAsDocumented() throws IOException {
    try (AlsoRead index = AlsoRead.openOrCreate(tmp.resolve("index"))) {
      IndexSummary first = index.index(List.of(Path.of("corpus")), false, IndexListener.NONE);
      assertEquals(49, first.added());
      assertEquals(49, index.size());

      // Filters, newest first, paging.
      SearchRequest printers = SearchRequest.of("printer").withCategories(List.of("hardware/printers")).withSort(SearchRequest.Sort.NEWEST);
      SearchResult page1 = index.search(printers.withPage(5, 0));
      SearchResult page2 = index.search(printers.withPage(5, 5));
      assertTrue(page1.total() > 5 && page1.total() <= 11, "hardware › printers holds 11 articles: " + page1.total());
      assertEquals(5, page1.hits().size());
      List<Hit> both = new java.util.ArrayList<>(page1.hits());
      both.addAll(page2.hits());
      assertEquals(both.size(), both.stream().map(Hit::url).distinct().count(), "pages do not overlap");
      List<Instant> dates = both.stream().map(Hit::date).filter(java.util.Objects::nonNull).toList();
      assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates, "newest first across pages");
      for (Hit hit : both) {
        assertTrue(hit.categories().stream().anyMatch(path -> path.size() >= 2 && path.get(0).equals("hardware") && path.get(1).equals("printers")),
            hit.url() + " is in hardware › printers: " + hit.categories());
      }

      // Collapse: group A is one hit with 3 copies, or three hits with collapse off.
      SearchResult collapsed = index.search(SearchRequest.of("printer offline"));
      Hit top = collapsed.hits().get(0);
      assertEquals(3, top.copies(), "copy group A first, as one hit: " + top.url());
      SearchResult all = index.search(SearchRequest.of("printer offline").withCollapse(false));
      assertEquals(collapsed.total(), all.total());
      assertTrue(all.hits().size() >= collapsed.hits().size());
      assertEquals(3, all.hits().stream().filter(h -> h.cluster().equals(top.cluster())).count());

      // Facets as records; a tag filter OR-ed, counted drill-sideways.
      SearchResult wifi = index.search(SearchRequest.of("wifi").withTags(List.of("wifi")).withCollapse(false));
      assertEquals(7, wifi.total());
      assertTrue(wifi.facets().sites().stream().mapToLong(FacetValue::count).sum() >= 7);
      assertTrue(wifi.facets().tags().contains(new FacetValue("wifi", 7)), wifi.facets().tags().toString());
      List<CategoryCount> categories = index.search(SearchRequest.of("")).facets().categories();
      assertTrue(categories.contains(new CategoryCount(List.of("hardware", "printers"), 11)), categories.toString());
      assertEquals(List.of("printfix.alsoread.test", "netcare.alsoread.test", "clipstudio.alsoread.test", "gearbench.alsoread.test"),
          index.facetValues("site"));

      // An article and the links of an indexed and of an unindexed URL.
      ArticleView article = index.article("http://PrintFix.alsoread.test/printer-offline-fix").orElseThrow();
      assertEquals(OFFLINE_FIX, article.url());
      assertEquals(6, article.links().size());
      assertEquals(6, article.inbound().size());
      Neighbourhood about = index.links("https://printfix.alsoread.test/about/");
      assertFalse(about.indexed());
      assertTrue(about.out().isEmpty());
      assertEquals(1, about.in().size(), "the about page is a dangling target of one link");

      // Stats, and an unchanged reindex.
      IndexStats stats = index.stats();
      assertEquals(49, stats.articles());
      assertEquals(4, stats.sites());
      assertEquals(new IndexStats.LinkCounts(185, 163, 22), stats.links());
      IndexSummary again = index.index(List.of(Path.of("corpus")), false, IndexListener.NONE);
      assertEquals(49, again.unchanged());
      assertEquals(0, again.added() + again.updated() + again.deleted());
    }
  }
}
