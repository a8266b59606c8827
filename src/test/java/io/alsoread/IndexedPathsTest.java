package io.alsoread;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PATHs an index records its articles came from, which a bare {@code :reindex} refreshes. */
class IndexedPathsTest {

  @TempDir
  Path dir;

  @Test
  void theIndexRecordsThePathsOfItsRuns() throws IOException {
    Path first = Files.createDirectories(dir.resolve("crawl one"));
    Path second = Files.createDirectories(dir.resolve("crawl two"));
    new GeneratedCrawl(first).write(0, 3);
    new GeneratedCrawl(second).write(0, 2);
    try (AlsoRead index = AlsoRead.openOrCreate(dir.resolve("index"))) {
      assertEquals(List.of(), index.indexedPaths(), "a new index was built from nothing");
      index.index(List.of(first), false, IndexListener.NONE);
      index.index(List.of(second.resolve(GeneratedCrawl.HOST)), false, IndexListener.NONE);
      assertEquals(List.of(first.toRealPath(), second.resolve(GeneratedCrawl.HOST).toRealPath()), index.indexedPaths());
      // The outer folder, with an article of another site: the inner PATH is no longer needed.
      Path other = Files.createDirectories(second.resolve("other.example"));
      Files.writeString(other.resolve("a-post.md"), "---\ntitle: A post\ndate: 2024-10-05T11:30:00.000Z\n---\nSome words about printers.\n");
      index.index(List.of(second), false, IndexListener.NONE);
      assertEquals(List.of(first.toRealPath(), second.toRealPath()), index.indexedPaths());
    }
  }
}
