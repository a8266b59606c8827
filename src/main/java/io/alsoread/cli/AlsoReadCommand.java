package io.alsoread.cli;

import io.alsoread.IndexSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code alsoread} command itself. With no subcommand it opens the REPL, indexing the installation's
 * {@code corpus/} first when the index folder holds no index yet.
 */
final class AlsoReadCommand implements Callable<Integer> {
  private static final String[] DESCRIPTION = {
      "Search crawls of article sites and their \"Also read\" link graph.",
      "With no command: open the REPL, indexing corpus/ first when there is no index yet."};
  private static final String[] EXAMPLES = {
      "  alsoread                        index corpus/ if needed, then open the REPL",
      "  alsoread index ~/crawls/site-a  add or update a crawl",
      "  alsoread search 'printer offline' --tag win10 --sort newest",
      "  alsoread show https://example.com/fix-printer/",
      "  alsoread search printer --json | jq '.hits[].url'",
      "",
      "Exit codes: 0 done, 1 bad usage or query, 2 I/O error or missing index,",
      "3 partly done (some inputs were rejected, the rest indexed)."};

  /** The subcommands, by name, in the order help lists them. */
  static final Map<String, Function<AlsoReadCommand, Subcommand>> SUBCOMMANDS = subcommands();

  private static Map<String, Function<AlsoReadCommand, Subcommand>> subcommands() {
    Map<String, Function<AlsoReadCommand, Subcommand>> commands = new LinkedHashMap<>();
    commands.put("index", IndexCommand::new);
    commands.put("search", SearchCommand::new);
    commands.put("show", ShowCommand::new);
    commands.put("links", LinksCommand::new);
    commands.put("stats", StatsCommand::new);
    commands.put("repl", ReplCommand::new);
    commands.put("completion", CompletionCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  private final CliContext context;
  final CommandSpec spec;

  AlsoReadCommand(CliContext context) {
    this.context = context;
    this.spec = CommandDeclarations.command(this, "alsoread", DESCRIPTION, EXAMPLES).versionProvider(new VersionProvider());
    CommonOptions.declareOn(spec);
  }

  /** The options given before the subcommand, or with none. */
  private CommonOptions common() {
    return CommonOptions.of(spec.commandLine().getParseResult());
  }

  CliContext context() {
    return context;
  }

  /**
   * The index folder of a subcommand: its own {@code --index}, else one given before the subcommand
   * ({@code alsoread --index DIR search …}), else the installation's.
   */
  Path indexDir(CommonOptions subcommand) {
    CommonOptions given = subcommand.index() != null ? subcommand : common();
    return given.indexDir(context);
  }

  /** Whether a subcommand prints JSON: {@code --json} after it or before it. */
  boolean json(CommonOptions subcommand) {
    return subcommand.json() || common().json();
  }

  @Override
  public Integer call() throws IOException {
    ReplShell.run(context, this::openIndexingCorpusIfEmpty);
    return ExitCodes.OK;
  }

  /** The index, after indexing the installation's corpus/ into it when it holds no articles yet. */
  private Engine openIndexingCorpusIfEmpty() throws IOException {
    Path dir = common().indexDir(context);
    Engine engine = context.opener().openOrCreate(dir);
    try {
      if (engine.size() == 0) {
        Path corpus = context.defaultCorpus();
        if (!Files.isDirectory(corpus)) {
          throw new java.nio.file.NoSuchFileException(corpus.toString(), null, "no index yet, and no corpus/ folder to index");
        }
        context.err().println("No index in " + Indexes.displayDir(context, dir) + " yet: indexing "
            + Indexes.displayDir(context, corpus) + " first.");
        IndexSummary summary = IndexRun.run(context, engine, List.of(corpus), false, false);
        if (summary.articles() == 0) {
          throw new CommandFailure(ExitCodes.PARTLY_DONE, "nothing was indexed from " + Indexes.displayDir(context, corpus));
        }
      }
      return engine;
    } catch (IOException | RuntimeException e) {
      engine.close();
      throw e;
    }
  }
}
