package io.alsoread.graph;

import io.alsoread.InboundLink;
import io.alsoread.LinkEntry;
import io.alsoread.Neighbourhood;
import io.alsoread.ingest.Link;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;

/**
 * Answers link-graph questions from the index: outgoing links of an article marked resolved or
 * dangling, and inbound links of any URL (an index lookup on {@code links_to}, not a scan).
 */
public final class LinkGraph {
  private LinkGraph() {}

  /** The outgoing links, in order, each marked resolved when its target is an indexed article. */
  public static List<LinkEntry> outgoing(IndexSearcher searcher, List<Link> links) throws IOException {
    throw new UnsupportedOperationException("being written");
  }

  /** Inbound links of a normalised URL: each linking article and the anchor title it uses, ordered by linking URL. */
  public static List<InboundLink> inbound(IndexSearcher searcher, String url) throws IOException {
    throw new UnsupportedOperationException("being written");
  }

  /** Outgoing and inbound links of a normalised URL, indexed or not. */
  public static Neighbourhood neighbourhood(IndexSearcher searcher, String url) throws IOException {
    throw new UnsupportedOperationException("being written");
  }
}
