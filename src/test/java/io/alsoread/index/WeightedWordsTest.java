package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.ingest.Article;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.junit.jupiter.api.Test;

class WeightedWordsTest {

  private static Article article(String title, String body, List<String> tags) {
    return new Article("https://example.com/a", "example.com", title, "", "", List.of(), tags, List.of(), null, null, null,
        body, List.of(), Map.of(), null);
  }

  /** The words field of the one document indexed from {@code article} with inbound {@code anchors}, read back. */
  private static void withWords(Article article, List<String> anchors, boolean cachedBody, ReaderCheck check) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
        DocumentBuilder builder = cachedBody
            ? new DocumentBuilder(new BodyTokenCache(1 << 20), DocumentBuilder.DateSchema.CURRENT)
            : new DocumentBuilder();
        writer.addDocument(builder.build(article, new Derived("c1", anchors, anchors.size()), null));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        check.accept(reader.leaves().get(0).reader());
      }
    }
  }

  interface ReaderCheck {
    void accept(LeafReader reader) throws IOException;
  }

  private static int frequency(LeafReader reader, String word) throws IOException {
    PostingsEnum postings = reader.postings(new Term(Fields.WORDS, word), PostingsEnum.FREQS);
    if (postings == null || postings.nextDoc() != 0) {
      return 0;
    }
    return postings.freq();
  }

  @Test
  void eachWordCountsWithItsFieldsWeight() throws IOException {
    for (boolean cached : new boolean[] {false, true}) {
      Article article = article("Printer offline", "# Printer offline\n\nThe printer is offline. Restart the printer.", List.of("Printers"));
      withWords(article, List.of("offline printer fix"), cached, reader -> {
        // title 4 + body 3 (heading and twice in the text) + tag 2 + anchor 2
        assertEquals(4 + 3 + 2 + 2, frequency(reader, "printer"));
        assertEquals(4 + 2 + 2, frequency(reader, "offlin"));
        assertEquals(1, frequency(reader, "restart"));
        assertEquals(2, frequency(reader, "fix"));
        assertEquals(0, frequency(reader, "the"), "stop words are not counted");
      });
    }
  }

  @Test
  void theNormIsTheWeightedLength() throws IOException {
    Article article = article("Printer offline", "one two three", List.of());
    withWords(article, List.of(), false, reader -> {
      NumericDocValues norms = reader.getNormValues(Fields.WORDS);
      assertEquals(0, norms.nextDoc());
      // title: 2 words x 4; body: 3 words x 1
      assertEquals(SmallFloat.intToByte4(2 * 4 + 3), (byte) norms.longValue());
    });
  }

  @Test
  void indexesNoPositions() throws IOException {
    withWords(article("Printer", "printer", List.of()), List.of(), false, reader -> {
      assertFalse(reader.getFieldInfos().fieldInfo(Fields.WORDS).getIndexOptions().compareTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS) > 0);
      TermsEnum terms = reader.terms(Fields.WORDS).iterator();
      assertEquals(new BytesRef("printer"), terms.next());
    });
  }

  /** Every (doc, word, frequency) of the words field of {@code articles} indexed with {@code builder}. */
  private static java.util.Set<String> wordsOf(DocumentBuilder builder, List<Article> articles) throws IOException {
    java.util.Set<String> postings = new java.util.TreeSet<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
        for (Article article : articles) {
          writer.addDocument(builder.build(article, new Derived("c1", List.of("printer offline"), 1), null));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (var leaf : reader.leaves()) {
          TermsEnum terms = leaf.reader().terms(Fields.WORDS).iterator();
          for (BytesRef term = terms.next(); term != null; term = terms.next()) {
            PostingsEnum postings1 = terms.postings(null, PostingsEnum.FREQS);
            for (int doc = postings1.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings1.nextDoc()) {
              postings.add((leaf.docBase + doc) + " " + term.utf8ToString() + " " + postings1.freq());
            }
          }
        }
      }
    }
    return postings;
  }

  @Test
  void copiesCountedFromTheTokenCacheCountAsInFull() throws IOException {
    String rest = "\n\nThe printer is offline. Restart the printer, then the spooler; print a test page.\n\nStill offline? Reinstall the driver.";
    List<Article> copies = List.of(
        article("Printer offline", "Printer offline" + rest, List.of("Printers")),
        article("Offline printer: a fix", "Offline printer: a fix" + rest, List.of()),
        article("The", "The" + rest, List.of()), // a first block of stop words only
        article("Printer offline", "Printer offline" + rest, List.of("Printers")));
    java.util.Set<String> full = wordsOf(new DocumentBuilder(), copies);
    BodyTokenCache cache = new BodyTokenCache(1 << 20);
    assertEquals(full, wordsOf(new DocumentBuilder(cache, DocumentBuilder.DateSchema.CURRENT), copies));
    assertEquals(1, cache.size(), "the copies shared one cached text");
    assertTrue(full.contains("0 printer " + (4 + 1 + 2 + 2 + 2)), full.toString()); // title, heading, rest twice, tag, anchor
  }
}
