package io.alsoread.cli;

import java.io.Writer;

/**
 * The terminal's writer for what the REPL prints between lines, each write made under {@link #lock()},
 * which the status line's drawing takes too: drawn from the reindex thread in the middle of a line of
 * results, the status line's cursor moves would have sent the rest of the line to the bottom row.
 */
final class ScreenWriter extends Writer {
  private final Writer terminal;

  ScreenWriter(Writer terminal) {
    super(new Object());
    this.terminal = terminal;
  }

  /** What a writer to the same terminal on another thread synchronizes on. */
  Object lock() {
    return lock;
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    synchronized (lock) {
      try {
        terminal.write(buffer, offset, length);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Override
  public void flush() {
    synchronized (lock) {
      try {
        terminal.flush();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Override
  public void close() {
    flush(); // the terminal outlives the REPL's printing
  }
}
