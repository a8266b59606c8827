package io.alsoread.index;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;

/** The bytes an index takes on disk: the sum of its files. */
public final class IndexSize {
  private IndexSize() {}

  /** The size of the files in {@code directory}; a file that a merge deletes while they are counted counts nothing. */
  public static long of(Directory directory) throws IOException {
    long bytes = 0;
    for (String file : directory.listAll()) {
      try {
        bytes += directory.fileLength(file);
      } catch (NoSuchFileException e) {
        // merged away while we were counting
      }
    }
    return bytes;
  }

  /**
   * The size of the files of {@code commit}: what the index holds, without the files a killed run
   * left behind (the next run deletes them) or other files in its folder.
   */
  public static long of(IndexCommit commit) throws IOException {
    long bytes = 0;
    for (String file : commit.getFileNames()) {
      try {
        bytes += commit.getDirectory().fileLength(file);
      } catch (NoSuchFileException e) {
        // a later commit deleted it while we were counting
      }
    }
    return bytes;
  }
}
