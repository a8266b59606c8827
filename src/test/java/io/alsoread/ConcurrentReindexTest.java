package io.alsoread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC "Library": searches run concurrently with a reindex and see its results when it commits,
 * never a half-written state. Eight threads search a copy of the sample corpus without pause while
 * the crawl flips between two states (posts deleted, added and edited) and is reindexed each time;
 * every answer must be exactly the old state's or exactly the new one's, and none may fail.
 */
class ConcurrentReindexTest {
  private static final int SEARCHERS = 8;
  private static final int REINDEXES = 4;
  private static final List<String> QUERIES = List.of("", "printer", "wifi OR video", "zebrafish", "tag:wifi", "site:clipstudio.alsoread.test");
  private static final List<String> DELETED = List.of(
      "clipstudio.alsoread.test/webcam-not-detected.md",
      "netcare.alsoread.test/source/_posts/set-up-a-guest-network.md",
      "printfix.alsoread.test/source/_posts/toner-low-warning-wont-clear.md");
  private static final List<String> EDITED = List.of(
      "clipstudio.alsoread.test/fix-audio-out-of-sync.md",
      "printfix.alsoread.test/source/_posts/paper-jam-with-no-paper-inside.md");
  private static final int ADDED = 4;

  @TempDir Path tmp;

  /** What a search shows of the state it saw: counts and facets, which do not depend on segment layout. */
  private record Seen(long total, long clusters, Facets facets) {
    static Seen of(SearchResult result) {
      return new Seen(result.total(), result.clusters(), result.facets());
    }
  }

  @Test
  void searchesSeeTheWholeOldOrTheWholeNewStateWhileReindexing() throws Exception {
    Path crawl = tmp.resolve("crawl");
    copy(Path.of("corpus"), crawl);
    Flip flip = new Flip(crawl);
    try (AlsoRead index = AlsoRead.openOrCreate(tmp.resolve("index"))) {
      assertEquals(49, index.index(List.of(crawl), false, IndexListener.NONE).articles());
      Map<String, Seen> before = snapshot(index);
      flip.apply();
      IndexSummary changed = index.index(List.of(crawl), false, IndexListener.NONE);
      assertEquals(List.of((long) ADDED, (long) EDITED.size(), (long) DELETED.size()),
          List.of(changed.added(), changed.updated(), changed.deleted()));
      Map<String, Seen> after = snapshot(index);
      for (String query : QUERIES) {
        assertNotEquals(before.get(query).total(), after.get(query).total(), "the two states differ for '" + query + "'");
      }
      flip.revert();
      index.index(List.of(crawl), false, IndexListener.NONE);
      assertEquals(before, snapshot(index), "reverting the crawl gives the first state again");

      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong searches = new AtomicLong();
      AtomicLong sawOld = new AtomicLong();
      AtomicLong sawNew = new AtomicLong();
      CountDownLatch started = new CountDownLatch(SEARCHERS);
      ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS);
      for (int t = 0; t < SEARCHERS; t++) {
        int offset = t;
        pool.execute(() -> {
          started.countDown();
          for (int n = offset; !stop.get(); n++) {
            String query = QUERIES.get(n % QUERIES.size());
            try {
              Seen seen = Seen.of(index.search(SearchRequest.of(query)));
              searches.incrementAndGet();
              if (seen.equals(before.get(query))) {
                sawOld.incrementAndGet();
              } else if (seen.equals(after.get(query))) {
                sawNew.incrementAndGet();
              } else {
                failures.add("'" + query + "' saw " + seen + "; old " + before.get(query) + ", new " + after.get(query));
              }
            } catch (Throwable e) {
              failures.add("'" + query + "' failed: " + e);
            }
          }
        });
      }
      started.await();
      try {
        for (int i = 0; i < REINDEXES; i++) {
          boolean toNew = i % 2 == 0;
          if (toNew) {
            flip.apply();
          } else {
            flip.revert();
          }
          index.index(List.of(crawl), false, IndexListener.NONE);
          Map<String, Seen> expected = toNew ? after : before;
          assertEquals(expected.get(""), Seen.of(index.search(SearchRequest.of(""))), "a reindex is visible as soon as index() returns");
        }
      } finally {
        stop.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "searchers stop");
      }
      assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), failures.size() + " of " + searches + " searches went wrong");
      assertTrue(sawOld.get() > 0 && sawNew.get() > 0, "searches saw both states: " + sawOld + " old, " + sawNew + " new");
    }
  }

  private static Map<String, Seen> snapshot(AlsoRead index) throws IOException {
    Map<String, Seen> seen = new LinkedHashMap<>();
    for (String query : QUERIES) {
      seen.put(query, Seen.of(index.search(SearchRequest.of(query))));
    }
    return seen;
  }

  /** Turns the copied crawl into the second state (posts deleted, added, edited) and back. */
  private static final class Flip {
    private final Path crawl;
    private final Map<String, byte[]> originals = new LinkedHashMap<>();
    private long clock = System.currentTimeMillis();

    Flip(Path crawl) throws IOException {
      this.crawl = crawl;
      for (String file : concat(DELETED, EDITED)) {
        originals.put(file, Files.readAllBytes(crawl.resolve(file)));
      }
    }

    void apply() throws IOException {
      for (String file : DELETED) {
        Files.delete(crawl.resolve(file));
      }
      for (String file : EDITED) {
        write(file, new String(originals.get(file), java.nio.charset.StandardCharsets.UTF_8)
            + "\n\nA zebrafish paragraph added by the second crawl.\n");
      }
      for (int i = 0; i < ADDED; i++) {
        write(added(i), "---\ntitle: Zebrafish wifi note " + i + "\ndate: 2025-01-0" + (i + 1) + " 10:00:00\ntags:\n  - wifi\n---\n\n"
            + "A new post of the second crawl about zebrafish and printer wifi, number " + i + ".\n");
      }
    }

    void revert() throws IOException {
      for (int i = 0; i < ADDED; i++) {
        Files.delete(crawl.resolve(added(i)));
      }
      for (Map.Entry<String, byte[]> e : originals.entrySet()) {
        Files.write(crawl.resolve(e.getKey()), e.getValue());
        touch(e.getKey());
      }
    }

    private void write(String file, String text) throws IOException {
      Files.writeString(crawl.resolve(file), text);
      touch(file);
    }

    /** Later times than any before: a rewritten file is always seen as changed. */
    private void touch(String file) throws IOException {
      clock += 2000;
      Files.setLastModifiedTime(crawl.resolve(file), FileTime.fromMillis(clock));
    }

    private static String added(int i) {
      return "clipstudio.alsoread.test/zebrafish-note-" + i + ".md";
    }

    private static List<String> concat(List<String> a, List<String> b) {
      List<String> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }
}
