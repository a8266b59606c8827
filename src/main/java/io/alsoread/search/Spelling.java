package io.alsoread.search;

import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * together with the query's other words.
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
   * context}: of the likeliest slips, the one the most articles hold together with the context
   * ("printer ofline" is "printer offline", though more articles hold "online" than "offline").
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
    for (String candidate : slips(typed)) {
      List<String> terms = terms(candidate);
      if (terms.size() == 1 && lookup.seekExact(new BytesRef(terms.get(0)))) { // else a stop word, split in two, or in no article
        // Held by live articles only: a word of deleted or replaced ones alone is no correction.
        int held = reader.hasDeletions() ? LiveHolders.count(reader, new Term(Fields.WORDS, terms.get(0))) : lookup.docFreq();
        if (held > 0) {
          slips.add(new Slip(candidate, terms.get(0), held, candidate.charAt(0) == typed.charAt(0)));
        }
      }
    }
    slips.sort(Comparator.comparing(Slip::keepsFirstLetter).reversed().thenComparing(Comparator.comparingInt(Slip::docFreq).reversed())
        .thenComparing(Slip::spelling));
    Set<String> tried = new HashSet<>();
    String best = null;
    long bestTogether = -1;
    for (Slip slip : slips) {
      if (tried.size() == MAX_TRIED_TERMS || (best != null && context.isEmpty())) {
        break;
      }
      if (tried.add(slip.term())) {
        String spelling = wordOf(slip.term(), slips, reader);
        long together = spelling == null || context.isEmpty() ? 0 : together(slip.term(), context, reader);
        if (spelling != null && together > bestTogether) {
          best = spelling;
          bestTogether = together;
        }
      }
    }
    return best == null ? null : casedLike(word, best);
  }

  /** How many articles hold {@code term} and every one of {@code context} (terms of the words field). */
  private static long together(String term, List<String> context, IndexReader reader) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.WORDS, term)), BooleanClause.Occur.FILTER);
    context.forEach(other -> all.add(new TermQuery(new Term(Fields.WORDS, other)), BooleanClause.Occur.FILTER));
    return new IndexSearcher(reader).count(all.build());
  }

  /**
   * Of the {@code slips} whose term is {@code term}, one the articles write; when no article is
   * found to write the term, the term itself if it is one of them; else null.
   */
  private String wordOf(String term, List<Slip> slips, IndexReader reader) throws IOException {
    List<String> spellings = slips.stream().filter(slip -> slip.term().equals(term)).map(Slip::spelling).toList();
    Written written = new Written(term, spellings);
    written.readTitles(reader);
    if (written.found == null) {
      written.readBodies(reader);
    }
    if (written.found != null) {
      return written.found;
    }
    return !written.any && spellings.contains(term) ? term : null;
  }

  /** A slip of a typed word whose term some article holds. */
  private record Slip(String spelling, String term, int docFreq, boolean keepsFirstLetter) {}

  /**
   * Looks for one of the {@code wanted} spellings of a term where the articles write it: in the
   * words of the titles that hold it (a few hundred such articles; a title is short, so reading it
   * is cheap), then in every occurrence in the bodies of a few articles that hold it. Stops at the
   * first found.
   */
  private final class Written {
    private final String term;
    private final List<String> wanted;
    private final String prefix;
    /** A wanted spelling found written, or null. */
    String found;
    /** Whether the term was found written at all. */
    boolean any;

    Written(String term, List<String> wanted) {
      this.term = term;
      this.wanted = wanted;
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
        if (typed.startsWith(prefix) && (wanted.contains(typed) || !any) && terms(typed).equals(List.of(term)) && see(typed)) {
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

    /** Notes that {@code typed} writes the term; true when it is a wanted spelling. */
    private boolean see(String typed) {
      any = true;
      if (wanted.contains(typed)) {
        found = typed;
        return true;
      }
      return false;
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

  /** Every word one slip away from {@code word}: a letter deleted, two neighbours swapped, one replaced, one inserted. */
  static Set<String> slips(String word) {
    Set<String> slips = new LinkedHashSet<>();
    for (int i = 0; i <= word.length(); i++) {
      String head = word.substring(0, i);
      String tail = word.substring(i);
      if (!tail.isEmpty()) {
        slips.add(head + tail.substring(1));
        if (tail.length() > 1) {
          slips.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2));
        }
      }
      for (int c = 0; c < LETTERS.length(); c++) {
        char letter = LETTERS.charAt(c);
        if (!tail.isEmpty() && tail.charAt(0) != letter) {
          slips.add(head + letter + tail.substring(1));
        }
        slips.add(head + letter + tail);
      }
    }
    slips.remove(word);
    return slips;
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
