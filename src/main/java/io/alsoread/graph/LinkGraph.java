package io.alsoread.graph;

import io.alsoread.InboundLink;
import io.alsoread.LinkEntry;
import io.alsoread.Neighbourhood;
import io.alsoread.index.ArticleState;
import io.alsoread.index.Fields;
import io.alsoread.ingest.Link;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Answers link-graph questions from the index: outgoing links of an article marked resolved or
 * dangling, and inbound links of any URL (an index lookup on {@code links_to}, not a scan).
 */
public final class LinkGraph {
  private LinkGraph() {}

  /** The outgoing links, in order, each marked resolved when its target is an indexed article. */
  public static List<LinkEntry> outgoing(IndexSearcher searcher, List<Link> links) throws IOException {
    List<LinkEntry> entries = new ArrayList<>(links.size());
    for (Link link : links) {
      entries.add(new LinkEntry(link.url(), link.title(), isIndexed(searcher, link.url())));
    }
    return entries;
  }

  /** Whether an article with this normalised URL is in the index. */
  public static boolean isIndexed(IndexSearcher searcher, String url) throws IOException {
    return searcher.count(new TermQuery(new Term(Fields.URL, url))) > 0;
  }

  /**
   * Inbound links of a normalised URL: each linking article and the anchor title it uses (one entry
   * per link, so an article linking twice appears twice), ordered by linking URL.
   */
  public static List<InboundLink> inbound(IndexSearcher searcher, String url) throws IOException {
    List<InboundLink> inbound = new ArrayList<>();
    Query query = searcher.rewrite(new TermQuery(new Term(Fields.LINKS_TO, url)));
    Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      SortedDocValues urls = leaf.reader().getSortedDocValues(Fields.URL);
      BinaryDocValues states = leaf.reader().getBinaryDocValues(Fields.STATE);
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if ((live != null && !live.get(doc)) || !urls.advanceExact(doc) || !states.advanceExact(doc)) {
          continue;
        }
        String from = urls.lookupOrd(urls.ordValue()).utf8ToString();
        for (Link link : ArticleState.decode(states.binaryValue()).links()) {
          if (link.url().equals(url)) {
            inbound.add(new InboundLink(from, link.title()));
          }
        }
      }
    }
    inbound.sort(Comparator.comparing(InboundLink::url).thenComparing(InboundLink::title));
    return inbound;
  }

  /** The outgoing links stored for an indexed article, or null when the URL is not indexed. */
  public static List<Link> storedLinks(IndexSearcher searcher, String url) throws IOException {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      SortedDocValues urls = leaf.reader().getSortedDocValues(Fields.URL);
      if (urls == null) {
        continue;
      }
      int ord = urls.lookupTerm(new org.apache.lucene.util.BytesRef(url));
      if (ord < 0) {
        continue;
      }
      Query query = searcher.rewrite(new TermQuery(new Term(Fields.URL, url)));
      Scorer scorer = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      BinaryDocValues states = leaf.reader().getBinaryDocValues(Fields.STATE);
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if ((live == null || live.get(doc)) && states != null && states.advanceExact(doc)) {
          return ArticleState.decode(states.binaryValue()).links();
        }
      }
    }
    return null;
  }

  /** Outgoing and inbound links of a normalised URL, indexed or not. */
  public static Neighbourhood neighbourhood(IndexSearcher searcher, String url) throws IOException {
    List<Link> stored = storedLinks(searcher, url);
    List<LinkEntry> out = stored == null ? List.of() : outgoing(searcher, stored);
    return new Neighbourhood(url, stored != null, out, inbound(searcher, url));
  }
}
