package io.alsoread.index;

import io.alsoread.IndexUnavailableException;
import io.alsoread.ingest.Link;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The indexer's bookkeeping for one article, kept in a binary doc value so that a run can read the
 * whole corpus's state (sources, fingerprints, links, content keys) without touching stored fields.
 *
 * @param sourcePath real path of the file the article came from ("" when unknown)
 * @param root the PATH argument it was found under ("" when unknown)
 * @param modified file modification time, epoch millis
 * @param size file size in bytes
 * @param fingerprint content fingerprint (bytes and site settings)
 * @param siteKey fingerprint of the site settings alone, so an unchanged file of a reconfigured site is re-read
 * @param bodyHash hash of the normalised body (the exact-duplicate key)
 * @param minhash MinHash signature of the body's word shingles (the near-duplicate key)
 * @param words words of the normalised body
 * @param derivedHash hash of the derived fields the document was written with
 * @param links the outgoing links, in order
 */
public record ArticleState(
    String sourcePath,
    String root,
    long modified,
    long size,
    String fingerprint,
    String siteKey,
    long bodyHash,
    int[] minhash,
    int words,
    long derivedHash,
    List<Link> links) {

  /** Bump when the schema changes (3: the weighted words field), so that an older index asks for a rebuild. */
  private static final int VERSION = 3;

  public ArticleState {
    links = List.copyOf(links);
  }

  public ArticleState withDerivedHash(long hash) {
    return new ArticleState(sourcePath, root, modified, size, fingerprint, siteKey, bodyHash, minhash, words, hash, links);
  }

  public ArticleState withFile(long newModified, long newSize) {
    return new ArticleState(sourcePath, root, newModified, newSize, fingerprint, siteKey, bodyHash, minhash, words, derivedHash, links);
  }

  public byte[] encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeVInt(VERSION);
      out.writeString(sourcePath);
      out.writeString(root);
      out.writeZLong(modified);
      out.writeVLong(size);
      out.writeString(fingerprint);
      out.writeString(siteKey);
      out.writeLong(bodyHash);
      for (int v : minhash) {
        out.writeInt(v);
      }
      out.writeVInt(words);
      out.writeLong(derivedHash);
      out.writeVInt(links.size());
      for (Link link : links) {
        out.writeString(link.url());
        out.writeString(link.title());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // in-memory output does not fail
    }
    return out.toArrayCopy();
  }

  public static ArticleState decode(BytesRef bytes) {
    return decode(bytes, true);
  }

  /** Decodes the state; without {@code links} it stops before them (an unchanged run needs none). */
  public static ArticleState decode(BytesRef bytes, boolean links) {
    try {
      return read(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length), links);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // in-memory input fails only on corrupt bytes
    }
  }

  private static ArticleState read(ByteArrayDataInput in, boolean withLinks) throws java.io.IOException {
    int version = in.readVInt();
    if (version != VERSION) {
      throw IndexUnavailableException.olderVersion();
    }
    String sourcePath = in.readString();
    String root = in.readString();
    long modified = in.readZLong();
    long size = in.readVLong();
    String fingerprint = in.readString();
    String siteKey = in.readString();
    long bodyHash = in.readLong();
    int[] minhash = new int[ContentKey.SIGNATURE_LENGTH];
    for (int k = 0; k < minhash.length; k++) {
      minhash[k] = in.readInt();
    }
    int words = in.readVInt();
    long derivedHash = in.readLong();
    int n = withLinks ? in.readVInt() : 0;
    List<Link> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      links.add(new Link(in.readString(), in.readString()));
    }
    return new ArticleState(sourcePath, root, modified, size, fingerprint, siteKey, bodyHash, minhash, words, derivedHash, links);
  }
}
