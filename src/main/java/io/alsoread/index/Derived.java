package io.alsoread.index;

import java.util.List;

/**
 * The parts of an article's document that depend on the rest of the corpus, recomputed by the
 * indexer: its content cluster and the inbound links pointing at it.
 *
 * @param cluster content cluster id
 * @param inboundAnchors anchor titles of inbound links, one per linking article and link
 * @param inlinks number of distinct articles linking here
 */
public record Derived(String cluster, List<String> inboundAnchors, int inlinks) {
  public Derived {
    inboundAnchors = List.copyOf(inboundAnchors);
  }
}
