package io.alsoread.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The options every command takes: which index, and JSON or human output.
 *
 * @param index the {@code --index} folder as given, or null
 * @param json whether {@code --json} was given
 */
record CommonOptions(String index, boolean json) {

  /** Declares {@code --index DIR} and {@code --json} on {@code spec}. */
  static void declareOn(CommandSpec spec) {
    declareOn(spec, "Print one JSON document on stdout instead of human output.");
  }

  /** Declares {@code --index DIR} and {@code --json}, described as {@code json}, on {@code spec}. */
  static void declareOn(CommandSpec spec, String json) {
    spec.addOption(CommandDeclarations.option("--index", String.class, "DIR", "Index folder (default: index/ of the installation).")
        .build());
    spec.addOption(CommandDeclarations.flag("--json", json).build());
  }

  /** The common options of one command's part of the command line. */
  static CommonOptions of(ParseResult parsed) {
    return new CommonOptions(parsed.matchedOptionValue("--index", null), parsed.matchedOptionValue("--json", false));
  }

  /** The index folder: as given, relative to the caller's directory, else the installation's. */
  Path indexDir(CliContext context) {
    return index == null ? context.defaultIndex() : context.userPath(index);
  }
}
