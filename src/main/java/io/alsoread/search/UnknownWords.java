package io.alsoread.search;

import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The words of a plain query that no article holds, as the user typed them, and the query the user
 * likely meant: each such word replaced by the word one typing slip away (a letter left out, added,
 * changed, or two swapped) that the most articles hold. Words are what white space separates, trimmed
 * of the punctuation around them; a word is unknown when every term the analyzer makes of it is in
 * no article. Thread-safe.
 */
final class UnknownWords {
  /** Words this long or longer are corrected; shorter ones have too many neighbours to guess from. */
  private static final int MIN_CORRECTED_LENGTH = 4;
  /** Longer words are left alone: their slips would be thousands of candidates. */
  private static final int MAX_CORRECTED_LENGTH = 24;
  private static final Pattern CHUNK = Pattern.compile("\\S+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:.*[\\p{L}\\p{N}])?");
  private static final Pattern CORRECTABLE = Pattern.compile("[A-Za-z]+");
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  /** How many articles, and occurrences in each, tell how the bodies write a term. */
  private static final int SAMPLED_ARTICLES = 3;
  private static final int SAMPLED_OCCURRENCES = 5;
  private static final Set<String> BODY = Set.of(Fields.BODY);

  private final Analyzer analyzer;

  UnknownWords(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * What a search found of a query's unknown words.
   *
   * @param words the unknown words, as typed, each once
   * @param suggestion the query with the unknown words that have a likely correction replaced by it,
   *     or null when none has
   */
  record Found(List<String> words, String suggestion) {
    static final Found NONE = new Found(List.of(), null);

    Found {
      words = List.copyOf(words);
    }
  }

  /** The unknown words of {@code text} and the likely query, looked up in {@code reader}. */
  Found in(String text, IndexReader reader) throws IOException {
    String query = text.strip();
    Set<String> unknown = new LinkedHashSet<>();
    StringBuilder suggestion = new StringBuilder(query.length());
    boolean corrected = false;
    Matcher chunks = CHUNK.matcher(query);
    int last = 0;
    while (chunks.find()) {
      String chunk = chunks.group();
      suggestion.append(query, last, chunks.start());
      last = chunks.end();
      Matcher word = WORD.matcher(chunk);
      if (!word.find() || known(chunk, reader)) {
        suggestion.append(chunk);
        continue;
      }
      unknown.add(word.group());
      String correction = correction(word.group(), reader);
      corrected |= correction != null;
      suggestion.append(chunk, 0, word.start()).append(correction != null ? correction : word.group()).append(chunk, word.end(), chunk.length());
    }
    return unknown.isEmpty() ? Found.NONE : new Found(List.copyOf(unknown), corrected ? suggestion.toString() : null);
  }

  /** Whether some article holds a term of {@code chunk}, or the analyzer makes no term of it (a stop word). */
  private boolean known(String chunk, IndexReader reader) throws IOException {
    List<String> terms = terms(chunk);
    for (String term : terms) {
      if (reader.docFreq(new Term(Fields.WORDS, term)) > 0) {
        return true;
      }
    }
    return terms.isEmpty();
  }

  /**
   * The word one slip away from {@code word} whose term the most articles hold, cased like {@code
   * word}; null when there is none or {@code word} is not plain ASCII letters of a correctable
   * length. Slips that stem alike ("offlin" and "offline") are told apart by the words the bodies
   * use: the one written there wins, else the first in alphabetical order.
   */
  String correction(String word, IndexReader reader) throws IOException {
    if (word.length() < MIN_CORRECTED_LENGTH || word.length() > MAX_CORRECTED_LENGTH || !CORRECTABLE.matcher(word).matches()) {
      return null;
    }
    Terms index = MultiTerms.getTerms(reader, Fields.WORDS);
    if (index == null) {
      return null;
    }
    TermsEnum lookup = index.iterator(); // one for all the candidates: a new one for each costs more than its lookup
    String bestTerm = null;
    int bestFreq = 0;
    List<String> spellings = new ArrayList<>(); // the candidates of the best term, in alphabetical order
    for (String candidate : new TreeSet<>(slips(word.toLowerCase(Locale.ROOT)))) {
      List<String> terms = terms(candidate);
      if (terms.size() != 1 || !lookup.seekExact(new BytesRef(terms.get(0)))) {
        continue; // a stop word, split in two, or in no article
      }
      int docFreq = lookup.docFreq();
      if (docFreq > bestFreq) {
        bestTerm = terms.get(0);
        bestFreq = docFreq;
        spellings.clear();
      }
      if (terms.get(0).equals(bestTerm)) {
        spellings.add(candidate);
      }
    }
    if (bestTerm == null) {
      return null;
    }
    Set<String> written = spellings.size() > 1 ? writtenAs(bestTerm, reader) : Set.of();
    String best = spellings.stream().filter(written::contains).findFirst().orElse(spellings.get(0));
    return casedLike(word, best);
  }

  /** How the bodies write {@code term}, lower-cased: its first few occurrences in the first few articles that hold it. */
  private static Set<String> writtenAs(String term, IndexReader reader) throws IOException {
    Set<String> written = new HashSet<>();
    Term bodyTerm = new Term(Fields.BODY, term);
    int read = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      PostingsEnum postings = leaf.reader().postings(bodyTerm, PostingsEnum.OFFSETS);
      if (postings == null) {
        continue;
      }
      StoredFields stored = leaf.reader().storedFields();
      for (; read < SAMPLED_ARTICLES && postings.nextDoc() != DocIdSetIterator.NO_MORE_DOCS; read++) {
        String body = stored.document(postings.docID(), BODY).get(Fields.BODY);
        for (int i = Math.min(postings.freq(), SAMPLED_OCCURRENCES); i > 0; i--) {
          postings.nextPosition();
          if (body != null && postings.startOffset() >= 0 && postings.endOffset() <= body.length()) {
            written.add(body.substring(postings.startOffset(), postings.endOffset()).toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return written;
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
    List<String> terms = new ArrayList<>(1);
    try (TokenStream tokens = analyzer.tokenStream(Fields.WORDS, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    }
    return terms;
  }
}
