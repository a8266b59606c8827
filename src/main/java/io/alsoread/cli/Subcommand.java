package io.alsoread.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** A command under {@code alsoread}: its declaration, and what its run reads from the parsed command line. */
abstract class Subcommand implements Callable<Integer> {
  final AlsoReadCommand parent;
  final CommandSpec spec;

  Subcommand(AlsoReadCommand parent, String name, String[] description, String... examples) {
    this.parent = parent;
    this.spec = CommandDeclarations.command(this, name, description, examples);
  }

  /** This command's part of the command line, once parsed. */
  final ParseResult parsed() {
    return spec.commandLine().getParseResult();
  }

  final CliContext context() {
    return parent.context();
  }

  /** The index folder: this command's {@code --index}, else one given before it, else the installation's. */
  final Path indexDir() {
    return parent.indexDir(CommonOptions.of(parsed()));
  }

  /** Whether to print JSON: {@code --json} after this command or before it. */
  final boolean json() {
    return parent.json(CommonOptions.of(parsed()));
  }
}
