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
   */
  record HexoSite(Path dir, String url, String permalink) implements Site {}

  /** A folder named after a host ({@code example.com}): posts get {@code https://<host>/<slug>/}. */
  record HostFolder(Path dir, String host) implements Site {}

  /** Any other file: URL from front matter {@code permalink}/{@code url} if absolute, else a file: URI. */
  record Loose() implements Site {}
}
