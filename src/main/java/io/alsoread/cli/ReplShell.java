package io.alsoread.cli;

import io.alsoread.SearchRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.utils.ShutdownHooks;

/**
 * The terminal side of the REPL, on JLine: line editing, persistent history, TAB completion, a status
 * line for a background reindex, when stdin and stdout are terminals; plain lines in and out otherwise
 * (scripts and tests pipe commands in). What a line does is {@link ReplSession}'s business.
 */
final class ReplShell {

  private ReplShell() {}

  /** Opens the engine the REPL works on. */
  interface EngineSource {
    Engine open() throws IOException;
  }

  /**
   * Runs the REPL; returns the exit status: that of a script (see {@link ReplSession#exitCode()}), else 0.
   * It is interactive when stdin is a terminal and stdout or stderr is one to edit lines on: with
   * stdout piped ({@code alsoread repl | tee log}) the prompt and line editing use stderr, and the
   * results go to stdout, as a script's would.
   */
  static int run(CliContext context, EngineSource source) throws IOException {
    if (!context.editsLines()) {
      try (Engine engine = source.open()) {
        return runLines(context, engine);
      }
    }
    TerminalSetUp setUp = context.terminalSetUp() != null ? context.terminalSetUp() : TerminalSetUp.start();
    Engine opened;
    try {
      opened = source.open();
    } catch (IOException | RuntimeException e) {
      setUp.discard();
      throw e;
    }
    try (Engine engine = opened; Terminal terminal = setUp.await()) {
      warmUp(engine); // after the set-up, which it would slow down on a machine of few cores
      boolean colour = (context.outTerminal() ? context.outColour() : context.errColour()) && !Terminal.TYPE_DUMB.equals(terminal.getType());
      runOn(terminal, context, engine, Style.of(colour), true, context.outTerminal() ? null : HumanOutput.stdout(context));
    }
    return ExitCodes.OK; // what went wrong was said on the screen, line by line
  }

  /**
   * One search with facets, collapse and snippets while the user reads the banner and types, so the
   * first real answer finds the per-index state (facet and cluster ordinals) built and the code warm.
   */
  private static void warmUp(Engine engine) {
    Thread.ofPlatform().daemon().name("alsoread-warm-up").start(() -> {
      try {
        List<String> tags = engine.facetValues(ReplSession.DIMENSIONS.get(0));
        engine.search(SearchRequest.of(tags.isEmpty() ? "a" : tags.get(0)));
      } catch (IOException | RuntimeException e) {
        // a failed warm-up costs the first search some time, nothing else
      }
    });
  }

  /**
   * Scripted use (stdin is not a terminal): one command per line, no prompt, no echo, no history, so
   * the output is exactly what the commands print; errors go to stderr, and the exit status is the
   * worst outcome of the lines, as a script running the one-shot commands would see them.
   */
  static int runLines(CliContext context, Engine engine) throws IOException {
    HumanOutput out = HumanOutput.stdout(context);
    HumanOutput err = new HumanOutput(new PrintWriter(context.err(), false, StandardCharsets.UTF_8), Style.of(context.errColour()),
        context.columns());
    ReplSession session = new ReplSession(engine, out, err, context, Cancellation.none());
    BufferedReader lines = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (!session.handle(line)) {
        break;
      }
    }
    session.awaitReindex();
    out.flush();
    return session.exitCode();
  }

  /** The interactive loop on a JLine terminal (a dumb one in tests), results on it too. */
  static void runOn(Terminal terminal, CliContext context, Engine engine, Style style, boolean banner) throws IOException {
    runOn(terminal, context, engine, style, banner, null);
  }

  /**
   * The interactive loop on a JLine terminal.
   *
   * @param results where results go when not on the terminal (stdout, piped), or null
   */
  static void runOn(Terminal terminal, CliContext context, Engine engine, Style style, boolean banner, HumanOutput results)
      throws IOException {
    PrintWriter writer = terminal.writer();
    ScreenWriter screen = new ScreenWriter(writer);
    HumanOutput onScreen = new HumanOutput(new PrintWriter(screen), style, () -> {
      int width = terminal.getColumns();
      return width >= CliContext.MIN_WIDTH ? width : context.columns();
    });
    HumanOutput out = results != null ? results : onScreen;
    ReplSession session = new ReplSession(engine, out, onScreen, context, Cancellation.onWorkers());
    LineReader reader = reader(context, terminal, session);
    TerminalNotifier notifier = new TerminalNotifier(reader, terminal, writer, screen.lock());
    session.setNotifier(notifier);
    // Ctrl-C while a command runs abandons it, as in a shell; while a line is read, JLine's own handler
    // drops the line (it puts this one back when the line is read). Left at JLine's default, the signal
    // killed the process and lost the session.
    terminal.handle(Terminal.Signal.INT, signal -> session.cancel());
    // A SIGTERM (or SIGHUP) ends the process through its shutdown hooks: this one gives the screen back
    // (status line, scroll region, modes), then runs JLine's tasks, which give the terminal its settings
    // back and close its output (so they must come second; see TerminalSetUp).
    AtomicBoolean exiting = new AtomicBoolean();
    Thread restore = new Thread(() -> {
      exiting.set(true);
      notifier.restoreOnExit();
      ShutdownHooks.runTasks();
    }, "alsoread-restore-terminal");
    Runtime.getRuntime().addShutdownHook(restore);
    try {
      if (banner) {
        onScreen.line("alsoread " + VersionProvider.version() + ": " + Layout.counted(engine.size(), "article", "articles")
            + ". Type a query, or :help.");
        onScreen.flush();
      }
      loop(reader, session, style);
      session.awaitReindex();
    } finally {
      if (exiting.get()) {
        awaitHalt(); // the hook closed the terminal under the line reader: nothing more to do or say
      }
      notifier.close(); // a reindex abandoned on the way out must not draw on the shell's screen
      writer.flush();
      try {
        Runtime.getRuntime().removeShutdownHook(restore);
      } catch (IllegalStateException e) {
        // the process is shutting down already: the hook restores the terminal
      }
    }
  }

  /** Waits for the end of a process whose shutdown hooks are running: they halt it once done. */
  private static void awaitHalt() {
    while (true) {
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        // keep waiting: an interrupt does not stop the shutdown
      }
    }
  }

  private static LineReader reader(CliContext context, Terminal terminal, ReplSession session) {
    DefaultParser parser = new DefaultParser();
    // Words split on spaces only: quotes and backslashes belong to the query syntax, not to the shell.
    parser.setQuoteChars(new char[0]);
    parser.setEscapeChars(new char[0]);
    LineReaderBuilder builder = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("alsoread")
        .parser(parser)
        .completer(new ReplCompleter(session::facetValues))
        .option(LineReader.Option.CASE_INSENSITIVE, true)
        // Only what starts with the typed text: a guess at a typo would rewrite the query.
        .option(LineReader.Option.COMPLETE_MATCHER_TYPO, false)
        .option(LineReader.Option.COMPLETE_MATCHER_CAMELCASE, false)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true); // '!' means NOT in a query
    if (context.historyFile() != null) {
      builder.variable(LineReader.HISTORY_FILE, context.historyFile());
    }
    LineReader reader = builder.build();
    ReplKeys.bind(reader, terminal);
    return reader;
  }

  private static void loop(LineReader reader, ReplSession session, Style promptStyle) {
    while (true) {
      String line;
      try {
        line = reader.readLine(prompt(session, promptStyle));
      } catch (UserInterruptException e) {
        continue; // Ctrl-C drops the line being typed, as in a shell
      } catch (EndOfFileException e) {
        return;
      }
      if (!session.handle(line)) {
        return;
      }
    }
  }

  private static String prompt(ReplSession session, Style style) {
    String prompt = session.prompt();
    int filters = prompt.indexOf('[');
    if (filters < 0) {
      return style.bold(prompt);
    }
    return style.bold("alsoread ") + style.dim(prompt.substring(filters, prompt.length() - 2)) + style.bold("> ");
  }
}
