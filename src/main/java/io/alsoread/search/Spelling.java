package io.alsoread.search;

import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The likeliest word a user meant by a word no article holds: one typing slip away (a letter left
 * out, added, changed, or two swapped), written in the articles, and held by the most of them
 * together with the query's other words, each slip weighed by how often typists make it.
 * Thread-safe.
 */
final class Spelling {
  /** Words this long or longer are corrected; shorter ones have too many neighbours to guess from. */
  private static final int MIN_CORRECTED_LENGTH = 4;
  /** Longer words are left alone: their slips would be thousands of candidates. */
  private static final int MAX_CORRECTED_LENGTH = 24;
  private static final Pattern POSSESSIVE = Pattern.compile("(.+)(['\u2019][sS])");
  private static final Pattern CORRECTABLE = Pattern.compile("[A-Za-z]+");
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  /** How many titles, and bodies, tell how the articles write a term. */
  private static final int SAMPLED_TITLES = 200;
  private static final int SAMPLED_BODIES = 20;
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** How many terms of slips are tried, likeliest first, before giving up. */
  private static final int MAX_TRIED_TERMS = 5;
  private static final Set<String> BODY = Set.of(Fields.BODY);

  // How likely each kind of slip is, relative to the others: a noisy channel's error model, in the
  // spirit of Kernighan, Church and Gale (1990), kept to the few distinctions that decide here. A
  // dropped double letter ("ofline") is likelier than a letter changed to one far from it on the
  // keyboard ("online"), whichever more articles hold.
  /** Two neighbouring letters typed in the wrong order. */
  private static final float SWAPPED = 1f;
  /** One of a double letter left out. */
  private static final float DOUBLE_LEFT_OUT = 1f;
  /** Any other letter left out. */
  private static final float LEFT_OUT = 0.5f;
  /** A letter changed to, or added as, a key next to it (or the same letter again). */
  private static final float NEAR_KEY = 0.5f;
  /** A letter changed to, or added as, a key far from it. */
  private static final float FAR_KEY = 0.1f;
  /** The factor of a slip that changes the first letter: typists rarely get it wrong. */
  private static final float FIRST_LETTER = 0.2f;
  /** The rows of a QWERTY keyboard, each shifted right of the one above as the keys are. */
  private static final String[] KEY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  private static final float[] ROW_SHIFT = {0f, 0.25f, 0.75f};
  private static final Set<String> TITLE = Set.of(Fields.TITLE);

  private final Analyzer analyzer;

  Spelling(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The correction of {@code word}, of its stem when it ends in a possessive ("offlne's" is "offline's"). */
  String correction(String word, IndexReader reader) throws IOException {
    return correction(word, List.of(), reader);
  }

  /**
   * The correction of {@code word} among the words of a query whose other words' terms are {@code
   * context}: of the likeliest slips, the one whose likelihood times the number of articles that hold
   * it together with the context is highest ("printer ofline" is "printer offline": more articles
   * hold "online" with "printer", but a double letter left out is far likelier than an "n" typed as
   * an "f").
   */
  String correction(String word, List<String> context, IndexReader reader) throws IOException {
    Matcher possessive = POSSESSIVE.matcher(word);
    if (!possessive.matches()) {
      return correctionOfWord(word, context, reader);
    }
    String stem = correctionOfWord(possessive.group(1), context, reader);
    return stem == null ? null : stem + possessive.group(2);
  }

  private String correctionOfWord(String word, List<String> context, IndexReader reader) throws IOException {
    if (word.length() < MIN_CORRECTED_LENGTH || word.length() > MAX_CORRECTED_LENGTH || !CORRECTABLE.matcher(word).matches()) {
      return null;
    }
    Terms index = MultiTerms.getTerms(reader, Fields.WORDS);
    if (index == null) {
      return null;
    }
    String typed = word.toLowerCase(Locale.ROOT);
    TermsEnum lookup = index.iterator(); // one for all the candidates: a new one for each costs more than its lookup
    List<Slip> slips = new ArrayList<>();
    for (Map.Entry<String, Float> candidate : slips(typed).entrySet()) {
      List<String> terms = terms(candidate.getKey());
      if (terms.size() == 1 && lookup.seekExact(new BytesRef(terms.get(0)))) { // else a stop word, split in two, or in no article
        // Held by live articles only: a word of deleted or replaced ones alone is no correction.
        int held = reader.hasDeletions() ? LiveHolders.count(reader, new Term(Fields.WORDS, terms.get(0))) : lookup.docFreq();
        if (held > 0) {
          slips.add(new Slip(candidate.getKey(), terms.get(0), held, candidate.getValue()));
        }
      }
    }
    slips.sort(Comparator.comparingDouble((Slip slip) -> slip.likelihood() * slip.docFreq()).reversed().thenComparing(Slip::spelling));
    Set<String> tried = new HashSet<>();
    String best = null;
    double bestScore = -1;
    for (Slip slip : slips) {
      if (tried.size() == MAX_TRIED_TERMS || (best != null && context.isEmpty())) {
        break;
      }
      if (tried.add(slip.term())) {
        String spelling = wordOf(slip.term(), slips, reader);
        if (spelling == null) {
          continue;
        }
        double score = context.isEmpty() ? 0 : likelihood(spelling, slips) * together(slip.term(), context, reader);
        if (score > bestScore) {
          best = spelling;
          bestScore = score;
        }
      }
    }
    return best == null ? null : casedLike(word, best);
  }

  /** The likelihood of the slip that gives {@code spelling}. */
  private static float likelihood(String spelling, List<Slip> slips) {
    return slips.stream().filter(slip -> slip.spelling().equals(spelling)).findFirst().map(Slip::likelihood).orElse(0f);
  }

  /** How many articles hold {@code term} and every one of {@code context} (terms of the words field). */
  private static long together(String term, List<String> context, IndexReader reader) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.WORDS, term)), BooleanClause.Occur.FILTER);
    context.forEach(other -> all.add(new TermQuery(new Term(Fields.WORDS, other)), BooleanClause.Occur.FILTER));
    return new IndexSearcher(reader).count(all.build());
  }

  /**
   * Of the {@code slips} whose term is {@code term}, the likeliest the articles write (the sampled
   * articles' "printers" for "printesr", two letters swapped, before their "printer", an "s" added
   * far from "r"); when no article is found to write the term, the term itself if it is one of them;
   * else null.
   */
  private String wordOf(String term, List<Slip> slips, IndexReader reader) throws IOException {
    Map<String, Float> spellings = new LinkedHashMap<>();
    slips.stream().filter(slip -> slip.term().equals(term)).forEach(slip -> spellings.put(slip.spelling(), slip.likelihood()));
    Written written = new Written(term, spellings);
    written.readTitles(reader);
    if (!written.foundLikeliest()) {
      written.readBodies(reader);
    }
    if (written.found != null) {
      return written.found;
    }
    return !written.any && spellings.containsKey(term) ? term : null;
  }

  /** A slip of a typed word whose term some article holds, with how likely a typist makes it. */
  private record Slip(String spelling, String term, int docFreq, float likelihood) {}

  /**
   * Looks for one of the {@code wanted} spellings of a term (likeliest first) where the articles
   * write it: in the words of the titles that hold it (a few hundred such articles; a title is
   * short, so reading it is cheap), then in every occurrence in the bodies of a few articles that
   * hold it. Keeps the first found of the likeliest, and stops once none is likelier.
   */
  private final class Written {
    private final String term;
    private final Map<String, Float> wanted;
    private final float likeliest;
    private final String prefix;
    /** The likeliest wanted spelling found written, or null. */
    String found;
    /** Whether the term was found written at all. */
    boolean any;

    Written(String term, Map<String, Float> wanted) {
      this.term = term;
      this.wanted = wanted;
      this.likeliest = wanted.values().stream().max(Float::compare).orElse(0f);
      this.prefix = term.substring(0, Math.min(3, term.length())); // a stem keeps its word's first letters
    }

    void readTitles(IndexReader reader) throws IOException {
      read(reader, Fields.TITLE, SAMPLED_TITLES, segment -> {
        StoredFields stored = segment.storedFields();
        return doc -> readTitle(stored.document(doc, TITLE).get(Fields.TITLE));
      });
    }

    void readBodies(IndexReader reader) throws IOException {
      read(reader, Fields.BODY, SAMPLED_BODIES, segment -> {
        PostingsEnum bodies = segment.postings(new Term(Fields.BODY, term), PostingsEnum.OFFSETS);
        StoredFields stored = segment.storedFields();
        return doc -> bodies != null && bodies.docID() <= doc && bodies.advance(doc) == doc
            && readBody(stored.document(doc, BODY).get(Fields.BODY), bodies);
      });
    }

    /**
     * Reads the sampled articles whose {@code field} holds the term, segment by segment, as
     * {@code reading} says, until one of them shows a wanted spelling.
     */
    private void read(IndexReader reader, String field, int size, SegmentReading reading) throws IOException {
      long[] docs = sample(reader, field, size);
      int next = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        int end = leaf.docBase + leaf.reader().maxDoc();
        if (next == docs.length || docs[next] >= end) {
          continue;
        }
        ArticleReading articles = reading.in(leaf.reader());
        for (; next < docs.length && docs[next] < end; next++) {
          if (articles.read((int) (docs[next] - leaf.docBase))) {
            return;
          }
        }
      }
    }

    /** Sees the words of {@code title} that are the term; true when one is a wanted spelling. */
    private boolean readTitle(String title) throws IOException {
      for (String typed : title == null ? new String[0] : NOT_LETTERS.split(title.toLowerCase(Locale.ROOT))) {
        if (typed.startsWith(prefix) && (wanted.containsKey(typed) || !any) && terms(typed).equals(List.of(term)) && see(typed)) {
          return true;
        }
      }
      return false;
    }

    /** Sees the term where {@code occurrences} finds it in {@code body}; true when one is written in a wanted spelling. */
    private boolean readBody(String body, PostingsEnum occurrences) throws IOException {
      for (int i = occurrences.freq(); i > 0; i--) {
        occurrences.nextPosition();
        if (body != null && occurrences.startOffset() >= 0 && occurrences.endOffset() <= body.length()
            && see(body.substring(occurrences.startOffset(), occurrences.endOffset()).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Up to {@code size} of the articles whose {@code field} holds the term, as ascending doc ids:
     * a sample spread by a hash of each article's URL rank in its segment. An index built from
     * nothing is one segment, so two builds of a crawl pick the same articles whatever order their
     * threads wrote them in (the first few in index order corrected a typo in one build and not in
     * the next); an index changed since has the sample of its segments. Every holder is looked at:
     * a rank is a doc value read, about 20 ns.
     */
    private long[] sample(IndexReader reader, String field, int size) throws IOException {
      // The head of the queue has the largest key: the one to drop.
      PriorityQueue<long[]> smallest = new PriorityQueue<>((a, b) -> Long.compare(b[0], a[0]));
      for (LeafReaderContext leaf : reader.leaves()) {
        PostingsEnum holders = leaf.reader().postings(new Term(field, term), PostingsEnum.NONE);
        SortedDocValues urls = leaf.reader().getSortedDocValues(Fields.URL);
        Bits live = leaf.reader().getLiveDocs(); // deleted and replaced articles write nothing any more
        while (holders != null && holders.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
          int doc = holders.docID();
          if (live != null && !live.get(doc)) {
            continue;
          }
          long key = mix(urls != null && urls.advanceExact(doc) ? urls.ordValue() : doc);
          if (smallest.size() < size || key < smallest.peek()[0]) {
            smallest.add(new long[] {key, leaf.docBase + doc});
            if (smallest.size() > size) {
              smallest.poll();
            }
          }
        }
      }
      return smallest.stream().mapToLong(entry -> entry[1]).sorted().toArray();
    }

    /** Scatters consecutive ranks over the longs (SplitMix64's finaliser). */
    private static long mix(long x) {
      x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
      x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
      return x ^ (x >>> 31);
    }

    /** Whether a spelling found is one of the likeliest wanted. */
    boolean foundLikeliest() {
      return found != null && wanted.get(found) == likeliest;
    }

    /** Notes that {@code typed} writes the term; true when no wanted spelling is likelier than the one found. */
    private boolean see(String typed) {
      any = true;
      Float likelihood = wanted.get(typed);
      if (likelihood != null && (found == null || likelihood > wanted.get(found))) {
        found = typed;
      }
      return foundLikeliest();
    }
  }

  /** How the sampled articles of one segment are read: what {@link Written} reads differs by field. */
  @FunctionalInterface
  private interface SegmentReading {
    /** The reading of the sampled articles of {@code segment}, which holds at least one of them. */
    ArticleReading in(LeafReader segment) throws IOException;
  }

  /** How one sampled article of a segment is read. */
  @FunctionalInterface
  private interface ArticleReading {
    /** Reads article {@code doc} of its segment; true when it shows a wanted spelling, which ends the walk. */
    boolean read(int doc) throws IOException;
  }

  /**
   * Every word one slip away from the typed {@code word} (a letter the typist left out, added or
   * changed, or two swapped), with how likely that slip is; a word two slips give has the likelier.
   */
  static Map<String, Float> slips(String word) {
    Map<String, Float> slips = new LinkedHashMap<>();
    for (int i = 0; i <= word.length(); i++) {
      String head = word.substring(0, i);
      String tail = word.substring(i);
      if (!tail.isEmpty()) {
        char added = tail.charAt(0);
        boolean nearNeighbour = (i > 0 && near(added, word.charAt(i - 1))) || (tail.length() > 1 && near(added, tail.charAt(1)));
        slip(slips, word, head + tail.substring(1), nearNeighbour ? NEAR_KEY : FAR_KEY);
        if (tail.length() > 1) {
          slip(slips, word, head + tail.charAt(1) + tail.charAt(0) + tail.substring(2), SWAPPED);
        }
      }
      for (int c = 0; c < LETTERS.length(); c++) {
        char letter = LETTERS.charAt(c);
        if (!tail.isEmpty() && tail.charAt(0) != letter) {
          slip(slips, word, head + letter + tail.substring(1), near(letter, tail.charAt(0)) ? NEAR_KEY : FAR_KEY);
        }
        boolean doubled = (i > 0 && word.charAt(i - 1) == letter) || (!tail.isEmpty() && tail.charAt(0) == letter);
        slip(slips, word, head + letter + tail, doubled ? DOUBLE_LEFT_OUT : LEFT_OUT);
      }
    }
    slips.remove(word);
    return slips;
  }

  /** Adds {@code meant} with the likelihood of a slip of kind {@code likelihood} that typed {@code typed}, keeping the likelier. */
  private static void slip(Map<String, Float> slips, String typed, String meant, float likelihood) {
    float weighed = meant.isEmpty() || meant.charAt(0) != typed.charAt(0) ? likelihood * FIRST_LETTER : likelihood;
    slips.merge(meant, weighed, Math::max);
  }

  /** Whether {@code a} and {@code b} are one character or neighbouring keys of a QWERTY keyboard (false for two that are not both letters). */
  static boolean near(char a, char b) {
    if (a == b) {
      return true;
    }
    int rowA = rowOf(a);
    int rowB = rowOf(b);
    if (rowA < 0 || rowB < 0 || Math.abs(rowA - rowB) > 1) {
      return false;
    }
    float columnA = KEY_ROWS[rowA].indexOf(a) + ROW_SHIFT[rowA];
    float columnB = KEY_ROWS[rowB].indexOf(b) + ROW_SHIFT[rowB];
    return Math.abs(columnA - columnB) <= 1f;
  }

  private static int rowOf(char key) {
    for (int row = 0; row < KEY_ROWS.length; row++) {
      if (KEY_ROWS[row].indexOf(key) >= 0) {
        return row;
      }
    }
    return -1;
  }

  /** {@code correction} in the case of {@code typed}: upper case, capitalised, or lower case. */
  private static String casedLike(String typed, String correction) {
    if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
      return correction.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(typed.charAt(0))) {
      return Character.toUpperCase(correction.charAt(0)) + correction.substring(1);
    }
    return correction;
  }

  /** The terms {@code text} is searched as in the words field. */
  private List<String> terms(String text) throws IOException {
    return WordsTerm.of(analyzer, text).stream().map(WordsTerm::term).toList();
  }
}
