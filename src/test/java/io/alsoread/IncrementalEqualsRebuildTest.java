package io.alsoread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.alsoread.index.Indexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Incremental indexing gives what a rebuild of the same files gives. A generated crawl (two Hexo
 * sites, a host folder and rendered pages, see {@link MutableCrawl}) changes at random step after
 * step (posts added, edited, linked, deleted, moved, duplicated, made to claim one URL, touched,
 * rendered as pages, a site reconfigured), an index follows it with an incremental run per step,
 * and after every step its snapshot (see {@link IndexSnapshot}) must equal that of a rebuild of the
 * crawl into a new folder.
 *
 * <p>The fixed seeds run in {@code mvn verify}. More by hand: {@code -Dincremental.seeds=200
 * -Dincremental.steps=40} (seeds 1 to 200; {@code 201-400} for a range), or {@code
 * -Dincremental.seed=N} for one; {@code -Dincremental.verbose=true} prints each run's summary.
 */
class IncrementalEqualsRebuildTest {
  /** Each step commits twice (the run and the rebuild), which the disk's syncs make most of the test's time. */
  private static final int DEFAULT_STEPS = 8;

  @TempDir Path tmp;

  static LongStream seeds() {
    String one = System.getProperty("incremental.seed");
    if (one != null) {
      return LongStream.of(Long.parseLong(one));
    }
    String many = System.getProperty("incremental.seeds");
    if (many != null) {
      int dash = many.indexOf('-');
      return dash < 0 ? LongStream.rangeClosed(1, Long.parseLong(many))
          : LongStream.rangeClosed(Long.parseLong(many.substring(0, dash)), Long.parseLong(many.substring(dash + 1)));
    }
    return LongStream.of(1, 2);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyIncrementalRunEqualsARebuild(long seed) throws IOException {
    int steps = Integer.getInteger("incremental.steps", DEFAULT_STEPS);
    MutableCrawl crawl = new MutableCrawl(tmp.resolve("crawl"), seed);
    Random random = new Random(seed * 31 + 7);
    crawl.populate(30);
    List<Path> paths = paths(crawl.root(), random);
    List<String> log = new ArrayList<>();
    try (AlsoRead incremental = AlsoRead.openOrCreate(tmp.resolve("incremental"))) {
      for (int step = 0; step <= steps; step++) {
        List<Path> given = paths;
        if (step > 0) {
          Set<String> claimedAcross = claimedAcross(crawl);
          crawl.startStep();
          int changes = 1 + random.nextInt(3);
          for (int c = 0; c < changes; c++) {
            log.add("step " + step + ": " + crawl.mutate());
          }
          given = random.nextBoolean() ? partialPaths(crawl, claimedAcross, random).orElse(paths) : paths;
          if (given != paths) {
            log.add("step " + step + ": index " + crawl.root().relativize(given.get(0)) + " alone");
          }
        }
        IndexSummary summary = incremental.index(given, false, IndexListener.NONE);
        assertEquals(0, summary.rejected(), summary.toString());
        if (Boolean.getBoolean("incremental.verbose")) {
          System.out.printf("seed %d step %d: %d added, %d updated, %d deleted, %d unchanged, %d skipped, %d articles, %d warnings %s%n",
              seed, step, summary.added(), summary.updated(), summary.deleted(), summary.unchanged(), summary.skipped(), summary.articles(),
              summary.warnings(), step == 0 ? "" : log.get(log.size() - 1));
          summary.errors().forEach(issue -> System.out.println("  " + issue.path() + ": " + issue.message()));
        }
        List<String> queries = crawl.queries();
        IndexSnapshot actual = IndexSnapshot.of(incremental, queries, crawl.probeUrls());
        IndexSnapshot expected = rebuild(paths, queries, crawl, step);
        List<String> differences = actual.differencesFrom(expected, 20);
        if (!differences.isEmpty()) {
          fail("seed " + seed + ", after step " + step + " the incremental index differs from a rebuild:\n  "
              + String.join("\n  ", differences) + "\nchanges:\n  " + String.join("\n  ", log));
        }
      }
    }
  }

  /**
   * The crawl's files given as one PATH or as several, in either order (the walk's order must not
   * matter), or as PATHs one inside another; the same for every run of a seed and its rebuilds.
   */
  private static List<Path> paths(Path root, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> List.of(root);
      case 1 -> List.of(root.resolve("sites"), root.resolve("mirror"), root.resolve("pages"));
      case 2 -> List.of(root.resolve("pages"), root.resolve("mirror"), root.resolve("sites"));
      default -> List.of(root.resolve("sites"), root);
    };
  }

  /** The top folders of the crawl in which a file gives a URL that a file outside also gives. */
  private static Set<String> claimedAcross(MutableCrawl crawl) {
    Set<String> folders = new TreeSet<>();
    for (String folder : MutableCrawl.topFolders()) {
      if (crawl.claimsAcross(folder)) {
        folders.add(folder);
      }
    }
    return folders;
  }

  /**
   * One top folder as the only PATH of a run (a new crawl of one site indexed alone), when that
   * folder holds every change of the step, so the files of the other PATHs are as the index has
   * them. Not when a URL is claimed by a file inside and one outside, before or after the step: of
   * two such files the README's rule gives the URL to the one the run walks at equal times, and
   * a run cannot give it to a file it does not walk and the index does not hold (one that lost the
   * URL earlier), so such a run is, as documented, no rebuild of the crawl; the next run of every
   * PATH is.
   */
  private static Optional<List<Path>> partialPaths(MutableCrawl crawl, Set<String> claimedAcrossBefore, Random random) {
    Set<String> changed = crawl.changedFolders();
    List<String> folders = MutableCrawl.topFolders();
    String folder = changed.isEmpty() ? folders.get(random.nextInt(folders.size())) : changed.size() == 1 ? changed.iterator().next() : null;
    if (folder == null || claimedAcrossBefore.contains(folder) || crawl.claimsAcross(folder)) {
      return Optional.empty();
    }
    return Optional.of(List.of(crawl.root().resolve(folder)));
  }

  private IndexSnapshot rebuild(List<Path> paths, List<String> queries, MutableCrawl crawl, int step) throws IOException {
    Path folder = tmp.resolve("rebuild-" + step);
    // What "index --rebuild" does in a new folder, less the empty commit the facade writes first.
    try (Directory directory = FSDirectory.open(folder)) {
      new Indexer(directory, folder).run(paths, true, IndexListener.NONE);
    }
    try (AlsoRead rebuilt = AlsoRead.open(folder)) {
      return IndexSnapshot.of(rebuilt, queries, crawl.probeUrls());
    } finally {
      deleteTree(folder);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
