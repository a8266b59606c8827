package io.alsoread;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything stored about one article, as {@code show} prints it.
 *
 * @param copies URLs of the other articles of the same content cluster
 * @param links outgoing "Also read" links in order, each resolved or dangling
 * @param inbound inbound links
 * @param source path of the file the article was read from
 * @param extra front matter keys other than the known ones
 */
public record ArticleView(
    String url,
    String title,
    String site,
    String description,
    String excerpt,
    List<String> keywords,
    List<String> tags,
    List<List<String>> categories,
    Instant date,
    Instant updated,
    String thumbnail,
    String body,
    String cluster,
    List<String> copies,
    List<LinkEntry> links,
    List<InboundLink> inbound,
    String source,
    Map<String, Object> extra) {}
