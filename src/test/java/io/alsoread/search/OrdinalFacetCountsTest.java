package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Facet counts from the per-document ordinal table equal Lucene's own, on several segments with deletions. */
class OrdinalFacetCountsTest {
  private static final String[] TAGS = {"windows", "printer", "driver", "Wi-Fi", "bluetooth", "audio", "video", "ai", "épée", "zoom"};
  private static final String[][] CATEGORIES = {{"hardware"}, {"hardware", "printers"}, {"hardware", "printers", "laser"},
      {"software"}, {"software", "drivers"}, {"tech"}};

  @Test
  void countsEqualLucenesOnEveryDimensionAndPath() throws IOException {
    FacetsConfig config = Fields.facetsConfig();
    Random random = new Random(42);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (int i = 0; i < 600; i++) {
          Document doc = new Document();
          doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
          doc.add(new StringField("half", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
          for (int t = 0, n = random.nextInt(4); t < n; t++) {
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TAG, TAGS[random.nextInt(TAGS.length)]));
          }
          if (random.nextInt(5) > 0) {
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_CATEGORY, CATEGORIES[random.nextInt(CATEGORIES.length)]));
          }
          doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SITE, "site" + random.nextInt(3) + ".example"));
          doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, Integer.toString(2020 + random.nextInt(5))));
          writer.addDocument(config.build(doc));
          if (i % 150 == 149) {
            writer.commit(); // several segments, so ordinals go through the ordinal map
          }
        }
        for (int i = 0; i < 600; i += 7) {
          writer.deleteDocuments(new Term("id", Integer.toString(i)));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertTrue(reader.leaves().size() > 1);
        assertTrue(reader.hasDeletions());
        IndexSearcher searcher = new IndexSearcher(reader);
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
        FacetOrdinals ordinals = FacetOrdinals.of(state);
        for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("half", "odd")), new TermQuery(new Term("id", "3")))) {
          FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
          Facets lucene = new SortedSetDocValuesFacetCounts(state, hits);
          for (FacetCountingCollectorManager counting : List.of(new FacetCountingCollectorManager(ordinals, state.getSize()),
              new FacetCountingCollectorManager(state))) {
            Facets ours = new OrdinalFacetCounts(state, searcher.search(query, counting));
            for (String dim : List.of(Fields.FACET_TAG, Fields.FACET_SITE, Fields.FACET_YEAR, Fields.FACET_CATEGORY)) {
              for (int top : new int[] {1, 3, 10}) {
                assertSame(lucene.getTopChildren(top, dim), ours.getTopChildren(top, dim), query + " " + dim + " top " + top);
              }
              assertSame(lucene.getAllChildren(dim), ours.getAllChildren(dim), query + " " + dim + " all");
            }
            for (String[] path : List.of(new String[] {"hardware"}, new String[] {"hardware", "printers"}, new String[] {"software"})) {
              assertSame(lucene.getTopChildren(10, Fields.FACET_CATEGORY, path), ours.getTopChildren(10, Fields.FACET_CATEGORY, path),
                  query + " " + String.join("/", path));
              assertSame(lucene.getAllChildren(Fields.FACET_CATEGORY, path), ours.getAllChildren(Fields.FACET_CATEGORY, path),
                  query + " " + String.join("/", path) + " all");
              assertEquals(lucene.getSpecificValue(Fields.FACET_CATEGORY, path), ours.getSpecificValue(Fields.FACET_CATEGORY, path));
            }
            assertNull(ours.getTopChildren(10, Fields.FACET_CATEGORY, "no such category"));
            assertEquals(lucene.getSpecificValue(Fields.FACET_TAG, "printer"), ours.getSpecificValue(Fields.FACET_TAG, "printer"));
          }
        }
      }
    }
  }

  private static void assertSame(FacetResult expected, FacetResult actual, String what) {
    if (expected == null || expected.labelValues.length == 0) {
      assertTrue(actual == null || actual.labelValues.length == 0, what);
      return;
    }
    assertArrayEquals(expected.labelValues, actual.labelValues, what);
    assertEquals(expected.childCount, actual.childCount, what);
    List<String> path = new ArrayList<>(List.of(expected.path));
    assertEquals(path, List.of(actual.path), what);
  }
}
