package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlWalkerTest {
  @TempDir Path temp;
  private Path crawl;

  private Path write(String relative, String content) throws IOException {
    Path file = crawl.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  @BeforeEach
  void buildCrawl() throws IOException {
    crawl = temp.resolve("crawl");
    write("blog/_config.yml", "url: https://blog.example.org\npermalink: :year/:title/\ntimezone: Europe/Paris\n");
    write("blog/source/_posts/a.md", "---\ntitle: A\n---\n");
    write("blog/source/_posts/sub/b.md", "b");
    write("blog/source/_posts/_hidden.md", "hidden");
    write("blog/source/_posts/.secret.md", "secret");
    write("blog/source/_posts/draft.md~", "temp");
    write("blog/source/_posts/notes.txt", "not a post");
    write("blog/source/_posts/page.html", "<html></html>");
    write("blog/source/about/index.md", "a page, not a post");
    write("blog/themes/t/README.md", "theme");
    write("blog/node_modules/x/readme.md", "module");
    write("blog/public/index.html", "<html></html>");
    write("example.com/post-one.md", "one");
    write("example.com/deep/post-two.md", "two");
    write("example.com/p/index.html", "<html></html>");
    write("example.com/node_modules/z.md", "module");
    write("example.com/.git/x.md", "git");
    write("hosted.example.net/README.md", "readme");
    write("hosted.example.net/source/_posts/h.md", "h");
    write("hosted.example.net/page/index.html", "<html></html>");
    write("loose/note.md", "note");
    write("loose/page.html", "<html></html>");
    write("loose/image.png", "png");
    write("loose/inner/deep.md", "deep");
    write("loose/node_modules/n.md", "module");
    write("loose/.git/y.md", "git");
  }

  private List<String> relativePaths(Crawl result) throws IOException {
    Path real = crawl.toRealPath();
    return result.files().stream().map(f -> real.relativize(f.path()).toString().replace('\\', '/')).toList();
  }

  private SourceFile find(Crawl result, String name) {
    return result.files().stream().filter(f -> f.path().endsWith(name)).findFirst().orElseThrow();
  }

  @Test
  void walksSiteRootsHostFoldersAndLooseFiles() throws IOException {
    Crawl result = CrawlWalker.walk(List.of(crawl));
    assertEquals(List.of(
        "blog/source/_posts/a.md",
        "blog/source/_posts/sub/b.md",
        "example.com/deep/post-two.md",
        "example.com/p/index.html",
        "example.com/post-one.md",
        "hosted.example.net/page/index.html",
        "hosted.example.net/source/_posts/h.md",
        "loose/inner/deep.md",
        "loose/note.md",
        "loose/page.html"), relativePaths(result));
    assertEquals(List.of(), result.problems());
    for (SourceFile file : result.files()) {
      assertEquals(crawl.toRealPath(), file.root());
    }
  }

  @Test
  void aPathInsideOrAroundOneWalkedBeforeIsWalkedOnceWithoutAWarning() throws IOException {
    for (List<Path> paths : List.of(List.of(crawl, crawl.resolve("example.com")), List.of(crawl.resolve("example.com"), crawl),
        List.of(crawl.resolve("loose"), crawl.resolve("loose/"), crawl.resolve("loose/inner")))) {
      Crawl result = CrawlWalker.walk(paths);
      assertEquals(List.of(), result.problems(), paths.toString());
      assertEquals(relativePaths(result).stream().distinct().toList(), relativePaths(result), "each file once");
    }
    Path empty = Files.createDirectories(crawl.resolve("loose/empty"));
    assertEquals(1, CrawlWalker.walk(List.of(crawl, empty)).problems().size(), "a folder without articles still says so");
  }

  @Test
  void sitesAndFormats() throws IOException {
    Crawl result = CrawlWalker.walk(List.of(crawl));
    Site.HexoSite blog = assertInstanceOf(Site.HexoSite.class, find(result, "a.md").site());
    assertEquals("https://blog.example.org", blog.url());
    assertEquals(":year/:title/", blog.permalink());
    assertEquals(ZoneId.of("Europe/Paris"), blog.config().timezone());
    assertEquals(crawl.toRealPath().resolve("blog"), blog.dir());
    assertEquals(blog, find(result, "b.md").site());

    Site.HostFolder host = assertInstanceOf(Site.HostFolder.class, find(result, "post-two.md").site());
    assertEquals("example.com", host.host());
    assertEquals(SourceFile.Format.HTML, find(result, "p/index.html").format());
    assertEquals(SourceFile.Format.MARKDOWN, find(result, "post-one.md").format());
    assertEquals("hosted.example.net", ((Site.HostFolder) find(result, "h.md").site()).host());

    assertInstanceOf(Site.Loose.class, find(result, "note.md").site());
    assertInstanceOf(Site.Loose.class, find(result, "deep.md").site());
    assertEquals(SourceFile.Format.HTML, find(result, "loose/page.html").format());
  }

  @Test
  void recordsEachFilesTimeAndSizeAsWalked() throws IOException {
    Path post = crawl.resolve("blog/source/_posts/a.md");
    Files.setLastModifiedTime(post, FileTime.fromMillis(1_700_000_000_000L));
    SourceFile walked = find(CrawlWalker.walk(List.of(crawl)), "a.md");
    assertTrue(walked.attributesKnown());
    assertEquals(1_700_000_000_000L, walked.modified());
    assertEquals(Files.size(post), walked.size());
    SourceFile explicit = CrawlWalker.walk(List.of(post)).files().get(0);
    assertEquals(1_700_000_000_000L, explicit.modified());
    assertFalse(new SourceFile(post, crawl, new Site.Loose(), SourceFile.Format.MARKDOWN).attributesKnown());
  }

  @Test
  void pathThatIsASiteRoot() throws IOException {
    Crawl result = CrawlWalker.walk(List.of(crawl.resolve("blog")));
    assertEquals(List.of("blog/source/_posts/a.md", "blog/source/_posts/sub/b.md"), relativePaths(result));
    assertEquals(crawl.toRealPath().resolve("blog"), result.files().get(0).root());
  }

  @Test
  void pathsInsideASiteRoot() throws IOException {
    Crawl sub = CrawlWalker.walk(List.of(crawl.resolve("blog/source/_posts/sub")));
    assertEquals(List.of("blog/source/_posts/sub/b.md"), relativePaths(sub));
    assertInstanceOf(Site.HexoSite.class, sub.files().get(0).site());
    assertEquals(crawl.toRealPath().resolve("blog/source/_posts/sub"), sub.files().get(0).root());

    Crawl source = CrawlWalker.walk(List.of(crawl.resolve("blog/source")));
    assertEquals(List.of("blog/source/_posts/a.md", "blog/source/_posts/sub/b.md"), relativePaths(source));

    Crawl file = CrawlWalker.walk(List.of(crawl.resolve("blog/source/_posts/a.md")));
    assertEquals("https://blog.example.org", ((Site.HexoSite) file.files().get(0).site()).url());

    Crawl themes = CrawlWalker.walk(List.of(crawl.resolve("blog/themes")));
    assertEquals(List.of(), themes.files());
    assertEquals(1, themes.problems().size());
    assertFalse(themes.problems().get(0).rejected());
  }

  @Test
  void pathThatIsAHostFolderOrInsideOne() throws IOException {
    Crawl folder = CrawlWalker.walk(List.of(crawl.resolve("example.com")));
    assertEquals(List.of("example.com/deep/post-two.md", "example.com/p/index.html", "example.com/post-one.md"), relativePaths(folder));

    Crawl file = CrawlWalker.walk(List.of(crawl.resolve("example.com/deep/post-two.md")));
    Site.HostFolder host = assertInstanceOf(Site.HostFolder.class, file.files().get(0).site());
    assertEquals("example.com", host.host());
    assertEquals(crawl.toRealPath().resolve("example.com"), host.dir());

    Crawl posts = CrawlWalker.walk(List.of(crawl.resolve("hosted.example.net/source/_posts")));
    assertEquals("hosted.example.net", ((Site.HostFolder) posts.files().get(0).site()).host());
  }

  @Test
  void explicitFiles() throws IOException {
    Crawl result = CrawlWalker.walk(List.of(crawl.resolve("loose/note.md"), crawl.resolve("loose/image.png"), crawl.resolve("blog/themes/t/README.md")));
    assertEquals(List.of("loose/note.md", "blog/themes/t/README.md"), relativePaths(result));
    assertInstanceOf(Site.Loose.class, result.files().get(1).site());
    assertEquals(1, result.problems().size());
    assertTrue(result.problems().get(0).rejected());
    assertTrue(result.problems().get(0).path().endsWith("image.png"));
  }

  @Test
  void missingPathIsRejectedAndTheWalkGoesOn() throws IOException {
    Path missing = crawl.resolve("nope");
    Crawl result = CrawlWalker.walk(List.of(missing, crawl.resolve("loose")));
    assertEquals(3, result.files().size());
    assertEquals(List.of(Problem.rejection(missing.toString(), "no such file or folder")), result.problems());
  }

  @Test
  void overlappingPathsListEachFileOnce() throws IOException {
    Crawl result = CrawlWalker.walk(List.of(crawl.resolve("loose"), crawl));
    assertEquals(10, result.files().size());
    assertEquals(crawl.toRealPath().resolve("loose"), find(result, "note.md").root());
    assertEquals(crawl.toRealPath(), find(result, "a.md").root());
  }

  @Test
  void stableOrder() {
    assertEquals(CrawlWalker.walk(List.of(crawl)), CrawlWalker.walk(List.of(crawl)));
  }

  @Test
  void symlinkLoopIsReportedAndNotFollowed() throws IOException {
    Path link = crawl.resolve("loose/inner/loop");
    try {
      Files.createSymbolicLink(link, crawl.resolve("loose"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    Crawl result = CrawlWalker.walk(List.of(crawl.resolve("loose")));
    assertEquals(List.of("loose/inner/deep.md", "loose/note.md", "loose/page.html"), relativePaths(result));
    assertEquals(1, result.problems().size());
    assertTrue(result.problems().get(0).message().contains("symbolic link loop"), result.problems().get(0).message());
  }

  @Test
  void symlinkedFolderIsWalked() throws IOException {
    Path link = temp.resolve("elsewhere");
    try {
      Files.createSymbolicLink(link, crawl.resolve("loose/inner"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    Crawl result = CrawlWalker.walk(List.of(link));
    assertEquals(1, result.files().size());
    assertEquals(crawl.toRealPath().resolve("loose/inner"), result.files().get(0).root());
  }

  @Test
  void brokenSymlinkIsRejected() throws IOException {
    Path link = crawl.resolve("loose/broken.md");
    try {
      Files.createSymbolicLink(link, crawl.resolve("loose/missing-target.md"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    Crawl result = CrawlWalker.walk(List.of(crawl.resolve("loose")));
    assertEquals(3, result.files().size());
    assertEquals(1, result.problems().size());
    Problem problem = result.problems().get(0);
    assertTrue(problem.rejected());
    assertTrue(problem.path().endsWith("broken.md"), problem.path());
    assertEquals("broken symbolic link", problem.message());
  }

  @Test
  void unreadableFolderIsRejectedAndTheWalkGoesOn() throws IOException {
    Path locked = crawl.resolve("loose/locked");
    Files.createDirectories(locked);
    Files.writeString(locked.resolve("x.md"), "x");
    try {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no POSIX permissions here");
    }
    try {
      assumeTrue(!Files.isReadable(locked), "permissions are not enforced for this user");
      Crawl result = CrawlWalker.walk(List.of(crawl.resolve("loose")));
      assertEquals(3, result.files().size());
      assertEquals(1, result.problems().size());
      assertTrue(result.problems().get(0).rejected());
      assertTrue(result.problems().get(0).message().contains("permission denied"), result.problems().get(0).message());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void homeFolderIsNotAHostFolder() throws IOException {
    Path home = temp.resolve("jane.doe");
    Path note = home.resolve("notes/x.md");
    Files.createDirectories(note.getParent());
    Files.writeString(note, "x");
    String saved = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    try {
      assertInstanceOf(Site.Loose.class, CrawlWalker.walk(List.of(note)).files().get(0).site());
      assertInstanceOf(Site.Loose.class, CrawlWalker.walk(List.of(home.resolve("notes"))).files().get(0).site());
    } finally {
      System.setProperty("user.home", saved);
    }
    assertInstanceOf(Site.HostFolder.class, CrawlWalker.walk(List.of(note)).files().get(0).site());
  }

  @Test
  void siteConfigWithoutUrlOrWithBrokenYaml() throws IOException {
    write("site.example.io/_config.yml", "title: 'broken\npermalink: :title.html\n");
    write("site.example.io/source/_posts/p.md", "p");
    Crawl result = CrawlWalker.walk(List.of(crawl.resolve("site.example.io")));
    Site.HexoSite site = assertInstanceOf(Site.HexoSite.class, result.files().get(0).site());
    assertEquals("https://site.example.io", site.url());
    assertEquals(":title.html", site.permalink());
    assertEquals(1, result.problems().size());
    assertFalse(result.problems().get(0).rejected());
    assertTrue(result.problems().get(0).path().endsWith("_config.yml"));
  }

  @Test
  void hostNames() {
    assertTrue(CrawlWalker.isHostName("example.com"));
    assertTrue(CrawlWalker.isHostName("printer-issues.techidaily.com"));
    assertFalse(CrawlWalker.isHostName("v1.2"));
    assertFalse(CrawlWalker.isHostName("my_folder"));
    assertFalse(CrawlWalker.isHostName(".git"));
    assertFalse(CrawlWalker.isHostName("nodot"));
    assertFalse(CrawlWalker.isHostName("-bad.com"));
  }

  @Test
  void aFolderOfManyPostsComesInNameOrder() throws IOException {
    // more names than the 8,192 at which the walk's sort goes parallel
    Path posts = Files.createDirectories(temp.resolve("big/many.example.com"));
    Random random = new Random(7);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 8_300; i++) {
      String name = Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + ".md";
      names.add(name);
      Files.createFile(posts.resolve(name));
    }
    Crawl walked = CrawlWalker.walk(List.of(temp.resolve("big")));
    List<String> order = walked.files().stream().map(f -> f.path().getFileName().toString()).toList();
    assertEquals(names.stream().distinct().sorted().toList(), order);
  }
}
