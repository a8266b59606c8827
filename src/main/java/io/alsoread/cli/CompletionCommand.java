package io.alsoread.cli;

import picocli.AutoComplete;

/** {@code alsoread completion}: prints a bash/zsh completion script generated from the command model. */
final class CompletionCommand extends Subcommand {

  CompletionCommand(AlsoReadCommand parent) {
    super(parent, "completion",
        new String[] {"Print a bash (and zsh) completion script for alsoread."},
        "  in ~/.bashrc:  source <(alsoread completion)",
        "  in ~/.zshrc:   autoload -U +X compinit && compinit",
        "                 source <(alsoread completion)");
  }

  @Override
  public Integer call() {
    context().out().print(AutoComplete.bash("alsoread", spec.root().commandLine()));
    context().out().flush();
    return ExitCodes.OK;
  }
}
