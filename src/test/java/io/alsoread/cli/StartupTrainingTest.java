package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run works through every command on the sample corpus without failing. */
class StartupTrainingTest {

  @TempDir
  Path work;

  @Test
  void fullThenQuickTrainingRunOnTheSampleCorpus() throws IOException {
    Path corpus = Path.of("corpus").toAbsolutePath();
    assertTrue(Files.isDirectory(corpus), "the repository's corpus/ is there");
    StartupTraining.main(new String[] {"full", corpus.toString(), work.toString()});
    assertTrue(Files.exists(work.resolve("index")), "the full run leaves its index for the quick one");
    try (Directory directory = FSDirectory.open(work.resolve("index")); DirectoryReader reader = DirectoryReader.open(directory)) {
      assertTrue(reader.leaves().size() >= 2, "the sample sites and their copies make two segments, as a real index has");
      assertTrue(reader.numDocs() > 400, "the sample posts and 8 copies of them: " + reader.numDocs());
    }
    StartupTraining.main(new String[] {"quick", work.toString()});
  }
}
