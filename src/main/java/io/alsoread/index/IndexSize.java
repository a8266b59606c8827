package io.alsoread.index;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;

/** The bytes an index takes on disk: the sum of its files. */
public final class IndexSize {
  private IndexSize() {}

  /** The size of the files in {@code directory}. */
  public static long of(Directory directory) throws IOException {
    return sum(directory, Arrays.asList(directory.listAll()));
  }

  /**
   * The size of the files of {@code commit}: what the index holds, without the files a killed run
   * left behind (the next run deletes them) or other files in its folder.
   */
  public static long of(IndexCommit commit) throws IOException {
    return sum(commit.getDirectory(), commit.getFileNames());
  }

  /** The sizes of {@code files} summed; a file that a merge or a later commit deletes while they are counted counts nothing. */
  private static long sum(Directory directory, Iterable<String> files) throws IOException {
    long bytes = 0;
    for (String file : files) {
      try {
        bytes += directory.fileLength(file);
      } catch (NoSuchFileException e) {
        // deleted while we were counting
      }
    }
    return bytes;
  }
}
