package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class MergedOffsetsTest {
  private static final String[] WORDS = {"video", "windows", "best", "convert", "converter", "3", "part"};

  /** Tokens given as arrays: term, start offset, end offset, position increment. */
  private static final class Tokens extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final List<Object[]> tokens;
    private int next;

    Tokens(List<Object[]> tokens) {
      this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
      if (next == tokens.size()) {
        return false;
      }
      clearAttributes();
      Object[] token = tokens.get(next++);
      term.setEmpty().append((String) token[0]);
      offset.setOffset((int) token[1], (int) token[2]);
      increment.setPositionIncrement((int) token[3]);
      return true;
    }
  }

  /** Documents of random words, some stacked at one position with the same start (as a word and its split parts are). */
  private static List<Object[]> randomTokens(Random random) {
    List<Object[]> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0, n = 1 + random.nextInt(60); i < n; i++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      tokens.add(new Object[] {word, at, at + word.length(), 1});
      if (random.nextInt(4) == 0) { // another token at the same position and start, shorter or as long
        String other = WORDS[random.nextInt(WORDS.length)];
        tokens.add(new Object[] {other, at, at + 1 + random.nextInt(word.length()), 0});
      }
      at += word.length() + 1 + random.nextInt(3);
    }
    return tokens;
  }

  private record Match(int start, int end, String term, int freq) {}

  private static List<Match> read(OffsetsEnum offsets) throws IOException {
    List<Match> matches = new ArrayList<>();
    while (offsets.nextPosition()) {
      matches.add(new Match(offsets.startOffset(), offsets.endOffset(), offsets.getTerm().utf8ToString(), offsets.freq()));
    }
    return matches;
  }

  @Test
  void givesTheMatchesInTheOrderOfLucenesMergeOfOneEnumPerTerm() throws IOException {
    Random random = new Random(11);
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int doc = 0; doc < 300; doc++) {
          Document document = new Document();
          document.add(new Field("body", new Tokens(randomTokens(random)), type));
          writer.addDocument(document);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          List<BytesRef> terms = new ArrayList<>();
          List<OffsetsEnum> perTerm = new ArrayList<>();
          List<PostingsEnum> lists = new ArrayList<>();
          for (String word : WORDS) {
            if (random.nextInt(3) == 0) {
              continue; // a query of some of the words
            }
            TermsEnum lookup = leaf.terms("body").iterator();
            BytesRef term = new BytesRef(word);
            if (!lookup.seekExact(term)) {
              continue;
            }
            PostingsEnum forMulti = lookup.postings(null, PostingsEnum.OFFSETS);
            PostingsEnum forMerged = lookup.postings(null, PostingsEnum.OFFSETS);
            if (forMulti.advance(doc) == doc && forMerged.advance(doc) == doc) {
              terms.add(term);
              perTerm.add(new OffsetsEnum.OfPostings(term, forMulti));
              lists.add(forMerged);
            }
          }
          if (lists.isEmpty()) {
            continue;
          }
          assertEquals(read(new OffsetsEnum.MultiOffsetsEnum(perTerm)), read(MergedOffsets.of(terms, lists)), "doc " + doc);
        }
      }
    }
  }
}
