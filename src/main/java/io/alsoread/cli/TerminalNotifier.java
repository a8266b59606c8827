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
  private final LineReader reader;
  private final Terminal terminal;
  private final PrintWriter writer;
  private Status status;
  private boolean closed;

  TerminalNotifier(LineReader reader, Terminal terminal, PrintWriter writer) {
    this.reader = reader;
    this.terminal = terminal;
    this.writer = writer;
  }

  @Override
  public synchronized void message(String line) {
    if (closed) {
      return;
    }
    if (reader.isReading()) {
      reader.printAbove(line);
    } else {
      writer.println(line);
      writer.flush();
    }
  }

  @Override
  public synchronized void progress(String line) {
    if (closed || Terminal.TYPE_DUMB.equals(terminal.getType())) {
      return;
    }
    if (status == null) {
      status = Status.getStatus(terminal);
    }
    if (status != null) {
      status.update(line == null ? List.of() : List.of(AttributedString.fromAnsi(line)));
    }
  }

  /** Clears the status line and gives the screen its whole height back; later messages are dropped. */
  synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (status != null) {
      status.update(List.of()); // clears the line and resets the scroll region
      status.close();
      terminal.flush();
    }
  }

  /**
   * {@link #close()}, and the modes the line editor and the status line may have left set when a
   * signal ends the process half-way: the keypad's application mode, bracketed paste, a synchronized
   * update begun and not ended, a hidden cursor.
   */
  void restoreOnExit() {
    close();
    synchronized (this) {
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
