package io.alsoread.index;

import io.alsoread.ingest.Article;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.lucene.util.StringHelper;

/**
 * The content identity of an article body, from which clusters are made: an exact hash of the
 * normalised body and a 64-bit simhash of its word 3-shingles for near-duplicates.
 *
 * <p>Normalisation: the first line is ignored when it is the title heading (the network republishes
 * one body under spun titles and repeats each title as the body's first heading: a first line that
 * the title contains, or that contains the title, case-insensitively); white space is collapsed.
 *
 * @param words number of words of the normalised body; short bodies never cluster as near-duplicates
 */
public record ContentKey(long bodyHash, long simhash, int words) {

  /** Bodies shorter than this are too short for a near-duplicate judgement. */
  public static final int MIN_WORDS_FOR_NEAR_DUPLICATE = 50;

  public static ContentKey of(Article article) {
    String text = withoutTitleHeading(article.body(), article.title());
    String normalized = collapseWhitespace(text);
    // An empty body says nothing about content: such an article is a cluster of its own.
    byte[] bytes = (normalized.isEmpty() ? "\u0000" + article.url() : normalized).getBytes(StandardCharsets.UTF_8);
    long bodyHash = StringHelper.murmurhash3_x64_128(bytes, 0, bytes.length, 0x5eed)[0];
    String[] words = normalized.isEmpty() ? new String[0] : normalized.toLowerCase(Locale.ROOT).split(" ");
    return new ContentKey(bodyHash, simhash(words), words.length);
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
    if (!first.isEmpty() && !normalizedTitle.isEmpty() && (normalizedTitle.contains(first) || first.contains(normalizedTitle))) {
      return body.substring(end);
    }
    return body;
  }

  static String collapseWhitespace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Charikar's simhash over word 3-shingles. */
  static long simhash(String[] words) {
    if (words.length == 0) {
      return 0;
    }
    int[] weights = new int[64];
    int shingles = Math.max(1, words.length - 2);
    for (int i = 0; i < shingles; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(words.length, i + 3); j++) {
        h = mix(h ^ words[j].hashCode());
      }
      for (int bit = 0; bit < 64; bit++) {
        weights[bit] += ((h >>> bit) & 1) != 0 ? 1 : -1;
      }
    }
    long result = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        result |= 1L << bit;
      }
    }
    return result;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb93e53e5e963L;
    return z ^ (z >>> 33);
  }
}
