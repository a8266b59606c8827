package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.IndexProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void showsFilesRateAndTimeLeft() {
    ProgressLine line = new ProgressLine();
    line.describe(new IndexProgress("parse", 0, 10_000, 1_000), 80);
    String text = line.describe(new IndexProgress("parse", 2_500, 10_000, 2_000), 80);
    assertTrue(text.startsWith("parse   [=======       "), text);
    assertTrue(text.endsWith("0:03 left"), text);
    assertTrue(text.contains("2,500/10,000 files"), text);
    assertTrue(text.contains("2,500/s"), text);
    assertTrue(text.contains("0:03 left"), text);
    assertTrue(Layout.width(text) <= 80, text);
  }

  @Test
  void anUnknownTotalHasNoBar() {
    String text = new ProgressLine().describe(new IndexProgress("scan", 120, -1, 500), 80);
    assertEquals("scan    120 files  0:00", text);
  }

  @Test
  void aPhaseOfOneStepShowsNoCountAndWritingCountsArticles() {
    ProgressLine line = new ProgressLine();
    assertEquals("merge   0:53", line.describe(new IndexProgress("merge", 0, 1, 53_000), 80));
    assertEquals("link    0:40", line.describe(new IndexProgress("link", 0, -1, 40_000), 80));
    assertTrue(line.describe(new IndexProgress("write", 5, 10, 60_000), 80).contains("5/10 articles"));
  }

  @Test
  void fitsANarrowTerminal() {
    String text = new ProgressLine().describe(new IndexProgress("write", 12_345, 47_722, 9_000), 40);
    assertTrue(Layout.width(text) <= 40, text);
  }

  @Test
  void clocks() {
    assertEquals("0:05", ProgressLine.clock(5));
    assertEquals("2:05", ProgressLine.clock(125));
    assertEquals("1:00:01", ProgressLine.clock(3601));
  }

  @Test
  void theBarRedrawsInPlaceAndClearsItself() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 80);
    bar.onProgress(new IndexProgress("parse", 1, 10, 10));
    bar.onProgress(new IndexProgress("parse", 2, 10, 20)); // within 100 ms: skipped
    bar.onProgress(new IndexProgress("parse", 10, 10, 30)); // finished: drawn
    bar.clear();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(3, out.split("\r\u001b\\[K", -1).length - 1, out);
    assertTrue(out.endsWith("\r\u001b[K"));
    assertTrue(!out.contains("\n"), "never a new line");
  }
}
