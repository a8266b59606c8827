package io.alsoread.cli;

import io.alsoread.IndexSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code alsoread index}: adds, updates and deletes the articles of crawls, incrementally. */
final class IndexCommand extends Subcommand {

  IndexCommand(AlsoReadCommand parent) {
    super(parent, "index",
        new String[] {
            "Index crawls: Hexo site roots, host folders, Markdown files and saved HTML pages.",
            "Incremental: new articles are added, changed ones updated, unchanged ones skipped, and articles "
                + "that came from a given PATH but are gone from it deleted."},
        "  alsoread index                        index corpus/ of the installation",
        "  alsoread index ~/crawls/site-a ~/crawls/page.html",
        "  alsoread index --rebuild ~/crawls     start from an empty index",
        "  alsoread index ~/crawls --json        print the summary as JSON",
        "",
        "Exit code 3 when some files were rejected (the rest are indexed).");
    CommonOptions.declareOn(spec);
    spec.addPositional(CommandDeclarations.parameters("PATH", "Files and folders to index (default: corpus/ of the installation)."));
    spec.addOption(CommandDeclarations.flag("--rebuild", "Drop the index and index PATH from scratch.").build());
  }

  @Override
  public Integer call() throws IOException {
    CliContext context = context();
    List<String> paths = parsed().matchedPositionalValue(0, List.of());
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
    boolean rebuild = parsed().matchedOptionValue("--rebuild", false);
    try (Engine engine = rebuild ? context.opener().openForRebuild(indexDir()) : context.opener().openOrCreate(indexDir())) {
      IndexSummary summary = IndexRun.run(context, engine, inputs, rebuild, json());
      return ExitCodes.of(summary);
    }
  }
}
