package io.alsoread.ingest;

import java.nio.file.Path;

/** The kind of place a source file was found in, which decides how its URL is derived. */
public sealed interface Site {

  /**
   * A Hexo site root: a folder with {@code _config.yml} and {@code source/_posts/}.
   *
   * @param dir the site root
   * @param url the config's {@code url}, e.g. {@code https://example.com/blog}
   * @param permalink the config's {@code permalink} pattern, e.g. {@code :year/:month/:day/:title/}
   * @param config every URL- and date-shaping setting of the config (timezone, pretty_urls, ...),
   *     with the url and permalink above (normalised as Hexo does: no trailing slash, default pattern)
   */
  record HexoSite(Path dir, String url, String permalink, HexoConfig config) implements Site {
    public HexoSite {
      config = config == null ? HexoConfig.of(url, permalink) : config.withUrl(url, permalink);
    }

    /** A site with Hexo's defaults for every setting but url and permalink. */
    public HexoSite(Path dir, String url, String permalink) {
      this(dir, url, permalink, null);
    }

    /** A site read from its config. */
    public HexoSite(Path dir, HexoConfig config) {
      this(dir, config.url(), config.permalink(), config);
    }
  }

  /** A folder named after a host ({@code example.com}): posts get {@code https://<host>/<slug>/}. */
  record HostFolder(Path dir, String host) implements Site {}

  /** Any other file: URL from front matter {@code permalink}/{@code url} if absolute, else a file: URI. */
  record Loose() implements Site {}
}
