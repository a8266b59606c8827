package io.alsoread.index;

import io.alsoread.ingest.Link;
import io.alsoread.ingest.Urls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole corpus's "Also read" links after a run, inverted: which articles link to each target
 * and with which anchor titles. The indexer derives each article's anchor text and inlink count
 * from it, and the link totals of {@code stats}.
 */
final class LinkTable {
  /** One inbound link: the linking article and the title it shows. */
  record Inbound(String from, String title) {}

  private final Map<String, List<Inbound>> inbound = new HashMap<>();
  private long total;

  /**
   * Adds an article's outgoing links. Their strings are kept as given: the indexer passes links from
   * its pool of link strings, which holds one instance of each URL and title.
   */
  void addOutgoing(String from, List<Link> links) {
    for (Link link : links) {
      inbound.computeIfAbsent(link.url(), k -> new ArrayList<>(4)).add(new Inbound(from, link.title()));
      total++;
    }
  }

  /** Inbound links of a target, ordered by linking URL then title, so derived fields are deterministic. */
  List<Inbound> inboundOf(String target) {
    List<Inbound> list = inbound.get(target);
    if (list == null) {
      return List.of();
    }
    list.sort((a, b) -> {
      int c = a.from().compareTo(b.from());
      return c != 0 ? c : a.title().compareTo(b.title());
    });
    return list;
  }

  static int distinctSources(List<Inbound> links) {
    Set<String> from = new HashSet<>();
    for (Inbound link : links) {
      from.add(link.from());
    }
    return from.size();
  }

  long total() {
    return total;
  }

  /** Links whose target is one of {@code articles}. */
  long resolved(Collection<String> articles) {
    long resolved = 0;
    for (String url : articles) {
      List<Inbound> list = inbound.get(url);
      if (list != null) {
        resolved += list.size();
      }
    }
    return resolved;
  }

  /** How many links point to each host: counted per target, not per link (a million articles hold ten million links). */
  Map<String, Long> linksByHost() {
    Map<String, Long> hosts = new HashMap<>();
    for (Map.Entry<String, List<Inbound>> target : inbound.entrySet()) {
      hosts.merge(Urls.host(target.getKey()), (long) target.getValue().size(), Long::sum);
    }
    return hosts;
  }
}
