package io.alsoread.cli;

import io.alsoread.IndexStats;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code alsoread stats}: figures about the index. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Figures about the index: articles, sites, clusters, links (resolved and dangling), "
        + "top tags and categories, index size, last commit.",
    footerHeading = "%nExamples:%n",
    footer = {"  alsoread stats", "  alsoread stats --index /srv/alsoread/index --json"})
final class StatsCommand implements Callable<Integer> {

  @ParentCommand
  AlsoReadCommand parent;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() throws IOException {
    CliContext context = parent.context();
    try (Engine engine = Indexes.openForOneRequest(context, parent.indexDir(common))) {
      IndexStats stats = engine.stats();
      if (parent.json(common)) {
        new JsonOutput(context.out(), context.outTerminal()).stats(stats);
      } else {
        new StatsPrinter(HumanOutput.stdout(context)).print(stats);
      }
    }
    return ExitCodes.OK;
  }
}
