package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL as a user or a script meets it: piped lines, and JLine on a dumb terminal. */
class ReplShellTest {

  @TempDir
  Path home;

  @Test
  void pipedLinesRunWithoutPromptsOrEscapeCodes() throws IOException {
    FakeEngine engine = new FakeEngine();
    CliRun cli = new CliRun(home, engine.opener());
    cli.stdin = "printer\n:tag win10\n:category hardware/tech\n:next\n:show 1\n:links 1\n:clear\n:quit\nnever read\n";
    assertEquals(0, cli.run("repl"));
    String out = cli.out();
    assertFalse(out.contains("alsoread>"), "no prompt when stdin is not a terminal");
    assertFalse(out.contains("\u001b"));
    assertEquals(List.of("printer", "printer", "printer", "printer", "printer"), engine.requests.stream().map(r -> r.query()).toList());
    assertEquals(List.of("win10"), engine.requests.get(2).tags());
    assertEquals(List.of("hardware/tech"), engine.requests.get(2).categories());
    assertEquals(10, engine.requests.get(3).offset());
    assertEquals(List.of(), engine.requests.get(4).tags());
    assertEquals(List.of("https://example.com/post-11/", "https://example.com/post-11/"), engine.lookedUp);
    assertTrue(out.contains("11. Fix printer offline, part 11"), out);
    assertTrue(out.contains("Also read (2 links, 1 resolved)"), out);
    assertTrue(out.contains("Links in (1)"), out);
    assertTrue(engine.closed);
  }

  @Test
  void endOfInputEndsTheSession() throws IOException {
    CliRun cli = new CliRun(home, new FakeEngine().opener());
    cli.stdin = "printer";
    assertEquals(0, cli.run("repl"));
    assertTrue(cli.out().contains("Fix printer offline"));
  }

  @Test
  void jlineLoopOnADumbTerminalKeepsHistory() throws IOException {
    FakeEngine engine = new FakeEngine();
    Path history = home.resolve("history");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayInputStream in = new ByteArrayInputStream("printer\n:tag win10\n:show 1\n:quit\n".getBytes(StandardCharsets.UTF_8));
    CliRun cli = new CliRun(home, engine.opener());
    CliContext base = cli.context();
    CliContext context = new CliContext(base.out(), base.err(), in, base.env(), false, false, false, 80, home, home, history,
        base.opener(), null);
    // Built directly: the builder probes native terminal providers, which a test does not need.
    try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, in, bytes, StandardCharsets.UTF_8)) {
      ReplShell.runOn(terminal, context, engine, Style.PLAIN, true);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Type a query, or :help."), out);
    assertTrue(out.contains("alsoread [tag:win10]> "), out);
    assertTrue(out.contains("Also read (2 links, 1 resolved)"), out);
    assertEquals(List.of("win10"), engine.requests.get(1).tags());
    assertEquals(List.of("printer", ":tag win10", ":show 1", ":quit"), Files.readAllLines(history).stream()
        .map(line -> line.substring(line.indexOf(':') + 1)).toList());
  }

  /** An xterm on streams: key sequences are decoded as on a real terminal, without one. */
  static Terminal xterm(java.io.InputStream in, java.io.OutputStream out) throws IOException {
    return new ExternalTerminal("test", "xterm-256color", in, out, StandardCharsets.UTF_8);
  }

  @Test
  void cursorKeysWorkInBothForms() throws IOException {
    FakeEngine engine = new FakeEngine();
    String keys = "printer\r"
        + "abc\033[D\033[DX\033[H>\033[F<\r" // normal cursor mode, as keys typed while a search runs come
        + "\033[A\033[A\r"
        + "xy\033OD1\033OH2\033OF3\033[1~4\033[4~5\r" // application mode, and the VT220 Home and End
        + "\033OA\033OA\033OA\033OB\r"
        + ":quit\r";
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    CliRun cli = new CliRun(home, engine.opener());
    try (Terminal terminal = xterm(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen)) {
      ReplShell.runOn(terminal, cli.context(), engine, Style.PLAIN, false);
    }
    assertEquals(List.of("printer", ">aXbc<", "printer", "42x1y35", "printer"), engine.requests.stream().map(r -> r.query()).toList());
  }

  @Test
  void lateTerminalRepliesAreNotTypedIntoTheLine() throws IOException {
    FakeEngine engine = new FakeEngine();
    String input = "\033[?0u\033[?2026;2$y\033[?2027;0$y\033[?2048;0$yprin\033[?62;22cter\r:quit\r";
    CliRun cli = new CliRun(home, engine.opener());
    try (Terminal terminal = xterm(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream())) {
      ReplShell.runOn(terminal, cli.context(), engine, Style.PLAIN, false);
    }
    assertEquals(List.of("printer"), engine.requests.stream().map(r -> r.query()).toList());
  }

  @Test
  void ctrlCWhileASearchRunsAbandonsItAndTheSessionGoesOn() throws Exception {
    FakeEngine engine = new FakeEngine();
    CliRun cli = new CliRun(home, engine.opener());
    java.io.PipedOutputStream keyboard = new java.io.PipedOutputStream();
    java.io.PipedInputStream in = new java.io.PipedInputStream(keyboard);
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    ReplSessionTest.Stall stall = new ReplSessionTest.Stall();
    try (Terminal terminal = xterm(in, screen)) {
      Thread repl = Thread.ofPlatform().start(() -> {
        try {
          ReplShell.runOn(terminal, cli.context(), engine, Style.PLAIN, false);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      keyboard.write("printer\r".getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
      awaitRequests(engine, 1);
      engine.stall = stall;
      keyboard.write("*e* AND *a*\r".getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
      stall.awaitStart();
      keyboard.write(3); // Ctrl-C: the terminal's line discipline raises SIGINT
      keyboard.flush();
      engine.stall = null;
      keyboard.write(":next\r:quit\r".getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
      repl.join(10_000);
      assertFalse(repl.isAlive(), "the REPL went on to :quit");
    } finally {
      stall.released.countDown();
    }
    String out = screen.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("cancelled"), out);
    assertEquals(List.of("printer", "*e* AND *a*", "printer"), engine.requests.stream().map(r -> r.query()).toList());
    assertEquals(10, engine.requests.get(2).offset(), ":next pages on from the last page shown");
  }

  private static void awaitRequests(FakeEngine engine, int count) throws InterruptedException {
    for (int i = 0; i < 500 && engine.requests.size() < count; i++) {
      Thread.sleep(10);
    }
  }

  @Test
  void aScriptGetsErrorsOnStderrAndTheWorstOutcomeAsItsExitStatus() throws IOException {
    FakeEngine engine = new FakeEngine();
    CliRun cli = new CliRun(home, engine.opener());
    cli.stdin = "printer\n:frobnicate\n:show 1\n";
    assertEquals(ExitCodes.USAGE, cli.run("repl"));
    assertTrue(cli.out().contains("Fix printer offline, part 1"), cli.out());
    assertTrue(cli.out().contains("Also read (2 links, 1 resolved)"), "the script went on: " + cli.out());
    assertFalse(cli.out().contains("frobnicate"), cli.out());
    assertEquals("unknown command :frobnicate; :help lists them\n", cli.err());

    cli = new CliRun(home, engine.opener());
    cli.stdin = ":frobnicate\n:reindex /nowhere\nprinter\n";
    assertEquals(ExitCodes.IO, cli.run("repl"), "an I/O error is the worst");
    assertTrue(cli.err().contains("/nowhere: no such file or folder"), cli.err());

    cli = new CliRun(home, engine.opener());
    cli.stdin = "printer\n:next\n:tag win10\n";
    assertEquals(ExitCodes.OK, cli.run("repl"));
    assertEquals("", cli.err());
  }

  @Test
  void aScriptedBadQueryExitsWithOne() throws IOException {
    FakeEngine engine = new FakeEngine();
    engine.searchFailure = new io.alsoread.BadQueryException("Cannot parse 'AND': Encountered \"AND\"");
    CliRun cli = new CliRun(home, engine.opener());
    cli.stdin = "AND\n";
    assertEquals(ExitCodes.USAGE, cli.run("repl"));
    assertEquals("", cli.out());
    assertTrue(cli.err().startsWith("bad query: Cannot parse"), cli.err());
  }

  @Test
  void aScriptedReindexReportsLikeIndexDoes() throws IOException {
    FakeEngine engine = new FakeEngine();
    engine.summary = FakeEngine.summary(2);
    Files.createDirectories(home.resolve("crawl"));
    CliRun cli = new CliRun(home, engine.opener());
    cli.stdin = ":reindex crawl\n";
    assertEquals(ExitCodes.PARTLY_DONE, cli.run("repl"), "some inputs rejected, the rest indexed");
    assertTrue(cli.out().contains("Index holds 25 articles"), cli.out());
    assertTrue(cli.err().contains("not text (binary data)"), "the issues on stderr, as `index` prints them: " + cli.err());
  }

  @Test
  void withStdoutPipedTheResultsGoThereAndTheLineEditingStaysOnTheTerminal() throws IOException {
    FakeEngine engine = new FakeEngine();
    CliRun cli = new CliRun(home, engine.opener());
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    java.io.StringWriter piped = new java.io.StringWriter();
    HumanOutput results = new HumanOutput(new java.io.PrintWriter(piped), Style.PLAIN, 80);
    byte[] keys = "printer\r:frobnicate\r:quit\r".getBytes(StandardCharsets.UTF_8);
    try (Terminal terminal = xterm(new ByteArrayInputStream(keys), screen)) {
      ReplShell.runOn(terminal, cli.context(), engine, Style.PLAIN, true, results);
    }
    String shown = screen.toString(StandardCharsets.UTF_8);
    assertTrue(shown.contains("Type a query, or :help."), shown);
    assertTrue(shown.contains("alsoread> "), shown);
    assertTrue(shown.contains("unknown command :frobnicate"), "errors on the terminal: " + shown);
    assertFalse(shown.contains("Fix printer offline"), shown);
    assertTrue(piped.toString().contains("1. Fix printer offline, part 1"), piped.toString());
    assertFalse(piped.toString().contains("alsoread>"), piped.toString());
  }

  @Test
  void theReplEditsLinesWhenStdinIsATerminalAndStdoutOrStderrIsOne() {
    CliContext base = new CliContext(System.out, System.err, System.in, java.util.Map.of(), false, true, true, 80, home, home, null,
        null, null);
    assertTrue(base.editsLines(), "stdout piped, stderr a terminal: `repl | tee log`");
    assertFalse(new CliContext(System.out, System.err, System.in, java.util.Map.of(), true, true, false, 80, home, home, null, null, null)
        .editsLines(), "stdin piped: a script");
    assertFalse(new CliContext(System.out, System.err, System.in, java.util.Map.of(), false, false, true, 80, home, home, null, null, null)
        .editsLines(), "no terminal to show the line on");
  }
}
