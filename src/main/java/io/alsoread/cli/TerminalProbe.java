package io.alsoread.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Finds out, cheaply and without a native library, whether the standard streams are terminals and how
 * wide the terminal is; one-shot commands must start fast, so no terminal library is loaded here.
 */
final class TerminalProbe {

  static final int DEFAULT_WIDTH = 80;

  private TerminalProbe() {}

  /** Whether file descriptor {@code fd} (0, 1 or 2) is a terminal. */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.isSymbolicLink(link)) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return consoleIsTerminal();
  }

  /** Without /proc: the JDK's console, which stands for stdin and stdout together. */
  private static boolean consoleIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+ returns a console even when redirected; isTerminal() tells the truth there.
      Method isTerminal = java.io.Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: a console exists only on a terminal
    }
  }

  /** Columns of the controlling terminal: {@code COLUMNS}, else {@code stty size}, else 80. */
  static int width(String columnsVariable) {
    Integer fromVariable = parsePositive(columnsVariable);
    if (fromVariable != null) {
      return fromVariable;
    }
    File tty = new File("/dev/tty");
    if (!tty.canRead()) {
      return DEFAULT_WIDTH;
    }
    try {
      Process stty = new ProcessBuilder("stty", "size")
          .redirectInput(tty)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(stty.getInputStream(), StandardCharsets.US_ASCII))) {
        String line = reader.readLine();
        if (!stty.waitFor(2, TimeUnit.SECONDS)) {
          return DEFAULT_WIDTH;
        }
        if (line != null) {
          String[] rowsColumns = line.trim().split(" ");
          Integer columns = rowsColumns.length == 2 ? parsePositive(rowsColumns[1]) : null;
          if (columns != null) {
            return columns;
          }
        }
      } finally {
        stty.destroy(); // ended already, unless the read or the wait failed
      }
    } catch (IOException e) {
      return DEFAULT_WIDTH;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return DEFAULT_WIDTH;
  }

  private static Integer parsePositive(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      int value = Integer.parseInt(text.trim());
      return value > 0 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
