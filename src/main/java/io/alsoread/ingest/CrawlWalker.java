package io.alsoread.ingest;

import io.alsoread.util.IoReasons;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks the PATHs given to a run and recognises Hexo site roots, host folders and loose files
 * (SPEC "Inputs"), yielding every Markdown post and HTML page to parse.
 *
 * <ul>
 *   <li>Hexo site root (a folder with {@code _config.yml} and {@code source/_posts/}): only
 *       {@code source/_posts/**}{@code /*.md} are articles, minus names Hexo hides (starting with
 *       {@code _} or {@code .}) and editor temp files; themes, pages and the rest are skipped.
 *   <li>Host folder (its name is a host name such as {@code example.com}): {@code .md} posts (only
 *       those under {@code source/_posts/} when it has that folder) and {@code .html} pages anywhere.
 *   <li>Anywhere else: {@code .md} and {@code .html} files are loose.
 * </ul>
 *
 * A PATH inside a site root or host folder is placed by looking at its parents: the nearest site
 * root wins, else the outermost host-named folder below the user's home (so a home folder such as
 * {@code /home/jane.doe} is never taken for a host). An explicitly named file is always taken when it
 * is Markdown or HTML. Hidden folders and {@code node_modules} are never entered; symbolic links
 * are followed, loops are reported as warnings and not followed. Missing PATHs, unreadable folders
 * and files that vanish during the walk are rejections with a one-line reason; the walk goes on.
 * Files come in PATH order, each PATH walked depth first in name order.
 */
public final class CrawlWalker {
  private static final Pattern HOST_NAME =
      Pattern.compile("(?i)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,63}");

  private CrawlWalker() {}

  /** Walks {@code paths} (files or folders); files are listed in a stable order. */
  public static Crawl walk(List<Path> paths) {
    Walk walk = new Walk();
    for (Path path : paths) {
      walk.argument(path);
    }
    return new Crawl(walk.files, walk.problems, walk.unreadable);
  }

  /** The format of a file by its extension, or null when it is neither Markdown nor HTML. */
  static SourceFile.Format formatOf(Path file) {
    return formatOfName(file.getFileName().toString());
  }

  private static SourceFile.Format formatOfName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return SourceFile.Format.MARKDOWN;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return SourceFile.Format.HTML;
    }
    return null;
  }

  static boolean isHostName(String name) {
    return HOST_NAME.matcher(name).matches();
  }

  static boolean isSiteRoot(Path dir) {
    return Files.isRegularFile(dir.resolve("_config.yml")) && Files.isDirectory(postsOf(dir));
  }

  static Path postsOf(Path siteRoot) {
    return siteRoot.resolve("source").resolve("_posts");
  }

  /** Where in a crawl the walk is, which decides what the files it meets are. */
  private sealed interface Place {
    /** Outside any site. */
    record Loose() implements Place {}

    /** Inside a host folder; {@code posts} is its {@code source/_posts} or null. */
    record Host(Site.HostFolder site, Path posts) implements Place {}

    /** Inside a Hexo site root but not (yet) in its posts folder. */
    record SiteInterior(Site.HexoSite site) implements Place {}

    /** Inside a Hexo site's posts folder. */
    record Posts(Site.HexoSite site) implements Place {}
  }

  /** The state of one walk. */
  private static final class Walk {
    final List<SourceFile> files = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final Set<Path> visitedDirs = new HashSet<>();
    final Deque<Path> stack = new ArrayDeque<>();
    final Set<Path> listedFiles = new HashSet<>();
    final Map<Path, Site.HexoSite> sites = new HashMap<>();
    /** Places the walk could not look into: see {@link Crawl#unreadable()}. */
    final Set<String> unreadable = new HashSet<>();
    /** Site roots whose config cannot be read: their posts are not walked (their URLs cannot be told). */
    final Set<Path> unreadableSites = new HashSet<>();
    final Path home = homeDir();
    Path root;

    void argument(Path path) {
      Path real;
      BasicFileAttributes attributes;
      try {
        real = path.toRealPath();
        attributes = Files.readAttributes(real, BasicFileAttributes.class);
      } catch (IOException e) {
        problems.add(Problem.rejection(path.toString(), IoReasons.of(e)));
        return;
      } catch (SecurityException e) {
        problems.add(Problem.rejection(path.toString(), "permission denied"));
        return;
      }
      root = real;
      int unreadableBefore = unreadable.size();
      Place parent = real.getParent() == null ? new Place.Loose() : placeInside(real.getParent());
      if (attributes.isDirectory()) {
        int before = files.size();
        directory(real, parent);
        // A PATH inside or around one walked before adds nothing new, yet holds articles.
        if (files.size() == before && unreadable.size() == unreadableBefore && files.stream().noneMatch(file -> file.path().startsWith(real))) {
          problems.add(Problem.warning(path.toString(), "no Markdown or HTML articles found here"));
        }
      } else if (attributes.isRegularFile()) {
        explicitFile(real, parent, attributes);
      } else {
        problems.add(Problem.rejection(path.toString(), "not a regular file or folder"));
      }
    }

    /** The place of a folder's contents, judged by the folder and its parents. */
    Place placeInside(Path dir) {
      for (Path a = dir; a != null; a = a.getParent()) {
        if (isSiteRoot(a)) {
          Site.HexoSite site = site(a);
          if (unreadableSites.contains(a)) {
            return new Place.SiteInterior(site); // where nothing is taken: its posts keep their articles
          }
          return dir.startsWith(postsOf(a)) ? new Place.Posts(site) : new Place.SiteInterior(site);
        }
      }
      Path host = null;
      for (Path a = dir; a != null && a.getFileName() != null && !(home != null && home.startsWith(a)); a = a.getParent()) {
        if (isHostName(a.getFileName().toString())) {
          host = a;
        }
      }
      return host == null ? new Place.Loose() : hostPlace(host);
    }

    void explicitFile(Path file, Place place, BasicFileAttributes attributes) {
      if (place instanceof Place.SiteInterior interior && unreadableSites.contains(interior.site().dir())) {
        unreadable.add(file.toString()); // reported with its site's config
        return;
      }
      SourceFile.Format format = formatOf(file);
      if (format == null) {
        problems.add(Problem.rejection(file.toString(), "not a Markdown (.md) or HTML (.html) file"));
        return;
      }
      Site site = switch (place) {
        case Place.Posts posts when format == SourceFile.Format.MARKDOWN -> posts.site();
        case Place.Host host -> host.site();
        default -> new Site.Loose();
      };
      add(file, site, format, attributes);
    }

    void directory(Path dir, Place place) {
      Path real;
      try {
        real = dir.toRealPath();
      } catch (IOException e) {
        cannotRead(dir, e);
        return;
      }
      if (stack.contains(real)) {
        problems.add(Problem.warning(dir.toString(), "symbolic link loop back to " + real + "; not followed"));
        return;
      }
      if (!visitedDirs.add(real)) {
        return;
      }
      Place here = enter(dir, place);
      if (here == null) {
        return;
      }
      stack.push(real);
      try {
        for (Entry entry : list(dir)) {
          entry(entry.path(), entry.name(), here);
        }
      } finally {
        stack.pop();
      }
    }

    /** The place inside {@code dir} when the walk comes from {@code place}, or null to skip it. */
    Place enter(Path dir, Place place) {
      return switch (place) {
        case Place.Posts posts -> posts;
        case Place.SiteInterior interior when unreadableSites.contains(interior.site().dir()) -> null;
        case Place.SiteInterior interior -> {
          Path posts = postsOf(interior.site().dir());
          if (dir.equals(posts)) {
            yield new Place.Posts(interior.site());
          }
          yield posts.startsWith(dir) ? interior : null;
        }
        case Place.Loose loose when isSiteRoot(dir) -> readableSite(dir);
        case Place.Host host when isSiteRoot(dir) -> readableSite(dir);
        case Place.Loose loose -> isHostName(dir.getFileName().toString()) ? hostPlace(dir) : loose;
        case Place.Host host -> host;
      };
    }

    /** The inside of the site rooted at {@code dir}, or null (skip it) when its config cannot be read. */
    Place readableSite(Path dir) {
      Site.HexoSite site = site(dir);
      return unreadableSites.contains(dir) ? null : new Place.SiteInterior(site);
    }

    void entry(Path entry, String name, Place place) {
      if (name.startsWith(".") || (place instanceof Place.Posts && (name.startsWith("_") || name.endsWith("~") || name.endsWith("%")))) {
        return;
      }
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(entry, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        if (Files.isSymbolicLink(entry)) {
          if (formatOf(entry) != null) {
            problems.add(Problem.rejection(entry.toString(), "broken symbolic link"));
          }
        } else {
          problems.add(Problem.rejection(entry.toString(), "vanished during the walk"));
        }
        return;
      } catch (IOException e) {
        problems.add(Problem.rejection(entry.toString(), IoReasons.of(e)));
        unreadable.add(entry.toAbsolutePath().toString());
        return;
      }
      if (attributes.isDirectory()) {
        if (!name.equals("node_modules")) {
          directory(entry, place);
        }
        return;
      }
      SourceFile.Format format = formatOfName(name);
      if (format == null) {
        return;
      }
      switch (place) {
        case Place.Loose loose -> take(entry, attributes, new Site.Loose(), format);
        case Place.Host host -> {
          if (format == SourceFile.Format.HTML || host.posts() == null || entry.startsWith(host.posts())) {
            take(entry, attributes, host.site(), format);
          }
        }
        case Place.Posts posts -> {
          if (format == SourceFile.Format.MARKDOWN) {
            take(entry, attributes, posts.site(), format);
          }
        }
        case Place.SiteInterior interior -> {
          // a site's own files outside source/_posts are not articles
        }
      }
    }

    /** A folder entry and its file name, made once: sorting by a name made at each comparison costs more than the listing. */
    record Entry(Path path, String name) {}

    List<Entry> list(Path dir) {
      List<Entry> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        for (Path entry : stream) {
          entries.add(new Entry(entry, entry.getFileName().toString()));
        }
      } catch (IOException e) {
        cannotRead(dir, e);
      } catch (java.nio.file.DirectoryIteratorException e) {
        cannotRead(dir, e.getCause());
      }
      Entry[] sorted = entries.toArray(Entry[]::new);
      // A crawl's posts folder can hold a hundred thousand names, and comparing them is a fifth of
      // the walk: a parallel sort (sequential below 8,192 names) uses the core the walk leaves idle.
      Arrays.parallelSort(sorted, Comparator.comparing(Entry::name));
      return Arrays.asList(sorted);
    }

    /** Adds a file met in a folder; one named like an article that is a pipe, socket or device is reported, never read (it could block). */
    void take(Path file, BasicFileAttributes attributes, Site site, SourceFile.Format format) {
      if (attributes.isRegularFile()) {
        add(file, site, format, attributes);
      } else {
        problems.add(Problem.rejection(file.toString(), "not a regular file (a named pipe, socket or device)"));
      }
    }

    void add(Path file, Site site, SourceFile.Format format, BasicFileAttributes attributes) {
      if (listedFiles.add(file)) {
        files.add(new SourceFile(file, root, site, format, attributes.lastModifiedTime().toMillis(), attributes.size()));
      }
    }

    Place.Host hostPlace(Path dir) {
      Path posts = postsOf(dir);
      Site.HostFolder site = new Site.HostFolder(dir, dir.getFileName().toString().toLowerCase(Locale.ROOT));
      return new Place.Host(site, Files.isDirectory(posts) ? posts : null);
    }

    Site.HexoSite site(Path dir) {
      return sites.computeIfAbsent(dir, d -> {
        String name = d.getFileName() == null ? "" : d.getFileName().toString();
        String fallbackUrl = isHostName(name) ? "https://" + name.toLowerCase(Locale.ROOT) : d.toUri().toString();
        Path config = d.resolve("_config.yml");
        try {
          return new Site.HexoSite(d, HexoConfig.readFile(config, fallbackUrl, problems));
        } catch (IOException e) {
          // Its URLs would all be guessed, and every article would move: the site is left as it is.
          problems.add(Problem.rejection(config.toString(), "cannot read site config: " + IoReasons.of(e)
              + "; its posts are left as the index holds them"));
          unreadableSites.add(d);
          unreadable.add(realOrAbsolute(d));
          return new Site.HexoSite(d, HexoConfig.of(fallbackUrl, null));
        }
      });
    }

    /** Reports a folder the walk cannot list, and keeps what it holds (see {@link Crawl#unreadable()}). */
    void cannotRead(Path dir, IOException e) {
      problems.add(Problem.rejection(dir.toString(), reasonWhileWalking(e)));
      if (!(e instanceof NoSuchFileException)) {
        unreadable.add(realOrAbsolute(dir));
      }
    }

    private static String realOrAbsolute(Path path) {
      try {
        return path.toRealPath().toString();
      } catch (IOException e) {
        return path.toAbsolutePath().normalize().toString();
      }
    }

    private static String reasonWhileWalking(IOException e) {
      return e instanceof NoSuchFileException ? "vanished during the walk" : "cannot read folder: " + IoReasons.of(e);
    }

    private static Path homeDir() {
      String home = System.getProperty("user.home");
      try {
        return home == null || home.isBlank() ? null : Path.of(home).toRealPath();
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  }
}
