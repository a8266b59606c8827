package io.alsoread;

import java.util.List;

/**
 * The link neighbourhood of a URL, indexed or not.
 *
 * @param indexed whether the URL is an article of the index (only indexed articles have outgoing links)
 * @param out outgoing links in page order
 * @param in inbound links, one per linking article and link
 */
public record Neighbourhood(String url, boolean indexed, List<LinkEntry> out, List<InboundLink> in) {
  public Neighbourhood {
    out = List.copyOf(out);
    in = List.copyOf(in);
  }
}
