package io.alsoread.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Generates a synthetic crawl of N articles from a real one, for scale benchmarks: re-slugged
 * copies of real posts with sampled titles, tags and categories, whose "Also read" links into the
 * real crawl point at other synthetic articles (so duplication and link density stay realistic),
 * written as Hexo site roots, one per real site. The same seed makes the same crawl.
 * Run by {@code bench/synth}; not a test.
 */
@Command(name = "SynthCrawl", mixinStandardHelpOptions = true, description = "Writes a synthetic crawl sampled from a real one.")
public final class SynthCrawl implements Callable<Integer> {
  /** Written last, so a crawl without it is incomplete. */
  static final String COMPLETE_MARKER = ".synth-complete";
  private static final int CHUNK = 1_000;

  @Option(names = "--from", required = true, description = "The real crawl: a folder of Hexo site roots.")
  Path realRoot;

  @Option(names = "--out", required = true, description = "Where to write the synthetic site roots (emptied first).")
  Path outRoot;

  @Option(names = "--articles", defaultValue = "1000000", description = "How many articles (default: ${DEFAULT-VALUE}).")
  long articles;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", description = "Writer threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  public static void main(String[] args) {
    System.exit(new CommandLine(new SynthCrawl()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    long start = System.nanoTime();
    RealCrawl real = RealCrawl.read(realRoot);
    System.err.printf(Locale.ROOT, "SynthCrawl: %,d real posts on %d sites read in %.1f s; writing %,d articles to %s%n",
        real.posts().size(), real.sites().size(), (System.nanoTime() - start) / 1e9, articles, outRoot);
    SynthPlanner planner = new SynthPlanner(real, articles, seed);
    PostWriter writer = new PostWriter(planner, real.sites());
    Files.deleteIfExists(outRoot.resolve(COMPLETE_MARKER));
    List<Path> postDirs = siteRoots(planner);
    AtomicLong done = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> chunks = new ArrayList<>();
      for (long first = 0; first < articles; first += CHUNK) {
        long from = first;
        long to = Math.min(articles, first + CHUNK);
        chunks.add(pool.submit(() -> writeChunk(planner, writer, postDirs, from, to, done, start)));
      }
      for (Future<?> chunk : chunks) {
        chunk.get();
      }
    } catch (ExecutionException e) {
      throw new IOException("writing the synthetic crawl failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Files.writeString(outRoot.resolve(COMPLETE_MARKER), "articles=" + articles + "\nseed=" + seed + "\n", StandardCharsets.UTF_8);
    System.err.printf(Locale.ROOT, "SynthCrawl: %,d articles written in %.1f s%n", articles, (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /** Creates one Hexo site root per synthetic host; returns their {@code source/_posts} folders by site number. */
  private List<Path> siteRoots(SynthPlanner planner) throws IOException {
    List<Path> postDirs = new ArrayList<>();
    for (String host : planner.hosts()) {
      Path siteRoot = outRoot.resolve(host);
      Path posts = siteRoot.resolve("source/_posts");
      if (Files.isDirectory(posts)) {
        try (var old = Files.newDirectoryStream(posts, "*.md")) {
          for (Path file : old) {
            Files.delete(file);
          }
        }
      }
      Files.createDirectories(posts);
      Files.writeString(siteRoot.resolve("_config.yml"),
          "# A synthetic site written by SynthCrawl\ntitle: " + host + "\nurl: https://" + host + "\npermalink: :title/\n",
          StandardCharsets.UTF_8);
      postDirs.add(posts);
    }
    return postDirs;
  }

  private static void writeChunk(SynthPlanner planner, PostWriter writer, List<Path> postDirs, long from, long to, AtomicLong done, long start) {
    for (long number = from; number < to; number++) {
      SynthArticle article = planner.plan(number);
      try {
        writer.write(article, postDirs.get(article.source().site()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    long total = planner.count();
    long before = done.getAndAdd(to - from);
    long step = Math.max(CHUNK, total / 20);
    if ((before + (to - from)) / step != before / step) {
      System.err.printf(Locale.ROOT, "SynthCrawl: %,d of %,d (%.0f s)%n", before + (to - from), total, (System.nanoTime() - start) / 1e9);
    }
  }
}
