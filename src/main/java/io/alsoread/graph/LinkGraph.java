package io.alsoread.graph;

import io.alsoread.InboundLink;
import io.alsoread.LinkEntry;
import io.alsoread.Neighbourhood;
import io.alsoread.index.ArticleState;
import io.alsoread.index.Fields;
import io.alsoread.ingest.Link;
import io.alsoread.search.LiveMatches;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

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
    LiveMatches.forEach(searcher, new TermQuery(new Term(Fields.LINKS_TO, url)), (leaf, docs) -> {
      SortedDocValues urls = leaf.reader().getSortedDocValues(Fields.URL);
      BinaryDocValues states = leaf.reader().getBinaryDocValues(Fields.STATE);
      for (int doc : docs) {
        if (urls == null || states == null || !urls.advanceExact(doc) || !states.advanceExact(doc)) {
          continue;
        }
        String from = urls.lookupOrd(urls.ordValue()).utf8ToString();
        for (Link link : ArticleState.decode(states.binaryValue()).links()) {
          if (link.url().equals(url)) {
            inbound.add(new InboundLink(from, link.title()));
          }
        }
      }
      return true;
    });
    inbound.sort(Comparator.comparing(InboundLink::url).thenComparing(InboundLink::title));
    return inbound;
  }

  /** The outgoing links stored for an indexed article, or null when the URL is not indexed. */
  public static List<Link> storedLinks(IndexSearcher searcher, String url) throws IOException {
    List<List<Link>> found = new ArrayList<>(1);
    LiveMatches.forEach(searcher, new TermQuery(new Term(Fields.URL, url)), (leaf, docs) -> {
      BinaryDocValues states = leaf.reader().getBinaryDocValues(Fields.STATE);
      if (states != null && states.advanceExact(docs[0])) {
        found.add(ArticleState.decode(states.binaryValue()).links());
      }
      return found.isEmpty();
    });
    return found.isEmpty() ? null : found.get(0);
  }

  /** Outgoing and inbound links of a normalised URL, indexed or not. */
  public static Neighbourhood neighbourhood(IndexSearcher searcher, String url) throws IOException {
    List<Link> stored = storedLinks(searcher, url);
    List<LinkEntry> out = stored == null ? List.of() : outgoing(searcher, stored);
    return new Neighbourhood(url, stored != null, out, inbound(searcher, url));
  }
}
