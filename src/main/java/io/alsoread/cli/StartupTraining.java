package io.alsoread.cli;

import io.alsoread.AlsoRead;
import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * A short, silent workout of every command on the sample corpus. The launcher runs it once per jar
 * under the JVM's ahead-of-time cache recorder, so that later runs start with the classes, linked
 * state and method profiles a real command needs already in the cache. Not a user command.
 */
public final class StartupTraining {
  private static final String QUERY = "printer offline";
  /** Copies of the sample sites indexed after them; see {@link #copies}. */
  private static final int COPIES = 8;

  private StartupTraining() {}

  /**
   * {@code full CORPUS WORK}: indexes CORPUS into WORK/index, then runs every command and the REPL;
   * {@code quick WORK}: runs the one-shot commands on the index a full run left in WORK.
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("full")) {
      full(Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath());
    } else if (args.length == 2 && args[0].equals("quick")) {
      oneShotCommands(Path.of(args[1]).toAbsolutePath());
    } else {
      System.err.println("usage: StartupTraining full CORPUS WORK | quick WORK");
      System.exit(ExitCodes.USAGE);
    }
  }

  private static void full(Path corpus, Path work) throws IOException {
    String index = work.resolve("index").toString();
    Main.run(context(work, true, InputStream.nullInputStream()), "--index", index, "index", corpus.toString());
    Main.run(context(work, false, InputStream.nullInputStream()), "--index", index, "index", corpus.toString());
    Main.run(context(work, false, InputStream.nullInputStream()), "--index", index, "index", copies(corpus, work).toString());
    oneShotCommands(work);

    String script = QUERY + "\n:tag win10\n:category hardware\n:next\n:prev\n:show 1\n:links 1\n:sort newest\n:clear\n:help\n:quit\n";
    Main.run(context(work, false, input(script)), "--index", index, "repl");
    try (Terminal system = TerminalSetUp.systemTerminal()) { // the providers' set-up; a dumb terminal here
      system.getType();
    }
    CliContext interactive = context(work, true, input(script));
    try (Engine engine = Indexes.open(interactive, Path.of(index));
        Terminal dumb = new DumbTerminal("training", "xterm-256color", interactive.in(), OutputStream.nullOutputStream(),
            StandardCharsets.UTF_8)) {
      ReplShell.runOn(dumb, interactive, engine, Style.of(true), true);
    }
  }

  /**
   * Copies of the sample sites under other host names, indexed in a run of their own: the index then
   * spans two segments and its common words have postings long enough to be block-encoded, as in a
   * real index. The 49 sample articles alone never reach those paths (ordinal maps across segments,
   * block decoding), and the classes of a path the training does not take are left out of the cache.
   */
  private static Path copies(Path corpus, Path work) throws IOException {
    Path root = work.resolve("copies");
    try (Stream<Path> sites = Files.list(corpus)) {
      for (Path site : sites.filter(Files::isDirectory).sorted().toList()) {
        for (int n = 1; n <= COPIES; n++) {
          String host = "c" + n + ".";
          copySite(site, root.resolve(host + site.getFileName()), host);
        }
      }
    }
    return root;
  }

  /** Copies a site folder, its {@code _config.yml} URL moved to a host starting with {@code hostPrefix}. */
  private static void copySite(Path site, Path target, String hostPrefix) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.toList()) {
        Path to = target.resolve(site.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else if (file.getFileName().toString().equals("_config.yml")) {
          Files.writeString(to, Files.readString(file).replaceFirst("(?m)^url: https://", "url: https://" + hostPrefix));
        } else {
          Files.copy(file, to);
        }
      }
    }
  }

  private static void oneShotCommands(Path work) throws IOException {
    String index = work.resolve("index").toString();
    CliContext piped = context(work, false, InputStream.nullInputStream());
    CliContext terminal = context(work, true, InputStream.nullInputStream());
    String url = firstHitUrl(index);
    for (int round = 0; round < 3; round++) { // a few rounds, so the profiles see the common paths as hot
      for (CliContext context : new CliContext[] {terminal, piped}) {
        Main.run(context, "--index", index, "search", QUERY);
        Main.run(context, "--index", index, "search", "--json", QUERY);
        Main.run(context, "--index", index, "search", "--tag", "win10", "--sort", "newest", "--offset", "10", "printer");
        Main.run(context, "--index", index, "search", "--all", "--category", "hardware", "title:printer OR driver*");
        Main.run(context, "--index", index, "search", "--site", "printfix.alsoread.test", "--from", "2020-01-01", "\"print spooler\"");
        Main.run(context, "--index", index, "search", "title:(");
        Main.run(context, "--index", index, "show", url);
        Main.run(context, "--index", index, "show", "--json", url);
        Main.run(context, "--index", index, "links", url);
        Main.run(context, "--index", index, "links", "--json", url);
        Main.run(context, "--index", index, "stats");
        Main.run(context, "--index", index, "stats", "--json");
      }
    }
    Main.run(terminal, "--help");
    Main.run(terminal, "search", "--help");
    Main.run(piped, "--version");
    Main.run(piped, "completion");
  }

  private static String firstHitUrl(String index) throws IOException {
    try (AlsoRead engine = AlsoRead.open(Path.of(index))) {
      List<Hit> hits = engine.search(SearchRequest.of(QUERY)).hits();
      return hits.isEmpty() ? "https://printfix.alsoread.test/" : hits.get(0).url();
    }
  }

  private static CliContext context(Path work, boolean terminal, InputStream in) {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    Map<String, String> env = Map.of("TERM", "xterm-256color");
    return new CliContext(nowhere, nowhere, in, env, terminal, terminal, terminal, 100, work, work, null, FacadeEngine.OPENER, null);
  }

  private static InputStream input(String script) {
    return new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8));
  }
}
