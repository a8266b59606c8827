package io.alsoread.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process against captured streams, like a shell would, for tests. */
final class CliRun {

  final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  final Map<String, String> env = new HashMap<>();
  final Path home;
  Engine.Opener opener;
  boolean outTerminal;
  boolean errTerminal;
  int width = 80;
  String stdin = "";

  /** @param home a folder standing for the installation; its index/ gets a file so it looks indexed */
  CliRun(Path home, Engine.Opener opener) throws IOException {
    this.home = home;
    this.opener = opener;
    Files.createDirectories(home.resolve("index"));
    if (Files.notExists(home.resolve("index/segments_1"))) {
      Files.writeString(home.resolve("index/segments_1"), "fake");
    }
  }

  CliContext context() {
    return new CliContext(
        new PrintStream(outBytes, true, StandardCharsets.UTF_8),
        new PrintStream(errBytes, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        env,
        outTerminal,
        errTerminal,
        false,
        width,
        home,
        home,
        null,
        opener, null);
  }

  int run(String... args) {
    return Main.run(context(), args);
  }

  String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }
}
