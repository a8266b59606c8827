package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.MMapDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainMergeReadsTest {
  @TempDir Path tmp;

  private static void write(Directory dir) throws IOException {
    write(dir, "data");
  }

  private static void write(Directory dir, String name) throws IOException {
    try (IndexOutput out = dir.createOutput(name, IOContext.DEFAULT)) {
      out.writeInt(42);
    }
  }

  private static boolean mapped(IndexInput input) {
    return input.getClass().getName().contains("MemorySegment");
  }

  @Test
  void mergesReadWithoutMapsAndEverythingElseAsBefore() throws IOException {
    try (Directory mapped = new MMapDirectory(tmp)) {
      write(mapped);
      try (PlainMergeReads dir = PlainMergeReads.wrap(mapped)) {
        try (IndexInput merge = dir.openInput("data", IOContext.merge())) {
          assertFalse(mapped(merge), merge.toString());
          assertEquals(42, merge.readInt());
        }
        try (IndexInput search = dir.openInput("data", IOContext.DEFAULT)) {
          assertTrue(mapped(search), search.toString());
          assertEquals(42, search.readInt());
        }
      }
      try (IndexInput afterClose = mapped.openInput("data", IOContext.DEFAULT)) { // the wrapped directory stays open
        assertEquals(42, afterClose.readInt());
      }
    }
  }

  @Test
  void docValuesDataIsReadWithoutMapsWhateverTheContext() throws IOException {
    try (Directory mapped = new MMapDirectory(tmp)) {
      write(mapped, "_0_Lucene90_0.dvd");
      write(mapped, "_0_Lucene90_0.dvm");
      try (PlainMergeReads dir = PlainMergeReads.wrap(mapped)) {
        try (IndexInput data = dir.openInput("_0_Lucene90_0.dvd", IOContext.DEFAULT)) { // how merges open doc values
          assertFalse(mapped(data), data.toString());
          assertEquals(42, data.readInt());
        }
        try (IndexInput meta = dir.openInput("_0_Lucene90_0.dvm", IOContext.DEFAULT)) {
          assertTrue(mapped(meta), meta.toString());
        }
      }
    }
  }

  @Test
  void directoriesThatAreNotMappedReadAsThemselves() throws IOException {
    try (Directory memory = new ByteBuffersDirectory(); PlainMergeReads dir = PlainMergeReads.wrap(memory)) {
      write(memory);
      try (IndexInput merge = dir.openInput("data", IOContext.merge())) {
        assertEquals(42, merge.readInt());
      }
    }
  }
}
