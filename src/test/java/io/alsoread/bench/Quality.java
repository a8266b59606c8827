package io.alsoread.bench;

import io.alsoread.AlsoRead;
import io.alsoread.BadQueryException;
import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Search quality on the eval sets, as their README defines it: success@10 and MRR@10 of the
 * known-item queries (a query succeeds when any relevant URL is among the top 10 collapsed hits),
 * and the mean number of distinct content clusters among the top 10 hits of the broad queries.
 */
record Quality(int knownItems, double successAt10, double mrrAt10, int refused) {

  static Quality knownItems(AlsoRead index, List<KnownItem> items) throws IOException {
    int found = 0;
    int refused = 0;
    double reciprocalRanks = 0;
    for (KnownItem item : items) {
      int rank = rankAt10(index, item);
      if (rank == REFUSED) {
        refused++;
      } else if (rank > 0) {
        found++;
        reciprocalRanks += 1.0 / rank;
      }
    }
    int count = Math.max(1, items.size());
    return new Quality(items.size(), (double) found / count, reciprocalRanks / count, refused);
  }

  /** What {@link #rankAt10} gives for a query the engine refuses. */
  static final int REFUSED = -1;

  /** The rank (from 1) of the first relevant URL among the top 10 collapsed hits; 0 when none is there, {@link #REFUSED} when refused. */
  static int rankAt10(AlsoRead index, KnownItem item) throws IOException {
    List<Hit> hits;
    try {
      hits = index.search(SearchRequest.of(item.query()).withPage(10, 0).withCollapse(true)).hits();
    } catch (BadQueryException e) {
      return REFUSED;
    }
    for (int rank = 0; rank < hits.size(); rank++) {
      if (item.relevant().contains(hits.get(rank).url())) {
        return rank + 1;
      }
    }
    return 0;
  }

  /**
   * How the known-item headings fare with a typing slip: the fourth letter of the longest word (of
   * six ASCII letters or more) left out.
   *
   * @param headings the headings with such a word
   * @param foundAsTyped how many of them, mistyped, still find a relevant URL in the top 10
   * @param suggested how many searches suggest a correction
   * @param restored how many suggestions are the heading itself (case aside)
   * @param foundSuggested how many suggestions find a relevant URL in the top 10
   */
  record Mistyped(int headings, int foundAsTyped, int suggested, int restored, int foundSuggested) {}

  static Mistyped mistyped(AlsoRead index, List<KnownItem> items) throws IOException {
    int headings = 0;
    int foundAsTyped = 0;
    int suggested = 0;
    int restored = 0;
    int foundSuggested = 0;
    for (KnownItem item : items) {
      String longest = Arrays.stream(item.query().split("\\s+")).filter(word -> word.matches("[A-Za-z]{6,}"))
          .max(Comparator.comparingInt(String::length)).orElse(null);
      if (longest == null) {
        continue;
      }
      headings++;
      String mistyped = item.query().replaceFirst("\\b" + longest + "\\b", longest.substring(0, 3) + longest.substring(4));
      try {
        SearchResult result = index.search(SearchRequest.of(mistyped).withPage(10, 0));
        foundAsTyped += found(result, item) ? 1 : 0;
        if (result.suggestion() != null) {
          suggested++;
          restored += result.suggestion().equalsIgnoreCase(item.query()) ? 1 : 0;
          foundSuggested += found(index.search(SearchRequest.of(result.suggestion()).withPage(10, 0)), item) ? 1 : 0;
        }
      } catch (BadQueryException e) {
        // counted as not found
      }
    }
    return new Mistyped(headings, foundAsTyped, suggested, restored, foundSuggested);
  }

  /** The typing slips {@link #slips} makes, each in one place of the word chosen by a seeded random. */
  enum Slip {
    LEFT_OUT, DOUBLE_LEFT_OUT, NEAR_KEY_TYPED, NEAR_KEY_ADDED, DOUBLED, SWAPPED;

    private static final String[] KEY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    /** {@code word} with this slip somewhere after its first letter, or null when it cannot have it. */
    String applyTo(String word, Random random) {
      String lower = word.toLowerCase(Locale.ROOT);
      int at = 1 + random.nextInt(word.length() - 2);
      return switch (this) {
        case LEFT_OUT -> word.substring(0, at) + word.substring(at + 1);
        case DOUBLE_LEFT_OUT -> {
          for (int i = 1; i < lower.length(); i++) {
            if (lower.charAt(i) == lower.charAt(i - 1)) {
              yield word.substring(0, i) + word.substring(i + 1);
            }
          }
          yield null;
        }
        case NEAR_KEY_TYPED -> word.substring(0, at) + nearKey(lower.charAt(at), random) + word.substring(at + 1);
        case NEAR_KEY_ADDED -> word.substring(0, at) + nearKey(lower.charAt(at), random) + word.substring(at);
        case DOUBLED -> word.substring(0, at) + word.charAt(at) + word.substring(at);
        case SWAPPED -> lower.charAt(at) == lower.charAt(at + 1) ? null
            : word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
      };
    }

    /** A key beside {@code key} in its row of a QWERTY keyboard. */
    private static char nearKey(char key, Random random) {
      for (String row : KEY_ROWS) {
        int i = row.indexOf(key);
        if (i >= 0) {
          boolean left = i > 0 && (i + 1 == row.length() || random.nextBoolean());
          return row.charAt(left ? i - 1 : i + 1);
        }
      }
      return 'e';
    }
  }

  /**
   * How suggestions fare on one kind of typing slip in the longest word (of six ASCII letters or
   * more) of each known-item heading, where the slip gives a word no article holds.
   *
   * @param mistyped the headings whose slip gives such a word
   * @param restored how many of them get the heading itself as the suggestion (case aside)
   */
  record Slips(Slip slip, int mistyped, int restored) {}

  static List<Slips> slips(AlsoRead index, List<KnownItem> items) throws IOException {
    List<Slips> all = new ArrayList<>();
    for (Slip slip : Slip.values()) {
      Random random = new Random(42);
      int mistyped = 0;
      int restored = 0;
      for (KnownItem item : items) {
        String longest = Arrays.stream(item.query().split("\\s+")).filter(word -> word.matches("[A-Za-z]{6,}"))
            .max(Comparator.comparingInt(String::length)).orElse(null);
        String typed = longest == null ? null : slip.applyTo(longest, random);
        if (typed == null) {
          continue;
        }
        try {
          SearchResult result = index.search(SearchRequest.of(item.query().replaceFirst("\\b" + longest + "\\b", typed)).withPage(1, 0));
          if (!result.unknownWords().isEmpty()) {
            mistyped++;
            restored += item.query().equalsIgnoreCase(result.suggestion()) ? 1 : 0;
          }
        } catch (BadQueryException e) {
          // not counted: a refused query is no typing slip
        }
      }
      all.add(new Slips(slip, mistyped, restored));
    }
    return all;
  }

  private static boolean found(SearchResult result, KnownItem item) {
    return result.hits().stream().anyMatch(hit -> item.relevant().contains(hit.url()));
  }

  /** Mean distinct clusters among the top 10 hits of each query, with collapsing on or off. */
  static double meanDistinctClusters(AlsoRead index, List<String> queries, boolean collapse) throws IOException {
    long distinct = 0;
    for (String query : queries) {
      Set<String> clusters = new HashSet<>();
      try {
        index.search(SearchRequest.of(query).withPage(10, 0).withCollapse(collapse)).hits().forEach(hit -> clusters.add(hit.cluster()));
      } catch (BadQueryException e) {
        // a refused query shows no clusters
      }
      distinct += clusters.size();
    }
    return queries.isEmpty() ? Double.NaN : (double) distinct / queries.size();
  }
}
