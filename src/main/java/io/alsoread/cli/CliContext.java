package io.alsoread.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command runs against: the standard streams and whether they are terminals, the environment,
 * the folders paths are resolved against, and how to open an index. Tests build their own.
 *
 * @param home the installation root: the default {@code index/} and {@code corpus/} are its folders
 * @param workingDir the caller's directory: paths given on the command line are relative to it
 * @param width columns of the terminal (or 80 when output is not a terminal)
 * @param historyFile the REPL's history file, or null for none
 * @param terminalSetUp the REPL's terminal, set up since the process started, or null to set one up
 *     when the REPL starts
 */
public record CliContext(
    PrintStream out,
    PrintStream err,
    InputStream in,
    Map<String, String> env,
    boolean outTerminal,
    boolean errTerminal,
    boolean inTerminal,
    int width,
    Path home,
    Path workingDir,
    Path historyFile,
    Engine.Opener opener,
    TerminalSetUp terminalSetUp) {

  /** The narrowest layout human output is made for. */
  static final int MIN_WIDTH = 40;

  /** The process's own streams and environment, opening real indexes. */
  public static CliContext system() {
    Map<String, String> env = System.getenv();
    boolean outTerminal = TerminalProbe.isTerminal(1);
    Path workingDir = Path.of("").toAbsolutePath();
    String homeProperty = System.getProperty("alsoread.home");
    Path home = homeProperty == null || homeProperty.isBlank() ? workingDir : Path.of(homeProperty).toAbsolutePath();
    return new CliContext(
        utf8(FileDescriptor.out),
        utf8(FileDescriptor.err),
        System.in,
        env,
        outTerminal,
        TerminalProbe.isTerminal(2),
        TerminalProbe.isTerminal(0),
        outTerminal ? TerminalProbe.width(env.get("COLUMNS")) : TerminalProbe.DEFAULT_WIDTH,
        home,
        workingDir,
        Path.of(userHome(env), ".alsoread_history"),
        FacadeEngine.OPENER,
        null);
  }

  /** {@code HOME} as the shell has it (which a user may point elsewhere), else the account's home. */
  private static String userHome(Map<String, String> env) {
    String home = env.get("HOME");
    return home == null || home.isBlank() ? System.getProperty("user.home") : home;
  }

  // UTF-8 whatever the locale says: titles are Unicode, and JSON is UTF-8 by definition.
  private static PrintStream utf8(FileDescriptor fd) {
    return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
  }

  /** This context, with the REPL's terminal already being set up. */
  CliContext withTerminalSetUp(TerminalSetUp setUp) {
    return new CliContext(out, err, in, env, outTerminal, errTerminal, inTerminal, width, home, workingDir, historyFile, opener,
        setUp);
  }

  /**
   * Whether the REPL edits lines on a terminal rather than reading a script: stdin is a terminal, and
   * stdout or stderr is one to show the line on (stderr when stdout is piped, as in {@code repl | tee log}).
   */
  public boolean editsLines() {
    return inTerminal && (outTerminal || errTerminal);
  }

  /** Whether human output on stdout may use colour: a terminal, no {@code NO_COLOR}, not a dumb one. */
  public boolean outColour() {
    return outTerminal && colourAllowed();
  }

  /** Whether stderr may use colour and cursor movement. */
  public boolean errColour() {
    return errTerminal && colourAllowed();
  }

  private boolean colourAllowed() {
    String noColour = env.get("NO_COLOR");
    return (noColour == null || noColour.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }

  /** Columns available for human output. */
  public int columns() {
    return Math.max(MIN_WIDTH, width);
  }

  /** A path given by the user, relative to the caller's directory. */
  public Path userPath(String path) {
    return workingDir.resolve(path).normalize();
  }

  /** The default index folder of the installation. */
  public Path defaultIndex() {
    return home.resolve("index");
  }

  /** The default corpus of the installation. */
  public Path defaultCorpus() {
    return home.resolve("corpus");
  }
}
