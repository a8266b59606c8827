package io.alsoread.ingest;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the reader-visible text and the "Also read" entries from an article's HTML (rendered
 * Markdown or a crawled page's article element). Shared by Markdown and HTML ingest so both follow
 * one rule for ads and the "Also read" block.
 */
public final class BodyExtractor {
  /**
   * Elements whose content is not article text: ad slots ({@code <ins class="adsbygoogle">}),
   * code, media and embeds. Images go too: their alt text is not text a reader reads, and the
   * corpus's tracking pixels are images.
   */
  private static final Set<String> NOT_TEXT = Set.of(
      "ins", "script", "style", "noscript", "template", "video", "audio", "iframe", "img",
      "picture", "svg", "object", "embed", "canvas");

  private static final NodeFilter REMOVE_NOT_TEXT = (node, depth) ->
      node instanceof Element element && NOT_TEXT.contains(element.normalName())
          ? NodeFilter.FilterResult.REMOVE
          : NodeFilter.FilterResult.CONTINUE;

  private BodyExtractor() {}

  /**
   * Removes ad blocks, {@code <ins>}, scripts, styles, media and tracking pixels, takes out the
   * "Also read" block as links, and returns the remaining text. Modifies {@code content}.
   *
   * @param baseUrl absolute URL of the article, to resolve relative links against
   */
  public static Body extract(Element content, String baseUrl) {
    return part(content).resolve(baseUrl);
  }

  /** What {@link #extract} finds, with the "Also read" hrefs as written. Modifies {@code content}. */
  static BodyPart part(Element content) {
    AdRegions.remove(content);
    NodeTraversor.filter(REMOVE_NOT_TEXT, content);
    List<Link> alsoRead = AlsoReadBlock.take(content);
    return new BodyPart(BlockText.of(content), alsoRead, firstHeading(content));
  }

  /** Text of the first heading that has any, or "". */
  private static String firstHeading(Element content) {
    String[] heading = {""};
    NodeTraversor.filter(
        (node, depth) -> {
          if (isHeading(node)) {
            String text = ((Element) node).text();
            if (!text.isEmpty()) {
              heading[0] = text;
              return NodeFilter.FilterResult.STOP;
            }
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
          }
          return NodeFilter.FilterResult.CONTINUE;
        },
        content);
    return heading[0];
  }

  static boolean isHeading(Node node) {
    if (!(node instanceof Element element)) {
      return false;
    }
    String tag = element.normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }
}
