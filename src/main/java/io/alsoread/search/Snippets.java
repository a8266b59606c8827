package io.alsoread.search;

import io.alsoread.index.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The snippet of each hit: the best passage of the body with the matched terms marked (see {@link
 * SnippetFormatter}); when the body has no match, the title with its matches marked, else the start
 * of the body. Body matches come from the offsets indexed with the body, so long texts are never
 * re-analysed; texts are handed in by the caller, which has loaded them with the hit's other
 * stored fields. A search that runs out of time while marking gets the openings instead.
 */
final class Snippets {
  /** Passages are paragraphs grown to at least this many characters, then cut by the formatter. */
  private static final int MIN_PASSAGE = 160;
  /** Text fields whose query terms are marked in the body and title. */
  private static final Set<String> TEXT_FIELDS =
      Set.of(Fields.TITLE, Fields.BODY, Fields.KEYWORDS, Fields.DESCRIPTION, Fields.TAGS_TEXT, Fields.ANCHOR, Fields.WORDS);

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Snippets for {@code docs} (global doc ids), in order.
   *
   * @param fields the fields of the searcher's reader (merged over its segments)
   * @param query the user's query (without filters and ranking signals), or null for none
   * @param bodies the body of each doc
   * @param titles the title of each doc
   */
  String[] of(IndexSearcher searcher, FieldInfos fields, Query query, int[] docs, String[] bodies, String[] titles) throws IOException {
    String[] snippets = new String[docs.length];
    try {
      mark(searcher, fields, query, docs, bodies, titles, snippets);
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      // out of time (wildcards over many terms): the snippets not marked yet are openings
    }
    for (int i = 0; i < docs.length; i++) {
      if (snippets[i] == null) {
        snippets[i] = opening(bodies[i]);
      }
    }
    return snippets;
  }

  /** Fills {@code snippets} with the marked passages of the body, else of the title, where they match. */
  private void mark(IndexSearcher searcher, FieldInfos fields, Query query, int[] docs, String[] bodies, String[] titles,
      String[] snippets) throws IOException {
    if (query == null || docs.length == 0) {
      return;
    }
    String[] marked = highlight(searcher, fields, Fields.BODY, query, docs, bodies);
    List<Integer> unmarked = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      if (marked[i] != null) {
        snippets[i] = marked[i];
      } else {
        unmarked.add(i);
      }
    }
    if (unmarked.isEmpty()) {
      return;
    }
    int[] rest = unmarked.stream().mapToInt(i -> docs[i]).toArray();
    String[] restTitles = unmarked.stream().map(i -> titles[i]).toArray(String[]::new);
    String[] markedTitles = highlight(searcher, fields, Fields.TITLE, query, rest, restTitles);
    for (int j = 0; j < rest.length; j++) {
      snippets[unmarked.get(j)] = markedTitles[j];
    }
  }

  /** The marked passage of {@code field} for each doc, or null where the field has no match. */
  private String[] highlight(IndexSearcher searcher, FieldInfos fields, String field, Query query, int[] docs, String[] texts)
      throws IOException {
    UnifiedHighlighter highlighter =
        new GivenTextHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withScorer(new PassageRanking())
                .withWeightMatches(false) // the Matches API costs more than term offsets, for no better snippets
                .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(new LineBreaks(), MIN_PASSAGE, 0.25f))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withFieldMatcher(TEXT_FIELDS::contains),
            fields, docs, texts);
    Map<String, String[]> marked = highlighter.highlightFields(new String[] {field}, phrasesOn(field, query), docs, new int[] {1});
    return marked.get(field);
  }

  /**
   * {@code query} with each phrase of a text field asked of {@code field} instead, every distinct
   * phrase once. The highlighter checks the phrases of every text field against the field it marks,
   * with span queries built for each hit, so a quoted phrase of the default fields (a copy per
   * field) cost six times what one copy does, for the same marks: the hits of {@code 5G UC Stands
   * for "5G Ultra Capacity"} took 2.0 ms, now 1.1, and 978 searches marked exactly as before.
   */
  static Query phrasesOn(String field, Query query) {
    return switch (query) {
      case PhraseQuery phrase when TEXT_FIELDS.contains(phrase.getField()) -> phraseOn(field, phrase);
      case BoostQuery boost when boost.getQuery() instanceof PhraseQuery -> phrasesOn(field, boost.getQuery()); // passages ignore boosts
      case BoostQuery boost -> new BoostQuery(phrasesOn(field, boost.getQuery()), boost.getBoost());
      case DisjunctionMaxQuery max -> {
        Set<Query> distinct = new LinkedHashSet<>();
        max.getDisjuncts().forEach(disjunct -> distinct.add(phrasesOn(field, disjunct)));
        yield distinct.size() == 1 ? distinct.iterator().next() : new DisjunctionMaxQuery(distinct, max.getTieBreakerMultiplier());
      }
      case BooleanQuery bool -> {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        bool.clauses().forEach(clause -> builder.add(phrasesOn(field, clause.query()), clause.occur()));
        yield builder.build();
      }
      default -> query;
    };
  }

  private static PhraseQuery phraseOn(String field, PhraseQuery phrase) {
    if (phrase.getField().equals(field)) {
      return phrase;
    }
    PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(phrase.getSlop());
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    for (int i = 0; i < terms.length; i++) {
      builder.add(new Term(field, terms[i].bytes()), positions[i]);
    }
    return builder.build();
  }

  /**
   * A highlighter that takes each document's text from the caller instead of loading it again, the
   * fields of the reader from the caller instead of merging them again for every search, and the
   * offsets of plain terms from one postings list per term and segment (see {@link ForwardPostings}).
   */
  private static final class GivenTextHighlighter extends UnifiedHighlighter {
    private final FieldInfos fields;
    private final int[] docs;
    private final String[] texts;

    GivenTextHighlighter(Builder builder, FieldInfos fields, int[] docs, String[] texts) {
      super(builder);
      this.fields = fields;
      this.docs = docs;
      this.texts = texts;
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
      return fields.fieldInfo(field);
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
      return source == OffsetSource.POSTINGS ? new ForwardPostings(components) : super.getOffsetStrategy(source, components);
    }

    /**
     * The highlighter wraps every break iterator in one that splits multi-valued fields at a
     * separator, and that scans each whole text for it; the fields marked here have one value.
     */
    @Override
    protected FieldHighlighter newFieldHighlighter(String field, FieldOffsetStrategy offsets, BreakIterator splitting,
        PassageScorer scorer, int maxPassages, int maxNoHighlightPassages, PassageFormatter formatter, Comparator<Passage> order) {
      return super.newFieldHighlighter(field, offsets, getBreakIterator(field), scorer, maxPassages, maxNoHighlightPassages, formatter, order);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        int i = indexOf(doc);
        CharSequence[] row = new CharSequence[fields.length];
        Arrays.fill(row, i < 0 ? "" : texts[i]);
        values.add(row);
      }
      return values;
    }

    private int indexOf(int doc) {
      for (int i = 0; i < docs.length; i++) {
        if (docs[i] == doc) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * Offsets from the postings, as Lucene's own strategy reads them, except that each term is looked
   * up once per segment and its postings list moves forward from one hit to the next (the
   * highlighter visits hits in doc id order), instead of a term lookup, a new postings list and a
   * skip from the list's start for every term of every hit; and that the terms' offsets in a hit
   * come merged (see {@link MergedOffsets}).
   */
  private static final class ForwardPostings extends PostingsOffsetStrategy {
    private LeafReader leaf;
    private LeafReader postingsLeaf;
    private BytesRef[] postingsTerms;
    private PostingsEnum[] postings;
    private int lastDoc = -1;

    ForwardPostings(UHComponents components) {
      super(components);
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
      leaf = reader;
      return super.getOffsetsEnum(reader, doc, content);
    }

    @Override
    protected void createOffsetsEnumsForTerms(BytesRef[] terms, Terms index, int doc, List<OffsetsEnum> results) throws IOException {
      if (leaf != postingsLeaf || terms != postingsTerms || doc <= lastDoc) {
        seek(terms, index);
      }
      lastDoc = doc;
      List<BytesRef> matched = new ArrayList<>(terms.length);
      List<PostingsEnum> lists = new ArrayList<>(terms.length);
      for (int i = 0; i < terms.length; i++) {
        PostingsEnum list = postings[i];
        if (list != null && (list.docID() >= doc ? list.docID() : list.advance(doc)) == doc) {
          matched.add(terms[i]);
          lists.add(list);
        }
      }
      if (lists.size() == 1) {
        results.add(new OffsetsEnum.OfPostings(matched.get(0), lists.get(0)));
      } else if (!lists.isEmpty()) {
        results.add(MergedOffsets.of(matched, lists));
      }
    }

    private void seek(BytesRef[] terms, Terms index) throws IOException {
      postingsLeaf = leaf;
      postingsTerms = terms;
      postings = new PostingsEnum[terms.length];
      TermsEnum lookup = index.iterator();
      for (int i = 0; i < terms.length; i++) {
        if (lookup.seekExact(terms[i])) {
          postings[i] = lookup.postings(null, PostingsEnum.OFFSETS);
          if (postings[i] == null) {
            throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets, cannot highlight");
          }
        }
      }
    }
  }

  /** The start of a text as a snippet: escaped, white space collapsed, cut at a word boundary. */
  static String opening(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    int end = Math.min(text.length(), SnippetFormatter.MAX_CHARS);
    boolean cut = end < text.length();
    if (cut) {
      int space = end;
      while (space > MIN_PASSAGE && !Character.isWhitespace(text.charAt(space))) {
        space--;
      }
      end = space > MIN_PASSAGE ? space : end;
    }
    StringBuilder out = new StringBuilder(end + 16);
    SnippetFormatter.appendText(out, text, 0, end);
    String snippet = out.toString().strip();
    return cut ? snippet + "\u2026" : snippet;
  }
}
