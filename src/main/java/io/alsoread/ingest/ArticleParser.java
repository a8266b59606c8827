package io.alsoread.ingest;

/** Parses one source file (Markdown post or HTML page) into an article. Stateless and thread-safe. */
public final class ArticleParser {
  private ArticleParser() {}

  /**
   * Parses {@code content}, the bytes of {@code file}.
   *
   * @param source recorded in the article as where it came from
   * @throws UnreadableFileException when the bytes cannot be read as text at all (binary data)
   */
  public static ParseResult parse(SourceFile file, Source source, byte[] content) {
    throw new UnsupportedOperationException("being written");
  }
}
