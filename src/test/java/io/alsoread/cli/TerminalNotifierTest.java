package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;

/** The status line of a background reindex, and the screen given back whichever way the REPL ends. */
class TerminalNotifierTest {

  @Test
  void closingClearsTheStatusLineAndItsScrollRegionAndSilencesTheReindex() throws IOException {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Terminal terminal = ReplShellTest.xterm(new ByteArrayInputStream(new byte[0]), screen)) {
      terminal.setSize(new Size(80, 24));
      LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
      TerminalNotifier notifier = new TerminalNotifier(reader, terminal, terminal.writer(), new Object());
      notifier.progress("reindex parse 10/100 files");
      terminal.flush();
      String drawn = screen.toString(StandardCharsets.UTF_8);
      assertTrue(drawn.contains("\033[1;23r"), "the status line takes the bottom row: " + drawn);
      screen.reset();
      notifier.close();
      String closed = screen.toString(StandardCharsets.UTF_8);
      assertTrue(closed.contains("\033[24;1H\033[K"), "the status line is cleared: " + closed);
      assertTrue(closed.endsWith("\033[1;24r\0338"), "the whole screen scrolls again: " + closed);
      screen.reset();
      notifier.progress("reindex parse 20/100 files");
      notifier.message("Index holds 100 articles");
      terminal.flush();
      assertEquals("", screen.toString(StandardCharsets.UTF_8), "a reindex still running says nothing more");
    }
  }

  @Test
  void restoringOnExitAlsoResetsTheModesAnInterruptedEditLeaves() throws IOException {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Terminal terminal = ReplShellTest.xterm(new ByteArrayInputStream(new byte[0]), screen)) {
      terminal.setSize(new Size(80, 24));
      TerminalNotifier notifier = new TerminalNotifier(LineReaderBuilder.builder().terminal(terminal).build(), terminal,
          terminal.writer(), new Object());
      notifier.restoreOnExit();
      String restored = screen.toString(StandardCharsets.UTF_8);
      assertTrue(restored.contains("\033[?1l\033>"), "keypad back in normal mode: " + restored);
      assertTrue(restored.contains("\033[?2004l"), "bracketed paste off: " + restored);
      assertTrue(restored.contains("\033[?25h"), "cursor visible: " + restored);
    }
  }
}
