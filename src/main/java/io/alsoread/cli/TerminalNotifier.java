package io.alsoread.cli;

import java.io.PrintWriter;
import java.util.List;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.Status;

/**
 * Messages above the line being edited and reindex progress on the terminal's status line, until
 * {@link #close()}: then the status line is gone, the scroll region it set is the whole screen again,
 * and a reindex still running says nothing more, whichever way the REPL ended.
 */
final class TerminalNotifier implements ReplSession.Notifier {
  private static final String DRAW_STATUS = "alsoread-draw-status";

  private final LineReader reader;
  private final Terminal terminal;
  private final PrintWriter writer;
  private final Object screen;
  private Status status;
  private List<AttributedString> pending;
  private boolean closed;

  /**
   * @param writer the terminal's writer
   * @param screen what everything else written to the terminal between lines synchronizes on (see
   *     {@link ScreenWriter})
   */
  TerminalNotifier(LineReader reader, Terminal terminal, PrintWriter writer, Object screen) {
    this.reader = reader;
    this.terminal = terminal;
    this.writer = writer;
    this.screen = screen;
    reader.getWidgets().put(DRAW_STATUS, this::drawPending);
  }

  @Override
  public synchronized void message(String text) {
    if (closed) {
      return;
    }
    String line = Layout.terminalSafe(text, Style.ANSI); // names files of the crawl; coloured by its maker, if at all
    if (reader.isReading()) {
      reader.printAbove(line);
    } else {
      synchronized (screen) {
        writer.println(line);
        writer.flush();
      }
    }
  }

  @Override
  public synchronized void progress(String line) {
    if (closed || Terminal.TYPE_DUMB.equals(terminal.getType())) {
      return;
    }
    pending = line == null ? List.of() : List.of(AttributedString.fromAnsi(line));
    if (reader.isReading()) {
      try {
        reader.callWidget(DRAW_STATUS); // under the line reader's lock, so it never draws half-way through a redisplay
        return;
      } catch (IllegalStateException e) {
        // the line was read meanwhile: nothing is drawing it any more
      }
    }
    drawPending();
  }

  /**
   * Draws the last progress line on the status line. The status line saves and restores the cursor
   * around its drawing, as the line reader does around its own, and a terminal has one place to save
   * it in: the two drawing at once put the prompt on the status line.
   */
  private synchronized boolean drawPending() {
    if (status == null) {
      status = Status.getStatus(terminal);
    }
    if (status != null && pending != null) {
      synchronized (screen) {
        status.update(pending);
      }
    }
    return true;
  }

  /** Clears the status line and gives the screen its whole height back; later messages are dropped. */
  synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (status != null) {
      synchronized (screen) {
        status.update(List.of()); // clears the line and resets the scroll region
        status.close();
        terminal.flush();
      }
    }
  }

  /**
   * {@link #close()}, and the modes the line editor and the status line may have left set when a
   * signal ends the process half-way: the keypad's application mode, bracketed paste, a synchronized
   * update begun and not ended, a hidden cursor.
   */
  void restoreOnExit() {
    close();
    synchronized (screen) {
      if (reader.isReading()) {
        writer.write("\r\n"); // the shell's prompt starts on a line of its own, not after the half-typed one
      }
      terminal.puts(Capability.keypad_local);
      writer.write("\033[?2004l\033[?2026l"); // terminals that know neither mode ignore both
      terminal.puts(Capability.cursor_normal);
      writer.flush();
    }
  }
}
