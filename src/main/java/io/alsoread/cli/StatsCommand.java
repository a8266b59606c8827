package io.alsoread.cli;

import io.alsoread.IndexStats;
import java.io.IOException;

/** {@code alsoread stats}: figures about the index. */
final class StatsCommand extends Subcommand {

  StatsCommand(AlsoReadCommand parent) {
    super(parent, "stats",
        new String[] {
            "Figures about the index: articles, sites, clusters, links (resolved and dangling), "
                + "top tags and categories, index size, last commit."},
        "  alsoread stats", "  alsoread stats --index /srv/alsoread/index --json");
    CommonOptions.declareOn(spec);
  }

  @Override
  public Integer call() throws IOException {
    CliContext context = context();
    try (Engine engine = Indexes.openForOneRequest(context, indexDir())) {
      IndexStats stats = engine.stats();
      if (json()) {
        new JsonOutput(context.out(), context.outTerminal()).stats(stats);
      } else {
        new StatsPrinter(HumanOutput.stdout(context)).print(stats);
      }
    }
    return ExitCodes.OK;
  }
}
