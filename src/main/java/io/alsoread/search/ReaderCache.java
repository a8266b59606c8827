package io.alsoread.search;

import io.alsoread.FacetValue;
import io.alsoread.IndexUnavailableException;
import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * What searching needs that depends only on the index reader and is costly to build: the facet
 * ordinals of {@link DefaultSortedSetDocValuesReaderState}, every document's facet ordinals
 * ({@link FacetOrdinals}), the facet counts of the whole index, every document's global cluster
 * ordinal, the field infos merged over the segments, and a view of the reader whose term
 * enumeration respects the search budget. Keeps the data of the current reader and of the one
 * before it (a reopen does not make searches still running on the old reader rebuild it); data is
 * built once, by whichever thread asks first, but for the per-document tables, which are read on
 * the search threads while the first searches count from the doc values. Thread-safe.
 */
final class ReaderCache {
  private final FacetsConfig facetsConfig = Fields.facetsConfig();
  private final QueryTimeout timeout;
  private final Object lock = new Object();
  private volatile ReaderData current;
  /** The data of the reader before the current one, kept while searches may still use it; guarded by lock. */
  private ReaderData previous;
  private final boolean tables;
  private final Executor background;

  /**
   * @param timeout what stops a search's term enumeration (see {@link SearchBudget})
   * @param tables whether to read every document's cluster and facet ordinals into tables, which
   *     pays from the second search of a reader on
   * @param background where the tables are read while searches count from the doc values (null: by
   *     the first search of a reader, before it counts)
   */
  ReaderCache(QueryTimeout timeout, boolean tables, Executor background) {
    this.timeout = timeout;
    this.tables = tables;
    this.background = background;
  }

  /** The data of one reader. */
  static final class ReaderData {
    private final Object key;
    private final IndexReader reader;
    private final IndexReader searchable;
    private final SortedSetDocValuesReaderState facets;
    private final Set<String> facetDims;
    private final ClusterOrdinals clusters;
    private final ClusterBuffers.Pool buffers;
    private final FieldInfos fieldInfos;
    /** Every document's facet ordinals, once read (see {@link #readTables()}); until then null. */
    private volatile FacetOrdinals facetOrdinals;
    private io.alsoread.Facets allFacets;
    private Map<String, List<FacetValue>> allValues;

    private ReaderData(
        Object key, IndexReader reader, IndexReader searchable, SortedSetDocValuesReaderState facets,
        Set<String> facetDims, ClusterOrdinals clusters, FieldInfos fieldInfos) {
      this.key = key;
      this.reader = reader;
      this.searchable = searchable;
      this.facets = facets;
      this.facetDims = facetDims;
      this.clusters = clusters;
      this.buffers = new ClusterBuffers.Pool(clusters.valueCount());
      this.fieldInfos = fieldInfos;
    }

    Object key() {
      return key;
    }

    IndexReader reader() {
      return reader;
    }

    /**
     * The reader to run searches on: the same documents, with term enumeration that gives up when
     * the search's budget is spent. Facet ordinals belong to this reader.
     */
    IndexReader searchable() {
      return searchable;
    }

    /** The fields of the reader, merged over its segments. */
    FieldInfos fieldInfos() {
      return fieldInfos;
    }

    /** Facet ordinals, or null when the index has no facet values (it is empty). */
    SortedSetDocValuesReaderState facets() {
      return facets;
    }

    /**
     * A collector manager counting the facet values of the matches, or null when the index has no
     * facet values: from the table of every document's values once it is read, else from the doc values.
     */
    FacetCountingCollectorManager facetCounting() throws IOException {
      if (facets == null) {
        return null;
      }
      FacetOrdinals ordinals = facetOrdinals;
      return ordinals != null ? new FacetCountingCollectorManager(ordinals, facets.getSize()) : new FacetCountingCollectorManager(facets);
    }

    /** Whether the tables of {@link #readTables()} are in. */
    boolean tablesRead() {
      return clusters.ordsByLeaf != null && (facets == null || facetOrdinals != null);
    }

    /** Reads every document's cluster and facet ordinals into tables, which later searches count from. */
    void readTables() throws IOException {
      clusters.readTable(reader);
      if (facets != null && facetOrdinals == null) {
        facetOrdinals = FacetOrdinals.of(facets);
      }
    }

    /** {@link #readTables()} while the reader is open; a failure leaves searches counting from the doc values. */
    void readTablesInBackground() {
      if (!reader.tryIncRef()) {
        return; // closed meanwhile: no search needs its tables
      }
      try {
        readTables();
      } catch (IOException | RuntimeException e) {
        // the doc values answer as the tables would
      } finally {
        try {
          reader.decRef();
        } catch (IOException e) {
          // closing a reader no search holds any more: nothing to tell anyone
        }
      }
    }

    /** The facet dimensions that have values in this reader. */
    Set<String> facetDims() {
      return facetDims;
    }

    /** Global ordinals of the cluster field. */
    ClusterOrdinals clusters() {
      return clusters;
    }

    /** Working arrays for collapsing, sized to the number of clusters. */
    ClusterBuffers.Pool buffers() {
      return buffers;
    }

    /**
     * The facets of the whole index (browsing), counted once; needs {@link #facets()}. Kept as
     * immutable records: Lucene's {@code Facets} must not be shared between threads.
     */
    synchronized io.alsoread.Facets allFacets() throws IOException {
      countAll();
      return allFacets;
    }

    /** Every value of a facet dimension over the whole index, most frequent first (categories as paths). */
    synchronized List<FacetValue> allValues(String dim) throws IOException {
      countAll();
      return allValues.getOrDefault(dim, List.of());
    }

    private void countAll() throws IOException {
      if (allFacets != null) {
        return;
      }
      Facets counts = new SortedSetDocValuesFacetCounts(facets);
      Map<String, List<FacetValue>> values = new HashMap<>();
      for (String dim : facetDims) {
        values.put(dim, List.copyOf(FacetSummaries.allValues(counts, dim)));
      }
      allValues = values;
      allFacets = FacetSummaries.summarize(counts, facetDims);
    }
  }

  /** The data of {@code reader}, built on first use. */
  ReaderData get(IndexReader reader) throws IOException {
    Object key = keyOf(reader);
    ReaderData data = current;
    if (data != null && data.key() == key) {
      return data;
    }
    synchronized (lock) {
      if (current != null && current.key() == key) {
        return current;
      }
      if (previous != null && previous.key() == key) {
        return previous; // a search still running on the reader before the last reopen
      }
      data = build(key, reader);
      previous = current;
      current = data;
    }
    if (tables) {
      if (background != null) {
        try {
          background.execute(data::readTablesInBackground);
        } catch (RejectedExecutionException e) {
          // the searcher is closing: its searches count from the doc values
        }
      } else {
        data.readTables();
      }
    }
    return data;
  }

  private ReaderData build(Object key, IndexReader reader) throws IOException {
    FieldInfos fieldInfos = FieldInfos.getMergedFieldInfos(reader);
    if (reader.numDocs() > 0 && fieldInfos.fieldInfo(Fields.WORDS) == null) {
      // Plain words are searched where an older alsoread wrote nothing: every search would come back empty.
      throw IndexUnavailableException.olderVersion();
    }
    IndexReader searchable = reader instanceof DirectoryReader directory ? ExitableDirectoryReader.wrap(directory, timeout) : reader;
    ClusterOrdinals clusters = ClusterOrdinals.of(reader);
    SortedSetDocValuesReaderState facets = facetState(reader);
    Set<String> dims = new HashSet<>();
    if (facets != null) {
      facets.getDims().forEach(dims::add);
    }
    return new ReaderData(key, reader, searchable, facets, Set.copyOf(dims), clusters, fieldInfos);
  }

  FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  private static Object keyOf(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    return helper == null ? reader : helper.getKey();
  }

  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      if (info != null) {
        return new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
      }
    }
    return null;
  }

  /**
   * The global cluster ordinal of every document. Once its table is read, one array per segment:
   * collecting reads one int a match instead of advancing the segment's doc values and mapping its
   * ordinal (a third of the time of a plain query that matches most of the index), for four bytes a
   * document. Until then, and for a reader that answers one search and is closed, each match's
   * ordinal comes from the doc values.
   */
  static final class ClusterOrdinals {
    /** The ordinal of a document without a cluster id. */
    static final int NONE = -1;

    /** The global cluster ordinals of one segment's documents. */
    interface Leaf {
      /** The global cluster ordinal of {@code doc}, or {@link #NONE}; documents are asked in increasing order. */
      int ordOf(int doc) throws IOException;
    }

    private final OrdinalMap map;
    private final int valueCount;
    /** The table, once read; until then null. */
    private volatile int[][] ordsByLeaf;

    private ClusterOrdinals(OrdinalMap map, int valueCount) {
      this.map = map;
      this.valueCount = valueCount;
    }

    static ClusterOrdinals of(IndexReader reader) throws IOException {
      List<LeafReaderContext> leaves = reader.leaves();
      SortedDocValues[] values = new SortedDocValues[leaves.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = DocValues.getSorted(leaves.get(i).reader(), Fields.CLUSTER);
      }
      OrdinalMap map = values.length <= 1 ? null : OrdinalMap.build(null, values, PackedInts.DEFAULT);
      int count = map != null ? Math.toIntExact(map.getValueCount()) : values.length == 1 ? values[0].getValueCount() : 0;
      return new ClusterOrdinals(map, count);
    }

    /** Reads every document's ordinal of {@code reader}, this object's reader, into the table. */
    void readTable(IndexReader reader) throws IOException {
      if (ordsByLeaf != null) {
        return;
      }
      List<LeafReaderContext> leaves = reader.leaves();
      int[][] table = new int[leaves.size()][];
      for (int i = 0; i < table.length; i++) {
        LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(i);
        int[] ords = new int[leaves.get(i).reader().maxDoc()];
        Arrays.fill(ords, NONE);
        SortedDocValues segment = DocValues.getSorted(leaves.get(i).reader(), Fields.CLUSTER);
        for (int doc = segment.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = segment.nextDoc()) {
          ords[doc] = (int) toGlobal.get(segment.ordValue());
        }
        table[i] = ords;
      }
      ordsByLeaf = table;
    }

    /** Number of distinct clusters in the reader. */
    int valueCount() {
      return valueCount;
    }

    /** The ordinals of the documents of {@code leaf}, a leaf of this reader. */
    Leaf of(LeafReaderContext leaf) throws IOException {
      int[][] table = ordsByLeaf;
      if (table != null) {
        int[] ords = table[leaf.ord];
        return doc -> ords[doc];
      }
      SortedDocValues values = DocValues.getSorted(leaf.reader(), Fields.CLUSTER);
      LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
      return doc -> values.advanceExact(doc) ? (int) toGlobal.get(values.ordValue()) : NONE;
    }
  }
}
