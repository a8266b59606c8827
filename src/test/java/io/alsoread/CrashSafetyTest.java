package io.alsoread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC "Guarantees": a kill at any moment of indexing leaves the last committed index readable and
 * complete, and the next run finishes the job. An indexer in a child JVM is killed with SIGKILL at
 * several moments of a run over a generated crawl; after each kill the index must open, pass
 * Lucene's CheckIndex, and show exactly the previous commit (or the new one, if the kill came after
 * the commit).
 */
class CrashSafetyTest {
  private static final int POSTS = 800;

  @TempDir Path tmp;

  /** The figures of one committed state. */
  private record Figures(long articles, long linksTotal, long linksResolved) {
    static Figures of(GeneratedCrawl crawl) {
      return new Figures(crawl.articles(), crawl.linksTotal(), crawl.linksResolved());
    }
  }

  /** When to kill the child, judged by the progress lines it prints. */
  private record KillPoint(String name, Predicate<String[]> when, long delayMillis) {
    KillPoint(String name, Predicate<String[]> when) {
      this(name, when, 0);
    }
  }

  private static final KillPoint EARLY = new KillPoint("early (walking the crawl)", p -> p[1].equals("scan"));
  private static final KillPoint MID_PARSE = new KillPoint("mid-parse", p -> p[1].equals("parse") && half(p));
  private static final KillPoint AT_COMMIT = new KillPoint("as the commit starts", p -> p[1].equals("commit"));
  private static final KillPoint IN_COMMIT = new KillPoint("100 ms into the commit", p -> p[1].equals("commit"), 100);

  @Test
  void killingTheFirstRunLeavesNoArticlesOrAllOfThem() throws Exception {
    GeneratedCrawl crawl = new GeneratedCrawl(tmp.resolve("crawl")).write(0, POSTS);
    Path index = tmp.resolve("index");
    Figures complete = Figures.of(crawl);
    Figures none = new Figures(0, 0, 0);
    for (KillPoint point : List.of(EARLY, AT_COMMIT)) {
      killDuringRun(index, crawl, point);
      Figures seen = committed(index);
      assertTrue(seen == null || seen.equals(none) || seen.equals(complete),
          "after a kill " + point.name() + ": " + seen + ", expected none or " + complete);
    }
    runToEnd(index, crawl);
    assertEquals(complete, committed(index));
  }

  @Test
  void killingAReindexKeepsThePreviousCommit() throws Exception {
    GeneratedCrawl crawl = new GeneratedCrawl(tmp.resolve("crawl")).write(0, POSTS);
    Path index = tmp.resolve("index");
    try (AlsoRead alsoRead = AlsoRead.openOrCreate(index)) {
      alsoRead.index(List.of(crawl.root()), false, IndexListener.NONE);
    }
    Figures before = Figures.of(crawl);
    assertEquals(before, committed(index));

    for (int i = 0; i < 60; i++) {
      crawl.delete(i * 7);
      crawl.edit(i * 7 + 3);
    }
    crawl.write(POSTS, POSTS + 150);
    Figures after = Figures.of(crawl);

    for (KillPoint point : List.of(MID_PARSE, AT_COMMIT, IN_COMMIT)) {
      killDuringRun(index, crawl, point);
      Figures seen = committed(index);
      assertTrue(before.equals(seen) || after.equals(seen),
          "after a kill " + point.name() + ": " + seen + ", expected " + before + " or " + after);
    }
    runToEnd(index, crawl);
    assertEquals(after, committed(index));
    try (AlsoRead alsoRead = AlsoRead.open(index)) {
      assertEquals("Generated post 3 edition 1", alsoRead.article(GeneratedCrawl.url(3)).orElseThrow().title());
      assertTrue(alsoRead.article(GeneratedCrawl.url(7)).isEmpty(), "a deleted post is gone");
      assertEquals(1, alsoRead.search(SearchRequest.of("u" + (POSTS + 149))).total());
    }
  }

  private static boolean half(String[] progress) {
    long done = Long.parseLong(progress[2]);
    long total = Long.parseLong(progress[3]);
    return total > 0 && done * 2 >= total;
  }

  /** Runs the child indexer and kills it with SIGKILL when its progress reaches {@code point}. */
  private void killDuringRun(Path index, GeneratedCrawl crawl, KillPoint point) throws Exception {
    Process child = ChildJvm.builder(tmp, ChildIndexer.class.getName(), index.toString(), crawl.root().toString()).start();
    CompletableFuture<String> err = ChildJvm.drain(child.getErrorStream());
    CompletableFuture.runAsync(child::destroyForcibly, CompletableFuture.delayedExecutor(120, TimeUnit.SECONDS)); // a hung child
    List<String> lines = new ArrayList<>();
    boolean killed = false;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        lines.add(line);
        String[] parts = line.split(" ");
        if (parts[0].equals("progress") && point.when().test(parts)) {
          if (point.delayMillis() > 0) {
            Thread.sleep(point.delayMillis());
          }
          child.destroyForcibly();
          killed = true;
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      if (!child.waitFor(30, TimeUnit.SECONDS)) {
        fail("the child indexer did not die");
      }
    }
    if (!killed && !lines.contains("done " + crawl.articles())) {
      fail("the child indexer ended before " + point.name() + " without finishing; output " + lines + " " + err.join());
    }
  }

  private void runToEnd(Path index, GeneratedCrawl crawl) throws Exception {
    ChildJvm.Result result = ChildJvm.run(tmp, 120, ChildIndexer.class.getName(), index.toString(), crawl.root().toString());
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("done " + crawl.articles()), result.out());
  }

  /** The figures of the committed index, after Lucene's CheckIndex; null when there is no index. */
  private static Figures committed(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index); CheckIndex checker = new CheckIndex(directory)) {
      CheckIndex.Status status = checker.checkIndex();
      if (status.missingSegments) {
        return null;
      }
      assertTrue(status.clean, "CheckIndex finds the committed index broken");
    }
    try (AlsoRead alsoRead = AlsoRead.open(index)) {
      IndexStats stats = alsoRead.stats();
      SearchResult all = alsoRead.search(SearchRequest.of("").withPage(1, 0));
      assertEquals(stats.articles(), all.total());
      assertEquals(stats.articles(), alsoRead.size());
      if (stats.articles() > 0) {
        assertEquals(1, alsoRead.search(SearchRequest.of("u" + (POSTS - 1))).total(), "a post's unique word finds it");
      }
      return new Figures(stats.articles(), stats.links().total(), stats.links().resolved());
    } catch (IndexUnavailableException e) {
      fail("CheckIndex passes but the facade cannot open the index: " + e.getMessage());
      return null;
    }
  }
}
