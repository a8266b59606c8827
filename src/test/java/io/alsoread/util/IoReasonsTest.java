package io.alsoread.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** The words that say why a file operation failed. */
class IoReasonsTest {

  @Test
  void fileExceptionsSayWhatWentWrongNotWhere() {
    assertEquals("no such file or folder", IoReasons.of(new NoSuchFileException("/srv/crawl/a.md")));
    assertEquals("permission denied", IoReasons.of(new AccessDeniedException("/srv/crawl/a.md")));
    assertEquals("not a folder", IoReasons.of(new NotDirectoryException("/srv/crawl/a.md")));
    assertEquals("Input/output error", IoReasons.of(new FileSystemException("/srv/crawl/a.md", null, "Input/output error")));
    assertEquals("FileSystemException", IoReasons.of(new FileSystemException("/srv/crawl/a.md")));
  }

  @Test
  void otherExceptionsGiveTheFirstLineOfTheirMessage() {
    assertEquals("disk full", IoReasons.of(new IOException("disk full\nat block 7")));
    assertEquals("IOException", IoReasons.of(new IOException()));
  }
}
