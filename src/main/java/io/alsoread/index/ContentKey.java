package io.alsoread.index;

import io.alsoread.ingest.Article;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.lucene.util.StringHelper;

/**
 * The content identity of an article body, from which clusters are made: an exact hash of the
 * normalised body and a MinHash signature of its word 3-shingles for near-duplicates.
 *
 * <p>Normalisation: the first line is ignored when it is the title heading (the network republishes
 * one body under spun titles and repeats each title as the body's first heading: a first line that
 * the title contains, or that contains the title, case-insensitively, the shorter being at least half
 * the longer); white space is collapsed.
 *
 * @param words number of words of the normalised body; short bodies never cluster as near-duplicates
 */
public record ContentKey(long bodyHash, int[] minhash, int words) {

  /** Number of MinHash values per body. */
  public static final int SIGNATURE_LENGTH = 32;

  /** Bodies shorter than this are too short for a near-duplicate judgement. */
  public static final int MIN_WORDS_FOR_NEAR_DUPLICATE = 50;

  public static ContentKey of(Article article) {
    return of(article, new java.util.HashMap<>());
  }

  /**
   * The key of an article's body, reusing {@code known} keys by body hash: a republished body is
   * signed once, however many copies the crawl has. {@code known} may be shared between threads
   * when it is a concurrent map.
   */
  public static ContentKey of(Article article, java.util.Map<Long, ContentKey> known) {
    String text = withoutTitleHeading(article.body(), article.title());
    String normalized = collapseWhitespace(text);
    // An empty body says nothing about content: such an article is a cluster of its own.
    byte[] bytes = (normalized.isEmpty() ? "\u0000" + article.url() : normalized).getBytes(StandardCharsets.UTF_8);
    long bodyHash = StringHelper.murmurhash3_x64_128(bytes, 0, bytes.length, 0x5eed)[0];
    ContentKey key = known.get(bodyHash);
    if (key == null) {
      int[] words = wordHashes(normalized.toLowerCase(Locale.ROOT));
      key = new ContentKey(bodyHash, minhash(words), words.length);
      known.putIfAbsent(bodyHash, key);
    }
    return key;
  }

  static String withoutTitleHeading(String body, String title) {
    int start = 0;
    while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    int end = body.indexOf('\n', start);
    if (end < 0) {
      end = body.length();
    }
    String first = collapseWhitespace(body.substring(start, end)).toLowerCase(Locale.ROOT);
    String normalizedTitle = collapseWhitespace(title).toLowerCase(Locale.ROOT);
    int shorter = Math.min(first.length(), normalizedTitle.length());
    int longer = Math.max(first.length(), normalizedTitle.length());
    if (shorter > 0 && shorter * 2 >= longer && (normalizedTitle.contains(first) || first.contains(normalizedTitle))) {
      return body.substring(end);
    }
    return body;
  }

  static String collapseWhitespace(String s) {
    char[] out = new char[s.length()];
    int n = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = n > 0;
      } else {
        if (space) {
          out[n++] = ' ';
          space = false;
        }
        out[n++] = c;
      }
    }
    return new String(out, 0, n);
  }

  /**
   * The {@link String#hashCode()} of each word of a text whose words are separated by single
   * spaces, without making the words.
   */
  static int[] wordHashes(String text) {
    if (text.isEmpty()) {
      return new int[0];
    }
    int[] hashes = new int[(int) text.chars().filter(c -> c == ' ').count() + 1];
    int word = 0;
    int h = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        hashes[word++] = h;
        h = 0;
      } else {
        h = 31 * h + c;
      }
    }
    hashes[word] = h;
    return hashes;
  }

  /**
   * MinHash over word 3-shingles, given the words' hash codes: for each of {@link #SIGNATURE_LENGTH}
   * hash functions, the smallest value.
   */
  static int[] minhash(int[] words) {
    int[] signature = new int[SIGNATURE_LENGTH];
    java.util.Arrays.fill(signature, Integer.MAX_VALUE);
    int shingles = Math.max(1, words.length - 2);
    if (words.length == 0) {
      return signature;
    }
    for (int i = 0; i < shingles; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(words.length, i + 3); j++) {
        h = mix(h ^ words[j]);
      }
      for (int k = 0; k < SIGNATURE_LENGTH; k++) {
        int v = (int) (mix(h + 0x632BE59BD9B4E019L * (k + 1)) >>> 33);
        if (v < signature[k]) {
          signature[k] = v;
        }
      }
    }
    return signature;
  }

  /** Estimated Jaccard similarity of the two bodies' shingle sets. */
  public double similarity(ContentKey other) {
    int same = 0;
    for (int k = 0; k < SIGNATURE_LENGTH; k++) {
      if (minhash[k] == other.minhash[k]) {
        same++;
      }
    }
    return same / (double) SIGNATURE_LENGTH;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb93e53e5e963L;
    return z ^ (z >>> 33);
  }
}
