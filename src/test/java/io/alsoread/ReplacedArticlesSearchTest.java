package io.alsoread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain query's rules that count articles (words no article holds, words a fifth of the articles
 * hold) count the articles of the index as it is: not the old versions of edited articles, nor
 * deleted ones, which an incremental run leaves in Lucene's statistics until merges drop them. So
 * a search answers as on a rebuild of the same files.
 */
class ReplacedArticlesSearchTest {
  @TempDir Path tmp;
  private long clock = 1_700_000_000_000L;

  private Path post(Path site, int i, String body) throws IOException {
    Path file = site.resolve("source/_posts/note-" + i + ".md");
    Files.writeString(file, "---\ntitle: Printer note " + i + "\ndate: 2024-05-01\n---\n\n" + body + "\n");
    clock += 1000;
    Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
    return file;
  }

  private Path site() throws IOException {
    Path site = tmp.resolve("crawl/notes");
    Files.createDirectories(site.resolve("source/_posts"));
    Files.writeString(site.resolve("_config.yml"), "url: https://notes.example\npermalink: :title/\n");
    return site;
  }

  private static Set<String> matches(SearchResult result) {
    return result.hits().stream().map(Hit::url).collect(Collectors.toSet());
  }

  private static SearchResult search(AlsoRead index, String query) throws IOException {
    return index.search(SearchRequest.of(query).withCollapse(false).withPage(100, 0));
  }

  @Test
  void aWordOnlyAnEditedOrDeletedArticleHeldIsUnknown() throws IOException {
    Path site = site();
    for (int i = 0; i < 5; i++) {
      post(site, i, "Check the cable of the printer, then restart it.");
    }
    post(site, 5, "A zebrafish printer.");
    post(site, 6, "The zebrafish tank printer.");
    try (AlsoRead index = AlsoRead.openOrCreate(tmp.resolve("index"))) {
      index.index(List.of(tmp.resolve("crawl")), false, IndexListener.NONE);
      assertEquals(List.of(), search(index, "cable zebrafish").unknownWords());

      post(site, 5, "A goldfish printer.");
      Files.delete(site.resolve("source/_posts/note-6.md"));
      index.index(List.of(tmp.resolve("crawl")), false, IndexListener.NONE);
      SearchResult result = search(index, "cable zebrafish");
      assertEquals(List.of("zebrafish"), result.unknownWords());
      assertEquals(5, result.total(), "searched without the word no article holds");
      assertNull(search(index, "cable zebrafisj").suggestion(), "no article writes zebrafish any more");
    }
  }

  @Test
  void aWordsShareOfTheArticlesCountsTheLiveOnes() throws IOException {
    Path site = site();
    // Of ten articles, "spooler" is in 0 to 3 and "restart" in 0 and 4.
    for (int i = 0; i < 10; i++) {
      String body = "Printer note number " + i + "." + (i < 4 ? " The spooler stops." : "") + (i == 0 || i == 4 ? " Restart it." : "");
      post(site, i, body);
    }
    try (AlsoRead index = AlsoRead.openOrCreate(tmp.resolve("index"))) {
      index.index(List.of(tmp.resolve("crawl")), false, IndexListener.NONE);
      // "spooler" is in four of ten articles, more than a fifth: only "restart" decides.
      assertEquals(Set.of("https://notes.example/note-0/", "https://notes.example/note-4/"), matches(search(index, "spooler restart")));

      post(site, 2, "Printer note number 2.");
      post(site, 3, "Printer note number 3.");
      index.index(List.of(tmp.resolve("crawl")), false, IndexListener.NONE);
      // Two of ten now: a rare word like "restart", and a query of two rare words needs both,
      // though Lucene still counts the two replaced versions that held it.
      assertEquals(Set.of("https://notes.example/note-0/"), matches(search(index, "spooler restart")));
    }
  }
}
