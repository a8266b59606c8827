package io.alsoread.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.BytesRef;

/**
 * The analyzers of the index, shared by writing and querying: English text with stemming and case
 * and accent folding; exact values folded but not split; URLs verbatim.
 */
public final class Analyzers {
  private Analyzers() {}

  /** Whether {@code word} is one of the English stop words that {@link #text()} leaves out of the index. */
  public static boolean isStopWord(String word) {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * English text: standard tokenizer, possessives, lower case, ASCII folding, Chinese, Japanese and
   * Korean runs as overlapping pairs of characters, stop words, Porter stemming (cached). The
   * tokenizer makes each ideograph a word of its own, so a CJK word of a query that no article holds
   * ("使用") would have been searched as characters found apart; as pairs, it is one word that is
   * found where it is written, or named as unknown and left out.
   */
  public static Analyzer text() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new CJKBigramFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        result = new CachingPorterStemFilter(result);
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return 100; // keeps phrases from matching across two values of a multi-valued field
      }
    };
  }

  /** Exact values (tags, categories, sites): the whole value one token, lower-cased and ASCII-folded. */
  public static Analyzer exact() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  private static final Analyzer EXACT = exact();

  /** Folds an exact value the way {@link #exact()} does: trimmed, lower case, accents removed. */
  public static String normalizeExact(String value) {
    BytesRef bytes = EXACT.normalize(Fields.TAG, value.strip());
    return bytes.utf8ToString();
  }

  /**
   * The form in which a filter value of facet {@code dimension} matches articles: tags and sites
   * folded whole, category paths level by level ({@link #normalizeCategory}), years as written,
   * stripped. Two values with the same key filter alike.
   *
   * @throws IllegalArgumentException for a dimension other than those of {@link Fields#FACET_DIMENSIONS}
   */
  public static String filterKey(String dimension, String value) {
    return switch (Fields.requireFacetDimension(dimension)) {
      case Fields.FACET_TAG, Fields.FACET_SITE -> normalizeExact(value);
      case Fields.FACET_CATEGORY -> normalizeCategory(value);
      default -> value.strip(); // the year
    };
  }

  /**
   * Folds a category path typed as a filter ({@code Hardware/Tech}) the way the index folds each
   * level of a category: the indexed term it matches, levels joined by {@code /}, empty levels dropped.
   */
  public static String normalizeCategory(String path) {
    StringBuilder term = new StringBuilder();
    for (String level : path.split("/")) {
      String folded = normalizeExact(level);
      if (!folded.isEmpty()) {
        if (term.length() > 0) {
          term.append('/');
        }
        term.append(folded);
      }
    }
    return term.toString();
  }

  /** The per-field analyzer for writing and for the query parser. */
  public static Analyzer perField() {
    Analyzer exact = exact();
    Analyzer verbatim = new KeywordAnalyzer();
    Map<String, Analyzer> perField = new HashMap<>();
    Fields.EXACT_FIELDS.forEach(field -> perField.put(field, exact));
    Fields.URL_FIELDS.forEach(field -> perField.put(field, verbatim));
    perField.put(Fields.CLUSTER, verbatim);
    perField.put(Fields.SOURCE, verbatim);
    return new PerFieldAnalyzerWrapper(text(), perField);
  }
}
