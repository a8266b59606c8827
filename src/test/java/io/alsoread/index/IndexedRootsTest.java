package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The PATHs a bare reindex refreshes: each once, the outermost of nested ones. */
class IndexedRootsTest {

  @Test
  void aPathInsideAnotherIsLeftOut() {
    TreeSet<String> roots = new TreeSet<>(List.of("/crawls/b", "/crawls/a/site", "/crawls/a", "/crawls/a b", "/other"));
    assertEquals(List.of(Path.of("/crawls/a"), Path.of("/crawls/a b"), Path.of("/crawls/b"), Path.of("/other")),
        IndexedRoots.outermost(roots));
  }
}
