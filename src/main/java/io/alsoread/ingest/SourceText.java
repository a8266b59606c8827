package io.alsoread.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a source file's bytes into text: UTF-8 (a BOM skipped), or UTF-16 when a UTF-16 BOM says
 * so. Bytes that are not text at all (a NUL, or mostly control characters, in the first 8 KB) are
 * refused; bytes without a single UTF-8 sequence of several bytes but with bytes UTF-8 refuses are
 * read as Windows-1252 (a superset of Latin-1), with a warning; other invalid UTF-8 is replaced by
 * U+FFFD, with a warning.
 */
final class SourceText {
  /** How much of a file is looked at to tell text from binary data. */
  static final int SNIFF_BYTES = 8192;
  private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

  private SourceText() {}

  /**
   * Decodes {@code bytes}.
   *
   * @throws UnreadableFileException when the bytes are binary data
   */
  static String decode(byte[] bytes, String path, List<Problem> warnings) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (looksBinary(bytes)) {
      throw new UnreadableFileException("binary file");
    }
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    // A U+FFFD in the text is either written in the file or a replaced invalid sequence; only the
    // rare texts holding one pay for a strict decode to tell which.
    if (text.indexOf('\uFFFD') >= 0 && !isValidUtf8(bytes, offset)) {
      if (!hasUtf8Sequence(bytes, offset)) {
        // Not one character in UTF-8's form: a file saved in the Windows (or Latin-1) code page,
        // whose "é" would otherwise become U+FFFD and never be found.
        warnings.add(Problem.warning(path, "not UTF-8; read as Windows-1252"));
        return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
      }
      warnings.add(Problem.warning(path, "invalid UTF-8; bad bytes replaced with U+FFFD"));
    }
    return text;
  }

  /** Whether {@code bytes} hold at least one well-formed UTF-8 sequence of more than one byte (no overlong form, no surrogate). */
  static boolean hasUtf8Sequence(byte[] bytes, int offset) {
    for (int i = offset; i < bytes.length - 1; i++) {
      int b = bytes[i] & 0xFF;
      int continuation = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
      if (continuation == 0 || i + continuation >= bytes.length) {
        continue;
      }
      int second = bytes[i + 1] & 0xFF;
      // The second byte's range narrows after E0 (overlong), ED (surrogates), F0 (overlong) and F4 (past U+10FFFF).
      int low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
      int high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
      boolean sequence = second >= low && second <= high;
      for (int k = 2; k <= continuation && sequence; k++) {
        sequence = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (sequence) {
        return true;
      }
    }
    return false;
  }

  /** A NUL byte, or more than 10% control characters other than white space, in the first 8 KB. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B && b != 0x08) || b == 0x7F) {
        controls++;
      }
    }
    return controls * 10 > n;
  }

  /** The text without a leading BOM. */
  static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /** True when {@code text} holds only spaces, tabs and carriage returns from {@code from} to {@code to}: a blank line's content. */
  static boolean isBlankLine(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private static boolean isValidUtf8(byte[] bytes, int offset) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
