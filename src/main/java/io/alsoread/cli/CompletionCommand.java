package io.alsoread.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code alsoread completion}: prints a bash/zsh completion script generated from the command model. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Print a bash (and zsh) completion script for alsoread.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  source <(alsoread completion)                       in ~/.bashrc",
        "  autoload -U +X compinit && compinit; source <(alsoread completion)   in ~/.zshrc"})
final class CompletionCommand implements Callable<Integer> {

  @ParentCommand
  AlsoReadCommand parent;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    parent.context().out().print(AutoComplete.bash("alsoread", spec.root().commandLine()));
    parent.context().out().flush();
    return ExitCodes.OK;
  }
}
