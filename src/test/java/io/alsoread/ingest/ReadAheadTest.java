package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {
  @TempDir Path dir;

  private List<SourceFile> files(int n) throws Exception {
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path path = dir.resolve("post-" + i + ".md");
      if (i % 7 != 3) { // some files vanish before they are read: nothing is thrown
        Files.writeString(path, "---\ntitle: post " + i + "\n---\nbody " + i + "\n");
      }
      files.add(new SourceFile(path, dir, new Site.Loose(), SourceFile.Format.MARKDOWN));
    }
    return files;
  }

  private static ReadAhead started(ReadAhead readAhead) {
    readAhead.reading();
    return readAhead;
  }

  @Test
  void startsOnceTheParsersHaveReadSomeFiles() throws Exception {
    List<SourceFile> files = files(100);
    Set<Integer> asked = ConcurrentHashMap.newKeySet();
    try (ReadAhead readAhead = new ReadAhead(files, i -> asked.add(i), 2, 10, 3)) {
      for (int i = 0; i < 20; i++) {
        readAhead.reached(i); // files the parsers find unchanged: nothing is read ahead
      }
      readAhead.reading();
      readAhead.reading();
      Thread.sleep(50);
      assertTrue(asked.isEmpty(), "asked " + asked);
      readAhead.reading();
      awaitAsked(asked, 10); // the readers start at the parsers' position
      assertEquals(range(20, 29), asked);
    }
  }

  /** Waits until {@code asked} holds {@code size} indexes, and fails when it does not within a few seconds. */
  private static void awaitAsked(Set<Integer> asked, int size) throws InterruptedException {
    awaitUntil(() -> asked.size() >= size);
    assertEquals(size, asked.size(), "files read ahead: " + asked);
  }

  /** Waits until {@code condition} holds, at most ten seconds; the caller asserts what it expects. */
  private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  @Test
  void readsNoFurtherThanTheWindowAheadOfTheParsers() throws Exception {
    List<SourceFile> files = files(100);
    Set<Integer> asked = ConcurrentHashMap.newKeySet();
    try (ReadAhead readAhead = started(new ReadAhead(files, i -> asked.add(i), 3, 10, 1))) {
      awaitAsked(asked, 10);
      Thread.sleep(50);
      assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), asked, "only the first window is read before a parser starts");

      readAhead.reached(0); // a parser at 0 leaves the window where it was
      Thread.sleep(20);
      assertTrue(asked.size() <= 11, "asked " + asked);

      readAhead.reached(40); // the files the parsers have passed are not read: 41 to 50 are
      awaitUntil(() -> asked.containsAll(range(41, 50)));
      Thread.sleep(50);
      assertTrue(asked.containsAll(range(41, 50)), "asked " + asked);
      assertTrue(asked.stream().noneMatch(i -> i > 50 || (i > 10 && i <= 40)), "asked " + asked);
    }
  }

  private static Set<Integer> range(int from, int to) {
    Set<Integer> range = new HashSet<>();
    for (int i = from; i <= to; i++) {
      range.add(i);
    }
    return range;
  }

  @Test
  void skipsWhatTheParsersHavePassed() throws Exception {
    List<SourceFile> files = files(200);
    Set<Integer> asked = ConcurrentHashMap.newKeySet();
    try (ReadAhead readAhead = started(new ReadAhead(files, i -> asked.add(i) && i % 2 == 0, 2, 8, 1))) {
      awaitAsked(asked, 8);
      readAhead.reached(150); // the parsers overtook the readers: files before 150 are no longer read
      awaitUntil(() -> asked.contains(158));
      assertTrue(asked.contains(158), "asked " + asked);
      assertTrue(asked.stream().noneMatch(i -> i >= 8 && i <= 150), "asked " + asked);
      assertTrue(asked.stream().noneMatch(i -> i > 158), "asked " + asked);
    }
  }

  @Test
  void aFailureOnOneFileLeavesTheRestToBeRead() throws Exception {
    List<SourceFile> files = files(30);
    Set<Integer> asked = ConcurrentHashMap.newKeySet();
    try (ReadAhead readAhead = started(new ReadAhead(files, i -> {
      asked.add(i);
      if (i % 5 == 0) {
        throw new IllegalStateException("file " + i);
      }
      return true;
    }, 2, 40, 1))) {
      awaitAsked(asked, 30);
    }
  }

  @Test
  void closingStopsTheReaders() throws Exception {
    List<SourceFile> files = files(50);
    Set<Integer> asked = ConcurrentHashMap.newKeySet();
    ReadAhead readAhead = started(new ReadAhead(files, i -> asked.add(i), 2, 5, 1));
    awaitAsked(asked, 5);
    readAhead.close();
    readAhead.reached(49);
    Thread.sleep(50);
    assertEquals(5, asked.size(), "asked " + asked);
  }

  @Test
  void readsOnlyNowAndThenWhileTheFilesComeFromMemory() throws Exception {
    List<SourceFile> files = files(1000);
    Set<Integer> asked = ConcurrentHashMap.newKeySet();
    ReadAhead.Pace everyReadFromMemory = new ReadAhead.Pace(Long.MAX_VALUE, 0.85, 16);
    try (ReadAhead readAhead = started(new ReadAhead(files, i -> asked.add(i), 2, 2000, 1, everyReadFromMemory))) {
      awaitUntil(() -> asked.contains(992));
    }
    assertTrue(asked.contains(992), "asked " + asked);
    assertTrue(asked.size() < 150, "asked " + asked.size() + " files: " + asked);
    assertTrue(asked.stream().noneMatch(i -> i >= 200 && i % 16 != 0), "asked " + asked);
  }

  @Test
  void readsEveryFileWhileTheFilesComeFromTheDisk() throws Exception {
    List<SourceFile> files = files(300);
    Set<Integer> asked = ConcurrentHashMap.newKeySet();
    ReadAhead.Pace everyReadFromDisk = new ReadAhead.Pace(0, 0.85, 16);
    try (ReadAhead readAhead = started(new ReadAhead(files, i -> asked.add(i), 2, 1000, 1, everyReadFromDisk))) {
      awaitAsked(asked, 300);
    }
  }

  @Test
  void slowReadsBringEveryFileBack() {
    ReadAhead.Pace pace = new ReadAhead.Pace(40_000, 0.85, 16);
    assertTrue(pace.shouldRead(1), "every file is read at first");
    for (int i = 0; i < 40; i++) {
      pace.took(15_000);
    }
    assertFalse(pace.shouldRead(1), "from memory: only probes");
    assertTrue(pace.shouldRead(32), "a probe");
    pace.took(500_000);
    pace.took(500_000);
    assertTrue(pace.shouldRead(1), "from the disk again");
  }
}
