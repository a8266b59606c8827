package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Human output: readable at the terminal's width, coloured only on a terminal that wants colour. */
class HumanOutputTest {

  private static final List<List<String>> COMMANDS = List.of(
      List.of("search", "printer"), List.of("show", "https://example.com/post-1/"),
      List.of("links", "https://example.com/post-1/"), List.of("stats"), List.of("search", "--help"));

  @TempDir
  Path home;

  CliRun cli;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliRun(home, new FakeEngine().opener());
  }

  private String run(List<String> args) {
    cli.outBytes.reset();
    assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
    return cli.out();
  }

  @Test
  void noEscapeCodesWhenStdoutIsNotATerminal() {
    for (List<String> command : COMMANDS) {
      assertFalse(run(command).contains("\u001b"), command.toString());
    }
  }

  @Test
  void noEscapeCodesWithNoColourOrADumbTerminal() {
    cli.outTerminal = true;
    cli.env.put("NO_COLOR", "1");
    for (List<String> command : COMMANDS) {
      assertFalse(run(command).contains("\u001b"), command.toString());
    }
    cli.env.remove("NO_COLOR");
    cli.env.put("TERM", "dumb");
    assertFalse(run(COMMANDS.get(0)).contains("\u001b"));
  }

  @Test
  void anEmptyNoColourDoesNotCount() {
    cli.outTerminal = true;
    cli.env.put("NO_COLOR", "");
    assertTrue(run(COMMANDS.get(0)).contains("\u001b[1;33mprinter\u001b[0m"), "matches highlighted");
  }

  @Test
  void searchShowsNumberedHitsWithMetadataSnippetAndFacets() {
    String out = run(List.of("search", "printer", "--limit", "2"));
    assertTrue(out.startsWith("“printer”: 30 articles in 25 clusters, showing 1–2"), out);
    assertTrue(out.contains("1. Fix printer offline, part 1\n"), out);
    assertTrue(out.contains("example.com · 2024-07-25 · 3 copies · linked from 12\n"), out);
    assertTrue(out.contains("When the printer is <offline> & stuck"), "snippet unescaped: " + out);
    assertTrue(out.contains("2. Fix printer offline, part 2\n"));
    assertTrue(out.contains("example.com · undated\n"));
    assertTrue(out.contains("tag       win10 (20)  printer (15)  windows 11 (4)  +40 more\n"), "+N more counts every value the facet has: " + out);
    assertTrue(out.contains("category  hardware (18)\n            tech (12)\n          os (7)\n"), out);
  }

  @Test
  void searchNamesTheWordsItLeftOut() {
    assertTrue(run(List.of("search", "printer xyzzy", "--limit", "1")).startsWith(
        "“printer xyzzy”: 30 articles in 25 clusters, showing 1–1 (7 ms)\nNo article has “xyzzy”: searched without it.\n\n1. "));
    assertFalse(run(List.of("search", "printer", "--limit", "1")).contains("No article has"));
    assertEquals("No article has “a”, “b” or “c”: searched without them.", SearchPrinter.unknownWords(List.of("a", "b", "c"), true, null));
    assertEquals("No article has “prnter”. Did you mean “printer”?", SearchPrinter.unknownWords(List.of("prnter"), false, "printer"));
    assertEquals("No article has “xyzzy”.", SearchPrinter.unknownWords(List.of("xyzzy"), false, null));
  }

  @Test
  void aLongQueryIsEchoedCut() {
    String query = "printer " + "word ".repeat(400);
    String header = run(List.of("search", query, "--limit", "1")).split("\n")[0];
    assertTrue(header.startsWith("“printer word word") && header.contains("…”: 30 articles"), header);
    assertTrue(Layout.width(header) < 120, header);
  }

  @Test
  void everyLineFitsTheWidth() {
    for (int width : new int[] {40, 60, 80}) {
      cli.width = width;
      for (List<String> command : COMMANDS.subList(0, 4)) {
        for (String line : run(command).split("\n")) {
          if (line.contains("://") || line.contains("/crawl/")) {
            continue; // URLs and paths are kept whole, to be copied
          }
          assertTrue(Layout.width(line) <= width, width + " columns: '" + line + "'");
        }
      }
    }
  }

  @Test
  void showListsFieldsBodyAndBothKindsOfLinks() {
    String out = run(List.of("show", "https://example.com/post-1/"));
    assertTrue(out.startsWith("Fix printer offline\nhttps://example.com/post-1/\n"), out);
    assertTrue(out.contains("categories   hardware / tech\n"), out);
    assertTrue(out.contains("First paragraph about the printer.\n\nSecond paragraph.\n"), out);
    assertTrue(out.contains("Also read (2 links, 1 resolved)"), out);
    assertTrue(out.contains("2. Gone post  [dangling]\n     https://gone.example.com/x/\n"), out);
    assertTrue(out.contains("Linked from (1)\n  1. Printer fix\n     https://example.com/linker/"), out);
  }

  @Test
  void statsShowsTheFigures() {
    String out = run(List.of("stats"));
    assertTrue(out.contains("articles      25\n"), out);
    assertTrue(out.contains("links         40 (30 resolved, 10 dangling)\n"), out);
    assertTrue(out.contains("last commit   2024-07-25 08:59 UTC\n"), out);
  }
}
