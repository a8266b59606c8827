package io.alsoread.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The Lucene schema: every field name of the index, and the facet configuration, in one place.
 *
 * <p>Text fields are analysed with {@link Analyzers#text()}; exact fields hold values folded by
 * {@link Analyzers#normalizeExact(String)} so that {@code tag:Win10} finds {@code win10}.
 */
public final class Fields {
  private Fields() {}

  // --- identity and exact fields (indexed, one term per value) ---
  /** Normalised URL, the article id. StringField, stored. */
  public static final String URL = "url";
  /** Host of the URL. Exact, stored; also a facet dimension. */
  public static final String SITE = "site";
  /** One exact term per tag (folded). Stored with original case. */
  public static final String TAG = "tag";
  /** One exact term per category path prefix, folded, levels joined by {@code /}: "hardware", "hardware/tech". */
  public static final String CATEGORY = "category";
  /** Normalised target URL of each outgoing "Also read" link (exact). */
  public static final String LINKS_TO = "links_to";
  /** Content cluster id (exact), with a SortedDocValues twin for collapsing. */
  public static final String CLUSTER = "cluster";
  /** Real path of the source file (exact), so a run can find what came from where. */
  public static final String SOURCE = "source";
  /** The fields users filter on whose values are folded whole, not analysed into words. */
  public static final Set<String> EXACT_FIELDS = Set.of(TAG, CATEGORY, SITE);
  /** The fields whose values are normalised URLs, matched verbatim. */
  public static final Set<String> URL_FIELDS = Set.of(URL, LINKS_TO);

  // --- analysed text fields ---
  public static final String TITLE = "title";
  public static final String KEYWORDS = "keywords";
  public static final String DESCRIPTION = "description";
  /** Readable body text; stored, indexed with offsets for the highlighter. */
  public static final String BODY = "body";
  /** Tags as analysed text, for the default fields. */
  public static final String TAGS_TEXT = "tags_text";
  /** Anchor titles of inbound links (the words others use for this article). */
  public static final String ANCHOR = "anchor";
  /**
   * The words of all default fields, each counted with its field's weight in {@link #WORDS_WEIGHTS}
   * (docs and frequencies, no positions): where plain words match and score, one posting list a word.
   */
  public static final String WORDS = "words";

  // --- numbers ---
  /**
   * Publication time in epoch millis: NumericDocValues with a skip index (date filters read them) and
   * stored; see {@link DocumentBuilder.DateSchema} for indexes written before. Absent when undated.
   */
  public static final String DATE = "date";
  /** Number of distinct articles linking here: NumericDocValues and stored. */
  public static final String INLINKS = "inlinks";
  /** FeatureField holder for static ranking signals; feature {@link #FEATURE_INLINKS}. */
  public static final String FEATURES = "features";
  public static final String FEATURE_INLINKS = "inlinks";

  // --- stored blobs ---
  /** JSON of the whole article except its body (stored only), for display and rebuilding. */
  public static final String ARTICLE_JSON = "_article";
  /** Binary doc value with the indexer's per-article bookkeeping (see ArticleState). */
  public static final String STATE = "_state";

  // --- facet dimensions ---
  public static final String FACET_TAG = "tag";
  public static final String FACET_CATEGORY = "category";
  public static final String FACET_SITE = "site";
  public static final String FACET_YEAR = "year";
  /** The facet dimensions, in the order results and help list them. */
  public static final List<String> FACET_DIMENSIONS = List.of(FACET_TAG, FACET_CATEGORY, FACET_SITE, FACET_YEAR);

  /**
   * {@code dimension}, when it is one of {@link #FACET_DIMENSIONS}.
   *
   * @throws IllegalArgumentException for any other name, or null
   */
  public static String requireFacetDimension(String dimension) {
    if (dimension == null || !FACET_DIMENSIONS.contains(dimension)) {
      throw new IllegalArgumentException("no facet '" + dimension + "': tag, category, site or year");
    }
    return dimension;
  }

  /**
   * Query-time names users type, mapped to index fields where they differ (e.g. {@code tag} is
   * exact; {@code anchor} is the inbound anchor text), in the order help lists them.
   */
  public static final Map<String, String> USER_FIELDS = userFields();

  /** Default search fields with their boosts (SPEC: title, keywords, tags, description, body, inbound anchors). */
  public static final Map<String, Float> DEFAULT_FIELD_BOOSTS =
      Map.of(
          TITLE, 4f,
          KEYWORDS, 2f,
          TAGS_TEXT, 2f,
          DESCRIPTION, 1.5f,
          BODY, 1f,
          ANCHOR, 1.5f);

  /**
   * How many times a word of each default field counts in {@link #WORDS}: the field boosts of
   * {@link #DEFAULT_FIELD_BOOSTS}, as whole numbers.
   */
  public static final Map<String, Integer> WORDS_WEIGHTS = DEFAULT_FIELD_BOOSTS.entrySet().stream()
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, field -> Math.round(field.getValue())));

  private static Map<String, String> userFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", TITLE);
    fields.put("body", BODY);
    fields.put("keywords", KEYWORDS);
    fields.put("description", DESCRIPTION);
    fields.put("tag", TAG);
    fields.put("category", CATEGORY);
    fields.put("site", SITE);
    fields.put("url", URL);
    fields.put("date", DATE);
    fields.put("links_to", LINKS_TO);
    fields.put("anchor", ANCHOR);
    return Collections.unmodifiableMap(fields);
  }

  /** The facet configuration used at index and search time. Returns a new instance each call. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_TAG, true);
    config.setMultiValued(FACET_CATEGORY, true);
    config.setHierarchical(FACET_CATEGORY, true);
    config.setMultiValued(FACET_SITE, false);
    config.setMultiValued(FACET_YEAR, false);
    // Filters match the tag, category, site and date fields (io.alsoread.search.Filters): the facet field's own
    // drill-down terms would be half a million tokens that no query reads.
    for (String dim : FACET_DIMENSIONS) {
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }
}
