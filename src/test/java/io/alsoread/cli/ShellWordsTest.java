package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths typed after a REPL command, split as a shell splits them. */
class ShellWordsTest {

  @Test
  void blanksSeparateWords() {
    assertEquals(List.of("/tmp/a", "b"), ShellWords.split("  /tmp/a \t b ", null));
    assertEquals(List.of(), ShellWords.split("   ", null));
  }

  @Test
  void quotesAndBackslashesKeepSpaces() {
    assertEquals(List.of("/tmp/a b"), ShellWords.split("/tmp/a\\ b", null));
    assertEquals(List.of("/tmp/a b"), ShellWords.split("\"/tmp/a b\"", null));
    assertEquals(List.of("/tmp/a b"), ShellWords.split("'/tmp/a b'", null));
    assertEquals(List.of("/tmp/a b", "c d", "e"), ShellWords.split("/tmp/\"a b\" 'c d' e", null));
  }

  @Test
  void quotesKeepWhatTheShellKeeps() {
    assertEquals(List.of("it's \"x\" \\n"), ShellWords.split("\"it's \\\"x\\\" \\n\"", null));
    assertEquals(List.of("a\\b \"c\""), ShellWords.split("'a\\b \"c\"'", null));
    assertEquals(List.of(""), ShellWords.split("''", null), "an empty quoted word is a word");
  }

  @Test
  void aLeadingTildeIsTheHomeFolder() {
    assertEquals(List.of("/home/jo/crawl", "/home/jo", "a~b", "~x", "~/q"), ShellWords.split("~/crawl ~ a~b ~x '~/q'", "/home/jo"));
    assertEquals(List.of("~/crawl"), ShellWords.split("~/crawl", null));
  }

  @Test
  void anUnclosedQuoteIsRefused() {
    assertEquals("unclosed \" in \"/tmp/a b", assertThrows(IllegalArgumentException.class, () -> ShellWords.split("\"/tmp/a b", null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ShellWords.split("'/tmp", null));
  }
}
