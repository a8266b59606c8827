package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plain query's words that most articles hold only rank what its rarer words match; a query of
 * only such words matches all of them.
 */
class CommonWordsTest {
  private static TestIndex index;

  @BeforeAll
  static void build() throws IOException {
    List<TestIndex.Entry> entries = new ArrayList<>();
    // "video" and "step" are in every article, "guide" in most, "tutorial" in half; "converter" and "resolution" in a few
    entries.add(new TestIndex.A("https://a.example/both/").title("Resolution converter").body("Step one: a video converter that changes the resolution.").entry());
    entries.add(new TestIndex.A("https://a.example/rare-only/").title("Converter notes").body("A converter for any resolution. Step by step, video too.").entry());
    entries.add(new TestIndex.A("https://a.example/one-rare/").title("Converter").body("Video converter, step by step.").entry());
    for (int i = 0; i < 17; i++) {
      String tutorial = i < 10 ? " A tutorial." : "";
      entries.add(new TestIndex.A("https://a.example/common-" + i + "/").title("Video guide " + i).body("Step " + i + " of the video guide." + tutorial).entry());
    }
    index = new TestIndex(entries);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Set<String> urls(ArticleSearch search, String query) throws IOException {
    SearchResult result = search.search(index.searcher, SearchRequest.of(query).withCollapse(false).withPage(100, 0));
    assertEquals(result.total(), result.hits().size());
    return result.hits().stream().map(Hit::url).collect(Collectors.toSet());
  }

  private static ArticleSearch withCommonWords(double fraction) {
    Ranking d = Ranking.DEFAULT;
    return new ArticleSearch(new Ranking(d.fieldBoosts(), d.tieBreaker(), d.allTermsUpTo(), d.mustMatchFraction(), d.bodyPhraseBoost(),
        d.bodyPhraseSlop(), d.titlePhraseBoost(), d.phraseWindow(), d.contestedClusters(), fraction), Duration.ofSeconds(5), null);
  }

  @Test
  void theRarerWordsDecideWhatMatches() throws IOException {
    ArticleSearch search = new ArticleSearch();
    // three of the four words would also have matched the article with one of the rare words
    assertEquals(Set.of("https://a.example/both/", "https://a.example/rare-only/"), urls(search, "step video resolution converter"));
    // a rare word no article holds counts with neither group
    assertEquals(Set.of("https://a.example/both/", "https://a.example/rare-only/"), urls(search, "step video resolution converter xyzzy"));
    // the common words still rank
    SearchResult ranked = search.search(index.searcher, SearchRequest.of("step video resolution converter").withCollapse(false));
    assertEquals(List.of("https://a.example/both/", "https://a.example/rare-only/"), ranked.hits().stream().map(Hit::url).toList());
  }

  @Test
  void twoCommonWordsOrOnlyRareWordsKeepTheirRules() throws IOException {
    ArticleSearch search = new ArticleSearch();
    assertEquals(20, urls(search, "step video").size());
    assertEquals(Set.of("https://a.example/both/", "https://a.example/rare-only/"), urls(search, "resolution converter"));
  }

  @Test
  void aQueryOfOnlyCommonWordsMatchesAllOfThem() throws IOException {
    assertEquals(10, urls(new ArticleSearch(), "step video guide tutorial").size());
    assertEquals(17, urls(withCommonWords(0), "step video guide tutorial").size(), "three of the four words");
  }

  @Test
  void aSplitWordIsOneWordAsCommonAsItsMostCommonPart() throws IOException {
    // "guide-tutorial" is common: the rare word alone decides what matches
    assertEquals(Set.of("https://a.example/both/", "https://a.example/rare-only/", "https://a.example/one-rare/"),
        urls(new ArticleSearch(), "video guide-tutorial converter"));
    assertEquals(20, urls(withCommonWords(0), "video guide-tutorial converter").size(), "two of the three words");
    // "resolution-tutorial" is as common as "tutorial", not as rare as "resolution"
    assertEquals(Set.of("https://a.example/both/", "https://a.example/rare-only/", "https://a.example/one-rare/"),
        urls(new ArticleSearch(), "converter resolution-tutorial"));
  }

  @Test
  void wordsNoArticleHoldsAreLeftOutOfAQueryOfCommonWords() throws IOException {
    ArticleSearch search = new ArticleSearch();
    assertEquals(20, urls(search, "video step xyzzy qwerty").size());
    assertEquals(17, urls(search, "video step guide xyzzy qwerty").size());
    assertEquals(20, urls(search, "video xyzzy").size());
  }

  @Test
  void wordsNoArticleHoldsAreLeftOutOfAnyPlainQueryAndNamed() throws IOException {
    Set<String> converters = Set.of("https://a.example/both/", "https://a.example/rare-only/", "https://a.example/one-rare/");
    for (ArticleSearch search : List.of(new ArticleSearch(), withCommonWords(0))) {
      assertEquals(converters, urls(search, "converter xyzzy"), "a typo does not empty the page");
      assertEquals(Set.of("https://a.example/both/", "https://a.example/rare-only/"), urls(search, "resolution xyzzy converter qwerty"));
    }
    SearchResult typo = new ArticleSearch().search(index.searcher, SearchRequest.of("converter (Xyzzy), qwerty-xyzzy the"));
    assertEquals(List.of("Xyzzy", "qwerty-xyzzy"), typo.unknownWords(), "as typed, without the punctuation around them; stop words are not words");
    SearchResult none = new ArticleSearch().search(index.searcher, SearchRequest.of("xyzzy qwerty"));
    assertEquals(0, none.total());
    assertEquals(List.of("xyzzy", "qwerty"), none.unknownWords());
    SearchResult split = new ArticleSearch().search(index.searcher, SearchRequest.of("converter video-xyzzy").withCollapse(false));
    assertEquals(3, split.total(), "a split word with a known part is a known word: the converters, which hold 'video'");
    assertEquals(List.of("xyzzy"), split.unknownWords(), "its unknown part is named");
    SearchResult syntax = new ArticleSearch().search(index.searcher, SearchRequest.of("converter AND xyzzy"));
    assertEquals(0, syntax.total(), "syntax keeps its classic meaning");
    assertEquals(List.of(), syntax.unknownWords());
  }

  @Test
  void offEveryWordCountsTowardsMostWords() throws IOException {
    assertEquals(Set.of("https://a.example/both/", "https://a.example/rare-only/", "https://a.example/one-rare/"),
        urls(withCommonWords(0), "step video resolution converter"));
  }
}
