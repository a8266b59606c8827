package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    StartupTraining.main(new String[] {"quick", work.toString()});
  }
}
