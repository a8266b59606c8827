package io.alsoread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import java.util.TreeMap;

/**
 * A Hexo site of generated posts for tests that need a crawl bigger than the sample: post {@code i}
 * has a body of random words, and an "Also read" list linking to posts {@code i+1} and
 * {@code i+13} (resolved when those exist) and to one outside URL (dangling). It knows the figures
 * an index of its current posts must report.
 */
final class GeneratedCrawl {
  static final String HOST = "gen.example";
  private static final int WORDS_PER_POST = 300;
  private static final String[] VOCABULARY = vocabulary(42, 2000, 3, 9);

  private final Path root;
  /** Present posts and their edition (0 = as first written). */
  private final TreeMap<Integer, Integer> posts = new TreeMap<>();
  private long clock = System.currentTimeMillis() - 3_600_000;

  /** A site root {@code gen.example} in {@code parent}. */
  GeneratedCrawl(Path parent) throws IOException {
    root = parent.resolve(HOST);
    Files.createDirectories(root.resolve("source/_posts"));
    Files.writeString(root.resolve("_config.yml"), "url: https://" + HOST + "\npermalink: :title/\ntimezone: UTC\n");
  }

  Path root() {
    return root;
  }

  static String url(int i) {
    return "https://" + HOST + "/" + slug(i) + "/";
  }

  /** Writes posts {@code from} (inclusive) to {@code to} (exclusive). */
  GeneratedCrawl write(int from, int to) throws IOException {
    for (int i = from; i < to; i++) {
      writePost(i, 0);
    }
    return this;
  }

  /** Rewrites post {@code i} with another title and body. */
  void edit(int i) throws IOException {
    writePost(i, posts.getOrDefault(i, 0) + 1);
  }

  void delete(int i) throws IOException {
    Files.delete(file(i));
    posts.remove(i);
  }

  long articles() {
    return posts.size();
  }

  long linksTotal() {
    return 3L * posts.size();
  }

  long linksResolved() {
    long resolved = 0;
    for (int i : posts.keySet()) {
      resolved += (posts.containsKey(i + 1) ? 1 : 0) + (posts.containsKey(i + 13) ? 1 : 0);
    }
    return resolved;
  }

  private void writePost(int i, int edition) throws IOException {
    Random random = new Random(i * 31L + edition);
    StringBuilder text = new StringBuilder(WORDS_PER_POST * 8);
    text.append("---\ntitle: \"Generated post ").append(i).append(edition > 0 ? " edition " + edition : "").append("\"\n")
        .append("date: 2024-").append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28)).append(" 10:00:00\n")
        .append("tags:\n  - tag").append(i % 40).append("\n  - generated\n")
        .append("categories:\n  - topic").append(i % 7).append("\n  - sub").append(i % 3).append("\n")
        .append("---\n\n");
    text.append("Unique marker u").append(i).append(" for this post.\n\n");
    for (int w = 0; w < WORDS_PER_POST; w++) {
      text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(w % 90 == 89 ? ".\n\n" : " ");
    }
    text.append("\n\n<span class=\"atpl-alsoreadstyle\">Also read:</span>\n<div><ul>\n");
    link(text, url(i + 1), "Next post " + (i + 1));
    link(text, url(i + 13), "Related post " + (i + 13));
    link(text, "https://elsewhere.example/ref-" + i + "/", "Elsewhere " + i);
    text.append("</ul></div>\n");
    Path file = file(i);
    Files.writeString(file, text);
    clock += 1000; // distinct, increasing times: an edit is always seen as a change
    Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
    posts.put(i, edition);
  }

  private static void link(StringBuilder text, String url, String title) {
    text.append("<li><a href=\"").append(url).append("\"><u>").append(title).append("</u></a></li>\n");
  }

  private Path file(int i) {
    return root.resolve("source/_posts/" + slug(i) + ".md");
  }

  private static String slug(int i) {
    return String.format("post-%05d", i);
  }

  /**
   * {@code size} made-up words of {@code minLength} to {@code maxLength} random letters, the same
   * for the same {@code seed}: text no stemmer or stop list changes much.
   */
  static String[] vocabulary(long seed, int size, int minLength, int maxLength) {
    Random random = new Random(seed);
    String[] words = new String[size];
    for (int i = 0; i < words.length; i++) {
      StringBuilder word = new StringBuilder();
      int length = minLength + random.nextInt(maxLength - minLength + 1);
      for (int c = 0; c < length; c++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      words[i] = word.toString();
    }
    return words;
  }
}
