package io.alsoread.index;

import io.alsoread.ingest.Article;
import io.alsoread.ingest.Link;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DocValuesSkipIndexType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an article and its derived, corpus-wide parts into the Lucene document of the schema in {@link Fields}. */
public final class DocumentBuilder {

  /** Body text: positions and offsets in the postings so the highlighter needs no re-analysis. */
  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  private final FacetsConfig facetsConfig = Fields.facetsConfig();
  private final BodyTokenCache bodyTokens;
  private final DateSchema dates;

  /** A builder whose documents analyse their bodies in full. */
  public DocumentBuilder() {
    this(null, DateSchema.CURRENT);
  }

  /**
   * A builder whose documents take the tokens of a body's text after its first block from
   * {@code bodyTokens} (null: none), and index dates as {@code dates} says.
   */
  DocumentBuilder(BodyTokenCache bodyTokens, DateSchema dates) {
    this.bodyTokens = bodyTokens;
    this.dates = dates;
  }

  /**
   * How the date's doc value is indexed. Date filters read the doc values; a skip index (the least and
   * greatest date of each block of documents) lets them pass over blocks wholly in or out of a range,
   * and points, which indexes written before the skip index have, cost a one-shot search about 20 ms
   * to open. Lucene wants every document of an index to index a field alike, so documents added to
   * an index keep its schema: {@link #of} reads it.
   *
   * @param points whether the date is also a point
   * @param skipIndex whether its doc values have a skip index
   */
  record DateSchema(boolean points, boolean skipIndex) {
    /** The schema of a new index. */
    static final DateSchema CURRENT = new DateSchema(false, true);

    /** The schema of an index whose date field is {@code existing} (null: none yet, so {@link #CURRENT}). */
    static DateSchema of(FieldInfo existing) {
      return existing == null ? CURRENT
          : new DateSchema(existing.getPointDimensionCount() > 0,
              existing.docValuesSkipIndexType() != DocValuesSkipIndexType.NONE);
    }
  }

  /**
   * Builds the document.
   *
   * @param state the indexer's bookkeeping bytes for this article, stored as a binary doc value
   */
  public Document build(Article article, Derived derived, byte[] state) throws java.io.IOException {
    return build(article, new BytesRef(ArticleCodec.toJson(article)), derived, state);
  }

  /** Builds the document, with the article's JSON form (see {@link ArticleCodec}) already made. */
  Document build(Article article, BytesRef articleJson, Derived derived, byte[] state) throws java.io.IOException {
    Document doc = new Document();
    doc.add(new StringField(Fields.URL, article.url(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.URL, new BytesRef(article.url())));
    doc.add(new StringField(Fields.SITE, Analyzers.normalizeExact(article.site()), Field.Store.NO));
    if (article.source() != null) {
      doc.add(new StringField(Fields.SOURCE, article.source().path().toString(), Field.Store.YES));
    }

    WeightedWords words = new WeightedWords();
    doc.add(new CountedField(Fields.TITLE, article.title(), TextField.TYPE_STORED, words));
    for (String keyword : article.keywords()) {
      doc.add(new CountedField(Fields.KEYWORDS, keyword, TextField.TYPE_NOT_STORED, words));
    }
    if (!article.description().isEmpty()) {
      doc.add(new CountedField(Fields.DESCRIPTION, article.description(), TextField.TYPE_NOT_STORED, words));
    }
    doc.add(bodyTokens == null ? new CountedField(Fields.BODY, article.body(), BODY_TYPE, words) : new CachedBodyField(article.body(), bodyTokens, words));

    Set<String> tags = new LinkedHashSet<>();
    for (String tag : article.tags()) {
      String folded = Analyzers.normalizeExact(tag);
      if (folded.isEmpty() || !tags.add(folded)) {
        continue;
      }
      doc.add(new StringField(Fields.TAG, folded, Field.Store.NO));
      doc.add(new CountedField(Fields.TAGS_TEXT, tag, TextField.TYPE_NOT_STORED, words));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TAG, tag.strip()));
    }

    Set<String> categoryTerms = new LinkedHashSet<>();
    for (List<String> path : article.categories()) {
      if (path.isEmpty()) {
        continue;
      }
      StringBuilder prefix = new StringBuilder();
      for (String level : path) {
        if (prefix.length() > 0) {
          prefix.append('/');
        }
        prefix.append(Analyzers.normalizeExact(level));
        categoryTerms.add(prefix.toString());
      }
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_CATEGORY, path.stream().map(String::strip).toArray(String[]::new)));
    }
    for (String term : categoryTerms) {
      doc.add(new StringField(Fields.CATEGORY, term, Field.Store.NO));
    }

    if (!article.site().isEmpty()) {
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SITE, article.site()));
    }
    if (article.date() != null) {
      long millis = article.date().toEpochMilli();
      if (dates.points()) {
        doc.add(new LongPoint(Fields.DATE, millis));
      }
      doc.add(dates.skipIndex()
          ? NumericDocValuesField.indexedField(Fields.DATE, millis)
          : new NumericDocValuesField(Fields.DATE, millis));
      doc.add(new StoredField(Fields.DATE, millis));
      int year = article.date().atOffset(ZoneOffset.UTC).getYear();
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, Integer.toString(year)));
    }

    // The titles of the article's own links are not indexed: they are other articles' words (they
    // count as anchor text on the targets), and no query field reaches them.
    Set<String> targets = new LinkedHashSet<>();
    for (Link link : article.links()) {
      if (targets.add(link.url())) {
        doc.add(new StringField(Fields.LINKS_TO, link.url(), Field.Store.NO));
      }
    }

    doc.add(new StringField(Fields.CLUSTER, derived.cluster(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.CLUSTER, new BytesRef(derived.cluster())));
    for (String anchor : derived.inboundAnchors()) {
      doc.add(new CountedField(Fields.ANCHOR, anchor, TextField.TYPE_NOT_STORED, words));
    }
    doc.add(words.field()); // after every field it counts: Lucene inverts a document's fields in order
    doc.add(new NumericDocValuesField(Fields.INLINKS, derived.inlinks()));
    doc.add(new StoredField(Fields.INLINKS, derived.inlinks()));
    if (derived.inlinks() > 0) {
      doc.add(new FeatureField(Fields.FEATURES, Fields.FEATURE_INLINKS, derived.inlinks()));
    }

    doc.add(new StoredField(Fields.ARTICLE_JSON, articleJson));
    if (state != null) {
      doc.add(new BinaryDocValuesField(Fields.STATE, new BytesRef(state)));
    }
    return facetsConfig.build(doc);
  }

  /** A default text field whose words are also counted into the article's {@link WeightedWords}. */
  private static class CountedField extends Field {
    private final WeightedWords words;

    CountedField(String name, String text, FieldType type, WeightedWords words) {
      super(name, text, type);
      this.words = words;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      return counted(ownTokens(analyzer, WeightedWords.untapped(reuse)), words, Fields.WORDS_WEIGHTS.get(name()));
    }

    TokenStream ownTokens(Analyzer analyzer, TokenStream reuse) {
      return super.tokenStream(analyzer, reuse);
    }

    TokenStream counted(TokenStream tokens, WeightedWords words, int weight) {
      return words.tap(tokens, weight);
    }
  }

  /** The body field, whose tokens come from the cache when it has them (stored as usual). */
  private static final class CachedBodyField extends CountedField {
    private final BodyTokenCache cache;

    CachedBodyField(String text, BodyTokenCache cache, WeightedWords words) {
      super(Fields.BODY, text, BODY_TYPE, words);
      this.cache = cache;
    }

    @Override
    TokenStream ownTokens(Analyzer analyzer, TokenStream reuse) {
      try {
        TokenStream cached = cache.tokens(analyzer, name(), stringValue(), reuse);
        return cached != null ? cached : super.ownTokens(analyzer, reuse);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    TokenStream counted(TokenStream tokens, WeightedWords words, int weight) {
      TokenStream selfCounting = BodyTokenCache.countingInto(tokens, words, weight);
      return selfCounting != null ? selfCounting : super.counted(tokens, words, weight);
    }
  }
}
