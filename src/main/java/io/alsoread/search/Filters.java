package io.alsoread.search;

import io.alsoread.SearchRequest;
import io.alsoread.index.Analyzers;
import io.alsoread.index.Fields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The filters of a request applied to a query: the date range always, and one filter per filtered
 * facet (values of one facet OR-ed, facets AND-ed). {@link #without(String)} leaves one facet's
 * filter out, which is what its drill-sideways counts are counted on.
 *
 * @param base the query with the date range applied
 * @param facets facet dimension to its filter, for the filtered facets only
 */
record Filters(Query base, Map<String, Query> facets) {

  Filters {
    facets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** The filters of {@code request} over {@code query}. */
  static Filters of(Query query, SearchRequest request) {
    Map<String, Query> facets = new LinkedHashMap<>();
    add(facets, Fields.FACET_TAG, request.tags(), value -> new TermQuery(new Term(Fields.TAG, Analyzers.filterKey(Fields.FACET_TAG, value))));
    add(facets, Fields.FACET_CATEGORY, request.categories(),
        value -> new TermQuery(new Term(Fields.CATEGORY, Analyzers.filterKey(Fields.FACET_CATEGORY, value))));
    add(facets, Fields.FACET_SITE, request.sites(), value -> new TermQuery(new Term(Fields.SITE, Analyzers.filterKey(Fields.FACET_SITE, value))));
    add(facets, Fields.FACET_YEAR, request.years(), Filters::year);
    return new Filters(withDates(query, request), facets);
  }

  /** The query with every filter. */
  Query all() {
    return without(null);
  }

  /** The query with every filter but that of facet {@code dim}. */
  Query without(String dim) {
    if (facets.isEmpty() || (facets.size() == 1 && facets.containsKey(dim))) {
      return base;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    builder.add(base, base instanceof MatchAllDocsQuery ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
    facets.forEach((name, filter) -> {
      if (!name.equals(dim)) {
        builder.add(filter, BooleanClause.Occur.FILTER);
      }
    });
    return builder.build();
  }

  private static Query withDates(Query query, SearchRequest request) {
    if (request.from() == null && request.to() == null) {
      return query;
    }
    Query dates = DateSpan.ofDays(request.from(), request.to()).query();
    if (query instanceof MatchAllDocsQuery) {
      return dates;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(dates, BooleanClause.Occur.FILTER)
        .build();
  }

  private static void add(Map<String, Query> facets, String dim, List<String> values, Function<String, Query> toQuery) {
    List<Query> clauses = new ArrayList<>();
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        clauses.add(toQuery.apply(value));
      }
    }
    if (clauses.size() == 1) {
      facets.put(dim, clauses.get(0));
    } else if (!clauses.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      clauses.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
      facets.put(dim, any.build());
    }
  }

  /** A year filter, which {@link io.alsoread.SearchRequest} checked is four digits. */
  private static Query year(String value) {
    return DateSpan.parse(value.strip()).query();
  }
}
