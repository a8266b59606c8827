package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alsoread.AlsoReadException;
import io.alsoread.IndexUnavailableException;
import io.alsoread.IndexUnavailableException.Reason;
import org.junit.jupiter.api.Test;

/** The command line names the command that fixes an unusable index, where the library can only describe it. */
class IndexAdviceTest {

  @Test
  void anIndexToMakeOrRebuildNamesItsCommand() {
    assertEquals("no index in index/; run `alsoread index` first",
        IndexAdvice.message(new IndexUnavailableException(Reason.NO_INDEX, "no index in index/", null)));
    assertEquals("the index was written by another version of alsoread; run `alsoread index --rebuild`",
        IndexAdvice.message(IndexUnavailableException.olderVersion()));
  }

  @Test
  void otherFailuresKeepTheLibrarysMessage() {
    assertEquals("another indexer holds the index in index/; try again when it has finished",
        IndexAdvice.message(new IndexUnavailableException(Reason.HELD, "another indexer holds the index in index/", null)));
    assertEquals("index in /srv/index is corrupt", IndexAdvice.message(new IndexUnavailableException("index in /srv/index is corrupt")));
    assertEquals("disk full", IndexAdvice.message(new AlsoReadException("disk full")));
  }
}
