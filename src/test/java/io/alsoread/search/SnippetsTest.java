package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Snippets of a page of many hits in several segments are the snippets each hit gets alone: the
 * highlighter reuses each term's postings from one hit to the next, so a hit must never see another
 * hit's offsets or miss its own.
 */
class SnippetsTest {
  private static final String[] WORDS = {"printer", "driver", "offline", "bluetooth", "screen", "update", "error", "fix", "the", "a"};
  private static final int SEGMENT = 13;
  private static TestIndex index;
  private static final ArticleSearch search = new ArticleSearch();

  @BeforeAll
  static void build() throws IOException {
    Random random = new Random(7);
    List<TestIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      StringBuilder body = new StringBuilder();
      for (int paragraph = 0; paragraph < 1 + random.nextInt(5); paragraph++) {
        for (int w = 0; w < 20 + random.nextInt(60); w++) {
          body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 9 == 8 ? ". " : " ");
        }
        body.append("\n\n");
      }
      // Sparse hits, early in one segment and late in the next: a segment's first hit has a higher
      // doc id within its segment than the last hit of the segment before.
      if (i % SEGMENT == (i / SEGMENT % 2 == 0 ? 2 : 10) || random.nextInt(9) == 0) {
        body.append("a rare zebra driver\n\n");
      }
      entries.add(new TestIndex.A("https://s.example/a" + i + "/").title("Article " + i + " " + WORDS[random.nextInt(8)])
          .body(body.toString()).cluster("k" + i).entry());
    }
    index = new TestIndex(entries, SEGMENT);
    assertTrue(index.segments() >= 4);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"printer", "printer driver", "offline OR screen", "\"printer driver\"", "print*", "bluetooth -title:fix", "title:article", "zebra", "zebra driver"})
  void aPageMarksEachHitAsItIsMarkedAlone(String query) throws IOException {
    List<Hit> page = search.search(index.searcher, SearchRequest.of(query).withCollapse(false).withPage(60, 0)).hits();
    assertTrue(page.size() > 5, query + ": " + page.size() + " hits");
    for (int i = 0; i < page.size(); i++) {
      Hit alone = search.search(index.searcher, SearchRequest.of(query).withCollapse(false).withPage(1, i)).hits().get(0);
      assertEquals(alone.url(), page.get(i).url(), query);
      assertEquals(alone.snippet(), page.get(i).snippet(), query + " " + alone.url());
    }
    assertTrue(page.stream().anyMatch(h -> h.snippet().contains("<em>")), query);
  }

  @Test
  void aPhraseOfTheDefaultFieldsIsCheckedOnceAgainstTheMarkedField() {
    Query parsed = new QueryParsing().parse("\"printer driver\" zebra title:\"rare zebra\"");
    List<Query> phrases = new ArrayList<>();
    Snippets.phrasesOn(Fields.BODY, parsed).visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        if (query instanceof PhraseQuery) {
          phrases.add(query);
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    assertEquals(List.of("body:\"printer driver\"", "body:\"rare zebra\""), phrases.stream().map(Query::toString).sorted().toList());
  }

  @Test
  void aPhraseIsMarkedWhereItOccursAsAPhrase() throws IOException {
    List<Hit> page = search.search(index.searcher, SearchRequest.of("\"zebra driver\"").withCollapse(false).withPage(60, 0)).hits();
    assertTrue(page.size() > 3, page.size() + " hits");
    for (Hit hit : page) {
      assertTrue(hit.snippet().contains("<em>zebra</em> <em>driver</em>"), hit.snippet());
      assertFalse(hit.snippet().replace("<em>zebra</em> <em>driver</em>", "").contains("<em>driver</em>"), hit.snippet());
    }
  }
}
