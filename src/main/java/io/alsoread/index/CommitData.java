package io.alsoread.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a run stores in its commit's user data, so that {@code stats} answers without
 * scanning: link totals and the most linked-to hosts, and the commit time.
 */
public final class CommitData {
  public static final String TIME = "alsoread.time";
  public static final String LINKS_TOTAL = "alsoread.links.total";
  public static final String LINKS_RESOLVED = "alsoread.links.resolved";
  /** Top linked-to hosts: "host\tcount" lines, most linked first. */
  public static final String TOP_HOSTS = "alsoread.links.hosts";

  private static final int TOP_HOSTS_KEPT = 20;

  private CommitData() {}

  static Map<String, String> linkStats(LinkTable links, Collection<String> articles) {
    Map<String, String> data = new HashMap<>();
    data.put(LINKS_TOTAL, Long.toString(links.total()));
    data.put(LINKS_RESOLVED, Long.toString(links.resolved(articles)));
    List<Map.Entry<String, Long>> hosts = new ArrayList<>(links.linksByHost().entrySet());
    hosts.sort((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey()) : Long.compare(b.getValue(), a.getValue()));
    StringBuilder top = new StringBuilder();
    for (Map.Entry<String, Long> e : hosts.subList(0, Math.min(TOP_HOSTS_KEPT, hosts.size()))) {
      top.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
    }
    data.put(TOP_HOSTS, top.toString());
    return data;
  }

  /** Parses {@link #TOP_HOSTS}: host to count, in order. */
  public static Map<String, Long> topHosts(Map<String, String> userData) {
    Map<String, Long> hosts = new java.util.LinkedHashMap<>();
    String text = userData.getOrDefault(TOP_HOSTS, "");
    for (String line : text.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        hosts.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
      }
    }
    return hosts;
  }
}
