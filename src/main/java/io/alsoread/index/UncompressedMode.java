package io.alsoread.index;

import java.io.IOException;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * A compression mode for Lucene's chunked stored-fields format that writes the bytes as they are:
 * reading a document is then one copy of its bytes, where LZ4 decodes the chunk byte by byte.
 */
final class UncompressedMode extends CompressionMode {
  /** The one instance: the stored-fields merge copies chunks verbatim only between readers of the same mode. */
  static final UncompressedMode INSTANCE = new UncompressedMode();

  private UncompressedMode() {}

  @Override
  public Compressor newCompressor() {
    return new Compressor() {
      @Override
      public void compress(ByteBuffersDataInput buffersInput, DataOutput out) throws IOException {
        out.copyBytes(buffersInput, buffersInput.length());
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public Decompressor newDecompressor() {
    return new Decompressor() {
      @Override
      public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes) throws IOException {
        in.skipBytes(offset);
        bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
        in.readBytes(bytes.bytes, 0, length);
        bytes.offset = 0;
        bytes.length = length;
      }

      @Override
      public Decompressor clone() {
        return this; // no state
      }
    };
  }

  @Override
  public String toString() {
    return "UNCOMPRESSED";
  }
}
