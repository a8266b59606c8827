package io.alsoread.cli;

import java.io.IOException;

/** {@code alsoread repl}: the interactive shell over an existing index. */
final class ReplCommand extends Subcommand {

  ReplCommand(AlsoReadCommand parent) {
    super(parent, "repl",
        new String[] {
            "Open the interactive shell: a bare line is a query; commands start with ':' (type :help).",
            "History is kept in ~/.alsoread_history; TAB completes commands, field names and facet values."},
        "  alsoread repl",
        "  printf 'printer offline\\n:tag win10\\n:show 1\\n' | alsoread repl   (scripted)");
    // The REPL stays human: --json is accepted, as on every command, and changes nothing.
    CommonOptions.declareOn(spec, "Accepted for symmetry with the other commands; the REPL's output stays human.");
  }

  @Override
  public Integer call() throws IOException {
    CliContext context = context();
    return ReplShell.run(context, () -> Indexes.open(context, indexDir()));
  }
}
