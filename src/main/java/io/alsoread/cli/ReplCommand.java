package io.alsoread.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code alsoread repl}: the interactive shell over an existing index. */
@Command(
    name = "repl",
    mixinStandardHelpOptions = true,
    description = {
        "Open the interactive shell: a bare line is a query; commands start with ':' (type :help).",
        "History is kept in ~/.alsoread_history; TAB completes commands, field names and facet values."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  alsoread repl",
        "  printf 'printer offline\\n:tag win10\\n:show 1\\n' | alsoread repl   (scripted)"})
final class ReplCommand implements Callable<Integer> {

  @ParentCommand
  AlsoReadCommand parent;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() throws IOException {
    CliContext context = parent.context();
    ReplShell.run(context, () -> Indexes.open(context, parent.indexDir(common)));
    return ExitCodes.OK;
  }
}
