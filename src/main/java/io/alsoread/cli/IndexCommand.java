package io.alsoread.cli;

import io.alsoread.IndexSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code alsoread index}: adds, updates and deletes the articles of crawls, incrementally. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
        "Index crawls: Hexo site roots, host folders, Markdown files and saved HTML pages.",
        "Incremental: new articles are added, changed ones updated, unchanged ones skipped, and articles "
            + "that came from a given PATH but are gone from it deleted."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  alsoread index                        index corpus/ of the installation",
        "  alsoread index ~/crawls/site-a ~/crawls/page.html",
        "  alsoread index --rebuild ~/crawls     start from an empty index",
        "  alsoread index ~/crawls --json        print the summary as JSON",
        "",
        "Exit code 3 when some files were rejected (the rest are indexed)."})
final class IndexCommand implements Callable<Integer> {

  @ParentCommand
  AlsoReadCommand parent;

  @Mixin
  CommonOptions common;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files and folders to index (default: corpus/ of the installation).")
  List<String> paths = new ArrayList<>();

  @Option(names = "--rebuild", description = "Drop the index and index PATH from scratch.")
  boolean rebuild;

  @Override
  public Integer call() throws IOException {
    CliContext context = parent.context();
    List<Path> inputs = new ArrayList<>();
    if (paths.isEmpty()) {
      inputs.add(context.defaultCorpus());
    } else {
      paths.forEach(path -> inputs.add(context.userPath(path)));
    }
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new NoSuchFileException(input.toString(), null, "no such file or folder");
      }
    }
    try (Engine engine = context.opener().openOrCreate(parent.indexDir(common))) {
      IndexSummary summary = IndexRun.run(context, engine, inputs, rebuild, parent.json(common));
      return summary.rejected() > 0 ? ExitCodes.PARTLY_DONE : ExitCodes.OK;
    }
  }
}
