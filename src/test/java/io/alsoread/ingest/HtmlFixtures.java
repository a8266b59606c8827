package io.alsoread.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Loads the HTML test pages under {@code src/test/resources/html/} and places them in a crawl. */
final class HtmlFixtures {
  private HtmlFixtures() {}

  static final Path CRAWL = Path.of("crawl");

  static String read(String name) {
    try (InputStream in = HtmlFixtures.class.getResourceAsStream("/html/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test page " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page saved by a crawler as {@code crawl/<host>/<relative>}. */
  static SourceFile hostFile(String host, String relative) {
    Path dir = CRAWL.resolve(host);
    return new SourceFile(
        dir.resolve(relative), CRAWL, new Site.HostFolder(dir, host), SourceFile.Format.HTML);
  }

  static Source sourceOf(SourceFile file) {
    return new Source(file.path(), file.root(), 0L, 0L, "test");
  }

  static ParseResult parse(SourceFile file, String html) {
    return HtmlArticleParser.parse(file, sourceOf(file), html);
  }
}
