package io.alsoread.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.StringJoiner;

/**
 * Decides a crawled page's URL: its {@code <link rel="canonical">}, else its {@code og:url}, else
 * the file's place in the crawl: {@code https://<host>/<path>/} under a host folder, the site's
 * {@code url} joined with the path under a Hexo site root (a leading {@code public/} dropped), or a
 * {@code file:} URI elsewhere. A trailing {@code index.html} is dropped. The result is normalised
 * by {@link Urls}, so a page and the Markdown post it was rendered from get the same id.
 *
 * @param url the normalised URL
 * @param fromFile whether the page named no URL of its own, so the file path was used
 */
record PageUrl(String url, boolean fromFile) {

  /** The page's URL, or null when neither the page nor the file gives a usable one. */
  static PageUrl of(PageMeta meta, SourceFile file) {
    String fileUrl = fileUrl(file);
    String ogUrl = absolute(meta.get("og:url"), fileUrl);
    String declared = absolute(meta.canonical(), ogUrl != null ? ogUrl : fileUrl);
    if (declared == null) {
      declared = ogUrl;
    }
    if (declared != null) {
      return new PageUrl(declared, false);
    }
    String fromFile = fileUrl == null ? null : Urls.normalize(fileUrl);
    return fromFile == null ? null : new PageUrl(fromFile, true);
  }

  /** {@code href} normalised, resolved against {@code base} when relative; null when unusable. */
  private static String absolute(String href, String base) {
    if (href == null || href.isBlank()) {
      return null;
    }
    String normalized = Urls.normalize(href);
    if (normalized != null || base == null) {
      return normalized;
    }
    return Urls.resolve(base, href);
  }

  /** Where the file sits in the crawl, as an (unnormalised) absolute URL; null when unusable. */
  static String fileUrl(SourceFile file) {
    try {
      return switch (file.site()) {
        case Site.HostFolder host ->
            new URI("https", host.host(), "/" + webPath(host.dir(), file.path(), false), null)
                .toASCIIString();
        case Site.HexoSite hexo -> {
          String base = hexo.url().endsWith("/") ? hexo.url() : hexo.url() + "/";
          String path = new URI(null, null, webPath(hexo.dir(), file.path(), true), null).toASCIIString();
          yield base + path;
        }
        case Site.Loose loose -> realPath(file.path()).toUri().toString();
      };
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The file's path under {@code dir}, '/'-separated, without a trailing {@code index.html}. */
  private static String webPath(Path dir, Path file, boolean dropPublic) {
    Path relative = file.startsWith(dir) ? dir.relativize(file) : file.getFileName();
    int count = relative.getNameCount();
    int from = dropPublic && count > 1 && relative.getName(0).toString().equals("public") ? 1 : 0;
    String last = relative.getName(count - 1).toString();
    boolean index = last.equalsIgnoreCase("index.html") || last.equalsIgnoreCase("index.htm");
    StringJoiner path = new StringJoiner("/", "", index ? "/" : "");
    for (int i = from; i < (index ? count - 1 : count); i++) {
      path.add(relative.getName(i).toString());
    }
    String joined = path.toString();
    return joined.equals("/") ? "" : joined;
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
