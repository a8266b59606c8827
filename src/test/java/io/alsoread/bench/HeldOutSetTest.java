package io.alsoread.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.AlsoRead;
import io.alsoread.ArticleView;
import io.alsoread.IndexListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The held-out set generator on an index of the sample corpus. */
class HeldOutSetTest {
  @TempDir
  static Path tmp;

  private static Path index;

  @BeforeAll
  static void indexSampleCorpus() throws Exception {
    index = tmp.resolve("index");
    try (AlsoRead alsoRead = AlsoRead.openOrCreate(index)) {
      alsoRead.index(List.of(Path.of("corpus")), false, IndexListener.NONE);
    }
  }

  private static List<KnownItem> generate(String name, String... options) throws Exception {
    Path out = tmp.resolve(name);
    List<String> args = new java.util.ArrayList<>(List.of("--index", index.toString(), "--out", out.toString()));
    args.addAll(List.of(options));
    assertEquals(0, new CommandLine(new HeldOutSet()).execute(args.toArray(String[]::new)));
    return KnownItem.read(out);
  }

  @Test
  void eachHeadingIsInTheBodyOfEveryRelevantArticleAndOfNoOther() throws Exception {
    List<KnownItem> items = generate("a.jsonl", "--count", "8", "--seed", "3");
    assertEquals(8, items.size());
    try (AlsoRead alsoRead = AlsoRead.open(index)) {
      Set<String> titles = new HashSet<>();
      Set<String> all = new HashSet<>();
      for (KnownItem item : items) {
        int words = item.query().strip().split("\\s+").length;
        assertTrue(words >= 4 && words <= 12, item.query());
        assertFalse(item.relevant().isEmpty(), item.query());
        for (String url : item.relevant()) {
          ArticleView article = alsoRead.article(url).orElseThrow();
          assertTrue(BodyContainment.normalized(article.body()).contains(BodyContainment.normalized(item.query())), url);
          titles.add(BodyContainment.normalized(article.title()));
        }
        all.add(BodyContainment.normalized(item.query()));
      }
      assertEquals(items.size(), all.size(), "no heading twice");
      assertTrue(items.stream().noneMatch(item -> titles.contains(BodyContainment.normalized(item.query()))), "no title heading");
    }
  }

  @Test
  void theSameSeedGivesTheSameSetAndExcludedHeadingsStayOut() throws Exception {
    List<KnownItem> first = generate("b.jsonl", "--count", "5");
    assertEquals(first, generate("c.jsonl", "--count", "5"));
    Set<String> excluded = first.stream().map(item -> BodyContainment.normalized(item.query())).collect(Collectors.toSet());
    List<KnownItem> other = generate("d.jsonl", "--count", "5", "--exclude", tmp.resolve("b.jsonl").toString());
    assertFalse(other.isEmpty());
    assertTrue(other.stream().noneMatch(item -> excluded.contains(BodyContainment.normalized(item.query()))));
    assertTrue(Files.size(tmp.resolve("d.jsonl")) > 0);
  }
}
