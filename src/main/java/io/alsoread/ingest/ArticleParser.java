package io.alsoread.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one source file (Markdown post or HTML page) into an article. Stateless and thread-safe.
 *
 * <p>A Markdown post's URL depends on where it was found: in a Hexo site, the site's url and
 * permalink pattern ({@link Permalinks}); in a host folder, {@code https://<host>/<slug>/} with the
 * slug its path under {@code source/_posts} (or under the host folder) without extension; anywhere
 * else, an absolute front matter {@code permalink} or {@code url}, else the {@code file:} URI of its
 * real path. Its title is the front matter's, else the body's first heading, else the slug.
 */
public final class ArticleParser {
  private ArticleParser() {}

  /**
   * Parses {@code content}, the bytes of {@code file}.
   *
   * @param source recorded in the article as where it came from
   * @throws UnreadableFileException when the bytes cannot be read as text at all (binary data)
   */
  public static ParseResult parse(SourceFile file, Source source, byte[] content) {
    return parse(file, source, content, RenderCache.none());
  }

  /**
   * Parses {@code content}, the bytes of {@code file}, taking a Markdown body's rendering from
   * {@code cache} when a copy of it was rendered lately.
   *
   * @param source recorded in the article as where it came from
   * @throws UnreadableFileException when the bytes cannot be read as text at all (binary data)
   */
  public static ParseResult parse(SourceFile file, Source source, byte[] content, RenderCache cache) {
    String path = file.path().toString();
    List<Problem> warnings = new ArrayList<>();
    if (file.format() == SourceFile.Format.HTML) {
      String html = SourceText.stripBom(SourceText.decode(content, path, warnings));
      ParseResult result = HtmlArticleParser.parse(file, source, html);
      if (warnings.isEmpty()) {
        return result;
      }
      warnings.addAll(result.warnings());
      return new ParseResult(result.article(), warnings, result.skipReason());
    }
    FrontMatter frontMatter = frontMatter(file, content, path, warnings);
    String slug = slug(file);
    String url = url(file, source, frontMatter, slug, warnings);
    Body body = MarkdownBody.render(frontMatter.body(), url, cache);
    if (body.text().isBlank()) {
      // Still an article (its metadata is searchable), but most likely a broken save of the crawl.
      warnings.add(Problem.warning(path, content.length == 0 ? "empty file" : "no article text"));
    }
    String title = firstNonBlank(frontMatter.title(), body.firstHeading(), titleSlug(file));
    Article article = new Article(
        url,
        Urls.host(url),
        title,
        frontMatter.description(),
        frontMatter.excerpt(),
        frontMatter.keywords(),
        frontMatter.tags(),
        frontMatter.categories(),
        frontMatter.date(),
        frontMatter.updated(),
        frontMatter.thumbnail(),
        body.text(),
        body.alsoRead(),
        frontMatter.other(),
        source);
    return ParseResult.of(article, warnings);
  }

  /**
   * Whether the URL of {@code file} may differ between two of its modification times (epoch
   * millis) though its bytes do not: a Hexo post without a front matter date takes its permalink's
   * date variables from the file's time, as Hexo does, so a file that is only touched can move.
   * Answered from the site's permalink pattern alone, without reading the file: false when the
   * pattern gives both times the same path.
   */
  public static boolean urlMayFollowFileTime(SourceFile file, long before, long after) {
    if (!(file.site() instanceof Site.HexoSite hexo) || file.format() != SourceFile.Format.MARKDOWN || before == after) {
      return false;
    }
    String slug = slug(file);
    FrontMatter undated = FrontMatter.none("");
    return !Permalinks.path(hexo.config(), slug, undated, fileTime(before)).equals(Permalinks.path(hexo.config(), slug, undated, fileTime(after)));
  }

  /** A file's modification time as the date of its permalink: none when the file system gave none. */
  private static Instant fileTime(long modified) {
    return modified <= 0 ? null : Instant.ofEpochMilli(modified);
  }

  /** Decodes and splits in a method of its own, so the whole decoded text is garbage once the body is cut out. */
  private static FrontMatter frontMatter(SourceFile file, byte[] content, String path, List<Problem> warnings) {
    ZoneId zone = file.site() instanceof Site.HexoSite hexo ? hexo.config().timezone() : null;
    return FrontMatterParser.parse(SourceText.decode(content, path, warnings), zone, path, warnings);
  }

  private static String url(SourceFile file, Source source, FrontMatter frontMatter, String slug, List<Problem> warnings) {
    String url = switch (file.site()) {
      case Site.HexoSite hexo -> {
        String raw = Permalinks.url(hexo.config(), slug, frontMatter, source == null ? null : fileTime(source.lastModified()));
        String normalized = Urls.normalize(raw);
        if (normalized == null) {
          warnings.add(Problem.warning(file.path().toString(), "cannot make a URL of '" + raw + "'; using the file's URL"));
        }
        yield normalized;
      }
      case Site.HostFolder host -> Urls.normalize(Permalinks.join("https://" + host.host(), slug + "/"));
      case Site.Loose loose -> {
        String own = absolute(frontMatter.permalink());
        yield own != null ? own : absolute(frontMatter.url());
      }
      case null -> null;
    };
    return url != null ? url : fileUrl(file.path());
  }

  /** The normalised URL when {@code url} is an absolute http(s) URL, else null. */
  private static String absolute(String url) {
    return url != null && Permalinks.isAbsolute(url) ? Urls.normalize(url.startsWith("//") ? "https:" + url : url) : null;
  }

  private static String fileUrl(Path path) {
    URI uri;
    try {
      uri = path.toRealPath().toUri();
    } catch (IOException | SecurityException e) {
      uri = path.toAbsolutePath().normalize().toUri();
    }
    String normalized = Urls.normalize(uri.toString());
    return normalized != null ? normalized : uri.toString();
  }

  /**
   * The post's slug: its path without extension, '/' separated, under its site's posts folder
   * (a host folder's own folder when it has none); the file name for loose files.
   */
  static String slug(SourceFile file) {
    Path base = switch (file.site()) {
      case Site.HexoSite hexo -> CrawlWalker.postsOf(hexo.dir());
      case Site.HostFolder host -> file.path().startsWith(CrawlWalker.postsOf(host.dir())) ? CrawlWalker.postsOf(host.dir()) : host.dir();
      case Site.Loose loose -> null;
      case null -> null;
    };
    Path relative = base != null && file.path().startsWith(base) && !file.path().equals(base)
        ? base.relativize(file.path())
        : file.path().getFileName();
    StringBuilder slug = new StringBuilder();
    for (Path part : relative) {
      if (slug.length() > 0) {
        slug.append('/');
      }
      slug.append(part);
    }
    return withoutExtension(slug.toString());
  }

  /** The slug a title falls back to: the file name without extension, or its folder's for an index file. */
  static String titleSlug(SourceFile file) {
    String name = withoutExtension(file.path().getFileName().toString());
    Path parent = file.path().getParent();
    if (name.equalsIgnoreCase("index") && parent != null && parent.getFileName() != null) {
      return parent.getFileName().toString();
    }
    return name;
  }

  private static String withoutExtension(String name) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }

  private static String firstNonBlank(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return "";
  }
}
