package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

  @Test
  void wrapsAtSpacesWithinTheWidth() {
    assertEquals(List.of("the quick", "brown fox", "jumps"), Layout.wrap("the quick brown fox jumps", 10));
  }

  @Test
  void breaksWordsLongerThanALine() {
    assertEquals(List.of("abcde", "fghij", "k"), Layout.wrap("abcdefghijk", 5));
  }

  @Test
  void collapsesWhiteSpaceAndLineBreaks() {
    assertEquals(List.of("a b c"), Layout.wrap("  a \n\t b\u00a0 c  ", 80));
    assertEquals(List.of(), Layout.wrap("   ", 80));
  }

  @Test
  void measuresWideCharactersAsTwoColumns() {
    assertEquals(4, Layout.width("日本"));
    assertEquals(List.of("日本", "語"), Layout.wrap("日本語", 5));
  }

  @Test
  void truncatesWithAnEllipsis() {
    assertEquals("abcd…", Layout.truncate("abcdefgh", 5));
    assertEquals("abc", Layout.truncate("abc", 5));
    assertTrue(Layout.width(Layout.truncate("日本語日本語", 5)) <= 5);
  }

  @Test
  void formatsNumbersSizesAndDurations() {
    assertEquals("47,722", Layout.count(47722));
    for (long n : new long[] {0, 7, 999, 1000, 12345, 100000, 1234567, -1, -999, -1000, -1234567, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertEquals(String.format(java.util.Locale.ROOT, "%,d", n), Layout.count(n));
    }
    assertEquals(" 7. ", Layout.listNumber(7, 2));
    assertEquals("10. ", Layout.listNumber(10, 2));
    assertEquals("123. ", Layout.listNumber(123, 2));
    assertEquals("2024-07-25", Layout.day(java.time.Instant.parse("2024-07-25T23:59:59Z")));
    assertEquals("1 copy", Layout.counted(1, "copy", "copies"));
    assertEquals("2 copies", Layout.counted(2, "copy", "copies"));
    assertEquals("512 B", Layout.bytes(512));
    assertEquals("1.5 KB", Layout.bytes(1536));
    assertEquals("819 MB", Layout.bytes(819L * 1024 * 1024));
    assertEquals("850 ms", Layout.duration(850));
    assertEquals("3.2 s", Layout.duration(3200));
    assertEquals("2 min 05 s", Layout.duration(125_000));
  }

  @Test
  void datesAreUtcDays() {
    assertEquals("2024-07-25", Layout.day(Instant.parse("2024-07-25T23:59:59Z")));
    assertEquals("undated", Layout.day(null));
  }

  @Test
  void controlCharactersArePrintedAsTheirPictures() {
    assertEquals("\u241b[31mred", Layout.printable("\u001b[31mred"));
    assertEquals("a\u2409b\u2421", Layout.printable("a\tb\u007f"));
    String plain = "printer “offline” é";
    assertSame(plain, Layout.printable(plain));
  }

  @Test
  void terminalSafeLinesKeepLayoutAndOwnStylesOnly() {
    String own = Style.ANSI.title("Title") + "\t" + Style.ANSI.match("word") + "\n";
    assertSame(own, Layout.terminalSafe(own, Style.ANSI));
    assertEquals("\u241b[1;36mTitle\u241b[0m", Layout.terminalSafe(Style.ANSI.title("Title"), Style.PLAIN), "no escape without colour");
    assertEquals("Evil \u241b]0;PWNED\u2407 \u241b[2J \u241b[5mblink \u240dback \ufffdcsi",
        Layout.terminalSafe("Evil \u001b]0;PWNED\u0007 \u001b[2J \u001b[5mblink \rback \u009bcsi", Style.ANSI));
    assertEquals("\ufffd", Layout.printable("\u0085"), "C1 controls too");
  }
}
