package io.alsoread.cli;

import io.alsoread.IndexUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Opens the index a command names, saying which folder holds none (the commonest mistake) as the user wrote it. */
final class Indexes {

  private Indexes() {}

  /** Opens the existing index of {@code dir}. @throws IndexUnavailableException when there is none */
  static Engine open(CliContext context, Path dir) throws IOException {
    checkNotEmpty(context, dir);
    return context.opener().open(dir);
  }

  /** Opens the existing index of {@code dir} for a command that answers once and exits. */
  static Engine openForOneRequest(CliContext context, Path dir) throws IOException {
    checkNotEmpty(context, dir);
    return context.opener().openForOneRequest(dir);
  }

  private static void checkNotEmpty(CliContext context, Path dir) throws IOException {
    if (isEmptyFolder(dir)) {
      throw new IndexUnavailableException(IndexUnavailableException.Reason.NO_INDEX, "no index in " + displayDir(context, dir), null);
    }
  }

  /** Whether {@code dir} is missing or holds no files at all (so certainly no index). */
  static boolean isEmptyFolder(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return true;
    }
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** A path as the user would write it: relative to the working directory when under it. */
  static String displayDir(CliContext context, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (absolute.startsWith(context.workingDir()) && !absolute.equals(context.workingDir())) {
      return context.workingDir().relativize(absolute) + "/";
    }
    return absolute.toString();
  }
}
