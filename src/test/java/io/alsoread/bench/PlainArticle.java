package io.alsoread.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of a crawl pre-extracted for the bare-Lucene baseline ({@link BareLucene}): its plain
 * fields, as a record of the extracted file.
 *
 * @param categories category paths, each a list of levels
 * @param date publication time in epoch milliseconds, or {@link Long#MIN_VALUE} when it has none
 */
record PlainArticle(String url, String site, String title, String body, List<String> tags, List<List<String>> categories, long date) {

  /** Writes this article as a length-prefixed record, so that readers take turns only to read its bytes. */
  void writeTo(DataOutputStream sink) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream record = new DataOutputStream(bytes);
    writeString(record, url);
    writeString(record, site);
    writeString(record, title);
    writeString(record, body);
    writeStrings(record, tags);
    record.writeInt(categories.size());
    for (List<String> path : categories) {
      writeStrings(record, path);
    }
    record.writeLong(date);
    sink.writeInt(bytes.size());
    bytes.writeTo(sink);
  }

  private static void writeStrings(DataOutputStream sink, List<String> strings) throws IOException {
    sink.writeInt(strings.size());
    for (String s : strings) {
      writeString(sink, s);
    }
  }

  private static void writeString(DataOutputStream sink, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    sink.writeInt(bytes.length);
    sink.write(bytes);
  }

  /** The next article of the extracted file, or null at its end; threads take turns to read its bytes. */
  static PlainArticle next(DataInputStream source) throws IOException {
    byte[] bytes;
    synchronized (source) {
      int length;
      try {
        length = source.readInt();
      } catch (EOFException end) {
        return null;
      }
      bytes = new byte[length];
      source.readFully(bytes);
    }
    DataInputStream record = new DataInputStream(new ByteArrayInputStream(bytes));
    String url = readString(record);
    String site = readString(record);
    String title = readString(record);
    String body = readString(record);
    List<String> tags = readStrings(record);
    List<List<String>> categories = new ArrayList<>();
    for (int n = record.readInt(); n > 0; n--) {
      categories.add(readStrings(record));
    }
    return new PlainArticle(url, site, title, body, tags, categories, record.readLong());
  }

  private static List<String> readStrings(DataInputStream source) throws IOException {
    List<String> strings = new ArrayList<>();
    for (int n = source.readInt(); n > 0; n--) {
      strings.add(readString(source));
    }
    return strings;
  }

  private static String readString(DataInputStream source) throws IOException {
    byte[] bytes = new byte[source.readInt()];
    source.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
