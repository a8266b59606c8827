package io.alsoread.search;

import io.alsoread.CategoryCount;
import io.alsoread.FacetValue;
import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Reads Lucene facet counts into alsoread's records: the top values of the flat facets, and the
 * category tree depth first (a parent, then its top children, each level cut to the top values).
 */
final class FacetSummaries {
  /** Values shown per facet, and per level of the category tree. */
  static final int TOP = 10;
  /** Levels of the category tree shown below the top level. */
  private static final int MAX_DEPTH = 6;

  private FacetSummaries() {}

  /** The facets of a search; {@code dims} are the dimensions the index has values for. */
  static io.alsoread.Facets summarize(Facets facets, Set<String> dims) throws IOException {
    Map<String, Integer> distinct = new HashMap<>();
    return new io.alsoread.Facets(
        dims.contains(Fields.FACET_TAG) ? top(facets, Fields.FACET_TAG, TOP, distinct) : List.of(),
        dims.contains(Fields.FACET_CATEGORY) ? categoryTree(facets, distinct) : List.of(),
        dims.contains(Fields.FACET_SITE) ? top(facets, Fields.FACET_SITE, TOP, distinct) : List.of(),
        dims.contains(Fields.FACET_YEAR) ? top(facets, Fields.FACET_YEAR, TOP, distinct) : List.of(),
        distinct);
  }

  /** {@code base} with the values of facet {@code dim} taken from {@code source}. */
  static io.alsoread.Facets withDim(io.alsoread.Facets base, String dim, io.alsoread.Facets source) {
    Map<String, Integer> distinct = new HashMap<>(base.distinct());
    distinct.put(dim, source.distinct(dim));
    return new io.alsoread.Facets(
        dim.equals(Fields.FACET_TAG) ? source.tags() : base.tags(),
        dim.equals(Fields.FACET_CATEGORY) ? source.categories() : base.categories(),
        dim.equals(Fields.FACET_SITE) ? source.sites() : base.sites(),
        dim.equals(Fields.FACET_YEAR) ? source.years() : base.years(),
        distinct);
  }

  /**
   * The {@code max} most frequent values of a flat dimension (which the index must have values for),
   * most frequent first, putting how many values it has into {@code distinct}.
   */
  private static List<FacetValue> top(Facets facets, String dim, int max, Map<String, Integer> distinct) throws IOException {
    FacetResult result = children(facets, dim, max, max > 1000); // a huge top-N queue costs more than all values
    List<FacetValue> values = new ArrayList<>();
    if (result != null) {
      distinct.put(dim, result.childCount);
      for (LabelAndValue lv : sorted(result.labelValues)) {
        if (values.size() == max) {
          break;
        }
        values.add(new FacetValue(lv.label, lv.value.longValue()));
      }
    }
    return values;
  }

  /**
   * Every value of dimension {@code dim} (which the index must have values for), most frequent
   * first: a flat dimension's values, or every category path (all levels) as "a/b".
   */
  static List<FacetValue> allValues(Facets facets, String dim) throws IOException {
    return dim.equals(Fields.FACET_CATEGORY) ? allCategoryPaths(facets) : top(facets, dim, Integer.MAX_VALUE, new HashMap<>());
  }

  /** Every category path (all levels) as "a/b", most frequent first, then by path (the index must have categories). */
  private static List<FacetValue> allCategoryPaths(Facets facets) throws IOException {
    List<FacetValue> out = new ArrayList<>();
    collectPaths(facets, new ArrayList<>(), out);
    out.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return out;
  }

  private static List<CategoryCount> categoryTree(Facets facets, Map<String, Integer> distinct) throws IOException {
    List<CategoryCount> out = new ArrayList<>();
    FacetResult roots = addLevel(facets, new ArrayList<>(), out);
    if (roots != null) {
      distinct.put(Fields.FACET_CATEGORY, roots.childCount);
    }
    return out;
  }

  /** Adds the top children of {@code parent}, each followed by its own; returns the parent's children as counted. */
  private static FacetResult addLevel(Facets facets, List<String> parent, List<CategoryCount> out) throws IOException {
    FacetResult result = children(facets, Fields.FACET_CATEGORY, TOP, false, parent.toArray(String[]::new));
    if (result == null) {
      return null;
    }
    for (LabelAndValue lv : sorted(result.labelValues)) {
      List<String> path = new ArrayList<>(parent);
      path.add(lv.label);
      out.add(new CategoryCount(path, lv.value.longValue()));
      if (path.size() <= MAX_DEPTH) {
        addLevel(facets, path, out);
      }
    }
    return result;
  }

  private static void collectPaths(Facets facets, List<String> parent, List<FacetValue> out) throws IOException {
    FacetResult result = children(facets, Fields.FACET_CATEGORY, 0, true, parent.toArray(String[]::new));
    if (result == null) {
      return;
    }
    for (LabelAndValue lv : result.labelValues) {
      List<String> path = new ArrayList<>(parent);
      path.add(lv.label);
      out.add(new FacetValue(String.join("/", path), lv.value.longValue()));
      collectPaths(facets, path, out);
    }
  }

  /** Children of a path, or null when the dimension or path has none (or was never indexed). */
  private static FacetResult children(Facets facets, String dim, int top, boolean all, String... path) throws IOException {
    try {
      return all ? facets.getAllChildren(dim, path) : facets.getTopChildren(top, dim, path);
    } catch (IllegalArgumentException e) {
      return null; // the dimension does not occur in this index
    }
  }

  /** Most frequent first; ties by label, so that output is stable. */
  private static List<LabelAndValue> sorted(LabelAndValue[] values) {
    LabelAndValue[] copy = values.clone();
    Arrays.sort(copy, Comparator.comparingLong((LabelAndValue lv) -> lv.value.longValue()).reversed()
        .thenComparing(lv -> lv.label));
    return Arrays.asList(copy);
  }
}
