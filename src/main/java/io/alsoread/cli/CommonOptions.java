package io.alsoread.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command takes: which index, and JSON or human output. */
final class CommonOptions {

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: index/ of the installation).")
  String index;

  @Option(names = "--json", description = "Print one JSON document on stdout instead of human output.")
  boolean json;

  /** The index folder: as given, relative to the caller's directory, else the installation's. */
  Path indexDir(CliContext context) {
    return index == null ? context.defaultIndex() : context.userPath(index);
  }
}
