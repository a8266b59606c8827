package io.alsoread;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny program for {@link CrashSafetyTest}: indexes PATHs into an index through the facade and
 * prints each progress report as a line ({@code progress PHASE DONE TOTAL}) so the test can kill it
 * at a chosen moment, then {@code done ARTICLES} at the end.
 *
 * <p>Usage: {@code ChildIndexer INDEX PATH...}
 */
public final class ChildIndexer {
  private ChildIndexer() {}

  public static void main(String[] args) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      paths.add(Path.of(args[i]));
    }
    Object lock = new Object();
    try (AlsoRead index = AlsoRead.openOrCreate(Path.of(args[0]))) {
      IndexSummary summary = index.index(paths, false, progress -> {
        synchronized (lock) {
          System.out.println("progress " + progress.phase() + " " + progress.done() + " " + progress.total());
          System.out.flush();
        }
      });
      System.out.println("done " + summary.articles());
      System.out.flush();
    }
  }
}
