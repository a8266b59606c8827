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
 * the longer); white space is collapsed; typographic quotes ({@code ‘ ’ ‚ ‛ “ ” „ ‟}) are read as
 * straight ones, so that a rendered page, whose quotes Hexo curls, and its Markdown source key alike.
 *
 * @param words number of words of the normalised body; short bodies never cluster as near-duplicates
 */
public record ContentKey(long bodyHash, int[] minhash, int words) {

  /** Number of MinHash values per body. */
  public static final int SIGNATURE_LENGTH = 32;

  /** Bodies shorter than this are too short for a near-duplicate judgement. */
  public static final int MIN_WORDS_FOR_NEAR_DUPLICATE = 50;

  /** The offset of each of the {@link #SIGNATURE_LENGTH} hash functions: the k-th is mix(h + SEEDS[k]). */
  private static final long[] SEEDS = new long[SIGNATURE_LENGTH];

  static {
    for (int k = 0; k < SIGNATURE_LENGTH; k++) {
      SEEDS[k] = 0x632BE59BD9B4E019L * (k + 1);
    }
  }

  public static ContentKey of(Article article) {
    return of(article, new java.util.HashMap<>());
  }

  /**
   * The key of an article's body, reusing {@code known} keys by body hash: a republished body is
   * signed once, however many copies the crawl has. {@code known} may be shared between threads
   * when it is a concurrent map.
   */
  public static ContentKey of(Article article, java.util.Map<Long, ContentKey> known) {
    String body = article.body();
    OnePass pass = OnePass.of(body, bodyStart(body, article.title()));
    if (pass == null) {
      return slowly(article, known);
    }
    return keyOf(pass.utf8, pass.length, pass::words, known);
  }

  /** The definition of the key, step by step; {@link OnePass} computes the same in one pass over the body. */
  static ContentKey slowly(Article article, java.util.Map<Long, ContentKey> known) {
    String text = withoutTitleHeading(article.body(), article.title());
    String normalized = straightQuotes(collapseWhitespace(text));
    // An empty body says nothing about content: such an article is a cluster of its own.
    byte[] bytes = (normalized.isEmpty() ? "\u0000" + article.url() : normalized).getBytes(StandardCharsets.UTF_8);
    return keyOf(bytes, bytes.length, () -> wordHashes(normalized.toLowerCase(Locale.ROOT)), known);
  }

  /**
   * The key of the normalised body whose UTF-8 bytes are given: the one in {@code known} with its
   * hash, else a new one signed from the body's word hashes (made only then) and put there.
   */
  private static ContentKey keyOf(byte[] utf8, int length, java.util.function.Supplier<int[]> wordHashes,
      java.util.Map<Long, ContentKey> known) {
    long bodyHash = StringHelper.murmurhash3_x64_128(utf8, 0, length, 0x5eed)[0];
    ContentKey key = known.get(bodyHash);
    if (key == null) {
      int[] words = wordHashes.get();
      key = new ContentKey(bodyHash, minhash(words), words.length);
      known.putIfAbsent(bodyHash, key);
    }
    return key;
  }

  static String withoutTitleHeading(String body, String title) {
    return body.substring(bodyStart(body, title));
  }

  /** Where the body starts once a title heading on its first line is left out: 0 when there is none. */
  private static int bodyStart(String body, String title) {
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
      return end;
    }
    return 0;
  }

  /** {@code c}, a typographic quote read as the straight one. */
  static char straightQuote(char c) {
    if (c < '\u2018' || c > '\u201f') {
      return c;
    }
    return c <= '\u201b' ? '\'' : '"';
  }

  static String straightQuotes(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = straightQuote(chars[i]);
    }
    return new String(chars);
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
      // Seeds from a table and a branch-free minimum: the JIT then computes several of the functions
      // per instruction (2.5 times faster in a micro-benchmark, the same signatures).
      for (int k = 0; k < SIGNATURE_LENGTH; k++) {
        signature[k] = Math.min(signature[k], (int) (mix(h + SEEDS[k]) >>> 33));
      }
    }
    return signature;
  }

  /**
   * The UTF-8 bytes of the collapsed body and the hash codes of its lower-cased words, made in one
   * pass instead of the four copies of {@link #slowly}: the indexer keys every article of a crawl.
   */
  private static final class OnePass {
    final byte[] utf8;
    final int length;
    private final int[] wordHashes;
    private final int wordCount;

    private OnePass(byte[] utf8, int length, int[] wordHashes, int wordCount) {
      this.utf8 = utf8;
      this.length = length;
      this.wordHashes = wordHashes;
      this.wordCount = wordCount;
    }

    int[] words() {
      return java.util.Arrays.copyOf(wordHashes, wordCount);
    }

    /**
     * The pass over {@code body} from {@code from}; null when the body needs {@link #slowly}: it is
     * empty once collapsed, or holds one of the two characters whose lower case depends on their
     * neighbours ({@code U+0130} and the capital sigma).
     */
    static OnePass of(String body, int from) {
      int end = body.length();
      byte[] out = new byte[end - from + 16];
      int n = 0;
      int[] hashes = new int[64];
      int words = 0;
      int hash = 0;
      boolean space = false;
      for (int i = from; i < end; i++) {
        char c = straightQuote(body.charAt(i));
        boolean ascii = c < 0x80;
        if (ascii ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) : Character.isWhitespace(c) || c == '\u00a0') {
          space = n > 0;
          continue;
        }
        if (c == '\u0130' || c == '\u03a3') {
          return null;
        }
        if (n + 5 > out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        if (space) {
          out[n++] = ' ';
          if (words == hashes.length) {
            hashes = java.util.Arrays.copyOf(hashes, words * 2);
          }
          hashes[words++] = hash;
          hash = 0;
          space = false;
        }
        if (ascii) {
          out[n++] = (byte) c;
          hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
          continue;
        }
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(body.charAt(i + 1))) {
          int codePoint = Character.toCodePoint(c, body.charAt(++i));
          out[n++] = (byte) (0xf0 | (codePoint >> 18));
          out[n++] = (byte) (0x80 | ((codePoint >> 12) & 0x3f));
          out[n++] = (byte) (0x80 | ((codePoint >> 6) & 0x3f));
          out[n++] = (byte) (0x80 | (codePoint & 0x3f));
          int lower = Character.toLowerCase(codePoint);
          if (Character.isBmpCodePoint(lower)) {
            hash = 31 * hash + lower;
          } else {
            hash = 31 * (31 * hash + Character.highSurrogate(lower)) + Character.lowSurrogate(lower);
          }
          continue;
        }
        if (Character.isSurrogate(c)) {
          out[n++] = '?'; // what String.getBytes writes for a lone surrogate
          hash = 31 * hash + c;
        } else {
          if (c < 0x800) {
            out[n++] = (byte) (0xc0 | (c >> 6));
          } else {
            out[n++] = (byte) (0xe0 | (c >> 12));
            out[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
          }
          out[n++] = (byte) (0x80 | (c & 0x3f));
          hash = 31 * hash + Character.toLowerCase(c); // a BMP letter's lower case is in the BMP too
        }
      }
      if (n == 0) {
        return null;
      }
      if (words == hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, words + 1);
      }
      hashes[words++] = hash;
      return new OnePass(out, n, hashes, words);
    }
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
