package io.alsoread.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * Tells article images from ad images. Crawled pages list every image of the body in
 * {@code og:image}, ad banners and tracking pixels included, so an {@code og:image} only counts as
 * the article's picture when the body shows it outside ad regions ({@link AdRegions}),
 * {@code <ins>}, {@code <video>} and {@code target="_top"} banner links, and not as a 0x0 pixel.
 */
final class ArticleImages {
  private ArticleImages() {}

  /** The first of {@code ogImages} that {@code content} shows as an article image, or "". */
  static String firstArticleImage(List<String> ogImages, Element content) {
    if (ogImages.isEmpty() || content == null) {
      return "";
    }
    Set<String> shown = articleImageKeys(content);
    for (String image : ogImages) {
      if (shown.contains(key(image))) {
        return image;
      }
    }
    return "";
  }

  private static Set<String> articleImageKeys(Element content) {
    Set<String> keys = new HashSet<>();
    content.traverse(
        new NodeVisitor() {
          private boolean inAd;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Comment comment) {
              String data = comment.getData().strip();
              if (data.equalsIgnoreCase(AdRegions.BEGIN)) {
                inAd = true;
              } else if (data.equalsIgnoreCase(AdRegions.END)) {
                inAd = false;
              }
            } else if (!inAd && node instanceof Element img && img.nameIs("img") && isShown(img)) {
              String src = img.hasAttr("data-src") ? img.attr("data-src") : img.attr("src");
              if (!src.isBlank()) {
                keys.add(key(src));
              }
            }
          }
        });
    return keys;
  }

  private static boolean isShown(Element img) {
    return !"0".equals(img.attr("width").strip())
        && !"0".equals(img.attr("height").strip())
        && img.closest("ins, video, a[target=_top]") == null;
  }

  // Pages mix "https://x/a.png" and "//x/a.png" for one image; compare without the scheme.
  private static String key(String url) {
    String trimmed = url.strip();
    int scheme = trimmed.indexOf("//");
    return scheme >= 0 && scheme <= 6 ? trimmed.substring(scheme + 2) : trimmed;
  }
}
