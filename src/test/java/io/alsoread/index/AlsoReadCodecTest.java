package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AlsoReadCodecTest {
  @TempDir Path tmp;

  /** Texts around and across the chunk size, so that chunks hold many documents, one, or one in slices. */
  private static List<String> texts() {
    Random random = new Random(42);
    int[] sizes = {0, 1, 300, 5_000, 16_000, 16_384, 17_000, 40_000, 100_000, 12, 9_000, 70_000, 2};
    List<String> texts = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      for (int size : sizes) {
        StringBuilder text = new StringBuilder(size);
        while (text.length() < size) {
          text.append("printer offline ").append(random.nextInt(1000)).append(" é ✓ ");
        }
        texts.add(text.substring(0, Math.min(size, text.length())));
      }
    }
    return texts;
  }

  private static void write(Directory dir, List<String> texts, int from, int to, boolean compressed) throws IOException {
    AlsoReadCodec codec = new AlsoReadCodec();
    codec.compressStoredFields(compressed);
    IndexWriterConfig config = new IndexWriterConfig().setCodec(codec).setUseCompoundFile(false);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = from; i < to; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
        doc.add(new StoredField("text", texts.get(i)));
        doc.add(new StoredField("n", i));
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }

  private static void assertStored(Directory dir, List<String> texts) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(texts.size(), reader.numDocs());
      StoredFields stored = reader.storedFields();
      List<Integer> order = new ArrayList<>();
      for (int doc = reader.maxDoc() - 1; doc >= 0; doc -= 2) {
        order.add(doc); // backwards and skipping, so that reads do not only follow the file
      }
      for (int doc = 0; doc < reader.maxDoc(); doc += 2) {
        order.add(doc);
      }
      for (int doc : order) {
        Document document = stored.document(doc);
        int id = Integer.parseInt(document.get("id"));
        assertEquals(texts.get(id), document.get("text"), "document " + id);
        assertEquals(id, document.getField("n").numericValue().intValue());
      }
    }
  }

  /** Two segments of one layout merged into it (their chunks copied as they are), or into the other layout (re-encoded). */
  @ParameterizedTest
  @CsvSource({"false,false,false", "true,true,true", "true,false,false", "false,true,true", "true,true,false"})
  void mergedSegmentsReadBackAsWritten(boolean firstCompressed, boolean secondCompressed, boolean mergedCompressed) throws IOException {
    List<String> texts = texts();
    try (Directory dir = FSDirectory.open(tmp)) {
      write(dir, texts, 0, texts.size() / 2, firstCompressed);
      write(dir, texts, texts.size() / 2, texts.size(), secondCompressed);
      assertStored(dir, texts);
      AlsoReadCodec codec = new AlsoReadCodec();
      codec.compressStoredFields(mergedCompressed);
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setCodec(codec))) {
        writer.forceMerge(1);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(Boolean.toString(mergedCompressed),
            ((SegmentReader) reader.leaves().get(0).reader()).getSegmentInfo().info.getAttribute(StoredFieldsLayout.KEY));
      }
      assertStored(dir, texts);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void storedFieldsOfEverySizeReadBackAsWrittenCompressedOnlyWhenTold(boolean compressed) throws IOException {
    List<String> texts = texts();
    try (Directory dir = FSDirectory.open(tmp)) {
      write(dir, texts, 0, texts.size(), compressed);
      assertStored(dir, texts); // read through a codec of the service loader, which knows neither
      long textBytes = texts.stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
      long fdt;
      try (var files = Files.list(tmp)) {
        fdt = files.filter(f -> f.toString().endsWith(".fdt")).mapToLong(f -> f.toFile().length()).sum();
      }
      // The texts repeat a few words: LZ4 stores them in a fraction of their size.
      assertEquals(!compressed, fdt >= textBytes, fdt + " bytes of stored fields for " + textBytes + " bytes of text");
    }
  }
}
