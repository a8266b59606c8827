package io.alsoread.bench;

import io.alsoread.index.Analyzers;
import io.alsoread.index.Fields;
import io.alsoread.search.LiveMatches;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Which indexed articles hold a piece of text in their stored body, as the eval set's README defines
 * a known item's relevant articles: a phrase query on the body finds the candidates, and each
 * candidate's stored body is then checked to contain the text, both sides with white space collapsed
 * and case folded. The phrase query alone would also take stemmed or differently punctuated text.
 */
final class BodyContainment {
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  private static final Set<String> FIELDS = Set.of(Fields.BODY, Fields.URL, Fields.CLUSTER);

  private final IndexSearcher searcher;
  private final QueryBuilder phrases;

  BodyContainment(IndexSearcher searcher, Analyzer bodyAnalyzer) {
    this.searcher = searcher;
    this.phrases = new QueryBuilder(bodyAnalyzer);
  }

  BodyContainment(IndexSearcher searcher) {
    this(searcher, Analyzers.text());
  }

  /** The text as containment compares it: white space runs as one space, lower case, ends stripped. */
  static String normalized(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The articles whose stored body holds {@code text}, in index order; none when no article does or
   * when the text has no word the index keeps (only stop words or punctuation).
   */
  Holders holding(String text) throws IOException {
    Query phrase = phrases.createPhraseQuery(Fields.BODY, text);
    if (phrase == null) {
      return new Holders(List.of(), Set.of());
    }
    String needle = normalized(text);
    List<String> urls = new ArrayList<>();
    Set<String> clusters = new HashSet<>();
    LiveMatches.forEach(searcher, phrase, (leaf, docs) -> {
      StoredFields stored = leaf.reader().storedFields();
      for (int doc : docs) {
        Document article = stored.document(doc, FIELDS);
        String body = article.get(Fields.BODY);
        if (body != null && normalized(body).contains(needle)) {
          urls.add(article.get(Fields.URL));
          clusters.add(article.get(Fields.CLUSTER));
        }
      }
      return true;
    });
    return new Holders(List.copyOf(urls), Set.copyOf(clusters));
  }

  /** The URLs of the articles holding a text, and the content clusters they make up. */
  record Holders(List<String> urls, Set<String> clusters) {}
}
