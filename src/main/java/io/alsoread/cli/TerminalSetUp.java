package io.alsoread.cli;

import io.alsoread.util.Futures;
import java.io.IOException;
import java.util.concurrent.FutureTask;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The REPL's system terminal, set up on a thread of its own: the set-up costs a few hundred
 * milliseconds of native linking, which can run while the command line is parsed and the index opens.
 */
final class TerminalSetUp {
  private final FutureTask<Terminal> task;

  private TerminalSetUp(FutureTask<Terminal> task) {
    this.task = task;
  }

  /** Starts setting up the process's terminal (a dumb one when it has none). */
  static TerminalSetUp start() {
    FutureTask<Terminal> task = new FutureTask<>(TerminalSetUp::systemTerminal);
    Thread.ofPlatform().daemon().name("alsoread-terminal").start(task);
    return new TerminalSetUp(task);
  }

  /**
   * The process's terminal, or a dumb one when it has none. The JNI provider first: the native-access
   * one links a few hundred method handles at start-up, which costs more than loading JNI's library.
   *
   * <p>Without grapheme-cluster mode: finding out whether the terminal has it makes JLine send a batch
   * of queries ({@code ESC[?u ESC[?2026$p ESC[?2027$p ESC[?2048$p ESC[c}) and wait 0.2 s for the answers,
   * which a slow terminal or an ssh link sends later: they were then typed into the first line, or,
   * when the REPL did not start (no index), into the user's shell. Titles with emoji sequences may be
   * measured a column wide of the mark; nothing else the REPL prints needs the mode.
   */
  static Terminal systemTerminal() throws IOException {
    // JLine's shutdown hook closes the terminal, output and all, in parallel with every other hook: the
    // REPL's hook could no longer clear the status line. The REPL runs JLine's tasks from its own hook
    // instead, after that (see ReplShell.runOn); a terminal the REPL never used needs no restoring.
    System.setProperty("org.jline.shutdownhook.disable", "true");
    return TerminalBuilder.builder().system(true).name("alsoread").dumb(true).providers("jni,exec").graphemeCluster(false)
        .systemOutput(TerminalBuilder.SystemOutput.SysOutOrSysErr) // stderr when stdout is piped (`repl | tee log`)
        .build();
  }

  /** The terminal, waiting for its set-up to finish. */
  Terminal await() throws IOException {
    try {
      return Futures.await(task);
    } catch (RuntimeException e) {
      throw new IOException("cannot set up the terminal: " + e, e);
    }
  }

  /** Closes the terminal once set up, when the REPL is not going to use it. */
  void discard() {
    try {
      await().close();
    } catch (IOException e) {
      // nothing was shown on it; the reason the REPL did not start is what the user needs to see
    }
  }
}
