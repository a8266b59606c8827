package io.alsoread.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * How many articles hold a term, counting the live documents alone. Lucene's document frequency
 * also counts the documents that incremental runs deleted or replaced, until merges drop them: a
 * word that only an edited or deleted article held would still be known, and a word's share of the
 * articles would be off, so an index changed incrementally would match otherwise than a rebuild of
 * the same files. Each answer reads the term's postings only when the deleted documents leave it in
 * doubt, and stops as soon as it is settled: on an index without deletions it is a term lookup.
 */
final class LiveHolders {
  private LiveHolders() {}

  /** Whether some live document holds {@code term}. */
  static boolean any(IndexReader reader, Term term) throws IOException {
    return moreThan(reader, term, reader.docFreq(term), 0);
  }

  /** Whether more than {@code n} live documents hold {@code term}, whose document frequency in {@code reader} is {@code docFreq}. */
  static boolean moreThan(IndexReader reader, Term term, int docFreq, long n) throws IOException {
    if (docFreq <= n) {
      return false;
    }
    if ((long) docFreq - reader.numDeletedDocs() > n) {
      return true;
    }
    return count(reader, term, n + 1) > n;
  }

  /** How many live documents hold {@code term}. */
  static int count(IndexReader reader, Term term) throws IOException {
    return reader.hasDeletions() ? (int) count(reader, term, Long.MAX_VALUE) : reader.docFreq(term);
  }

  /** How many live documents hold {@code term}, counted up to {@code enough}. */
  private static long count(IndexReader reader, Term term, long enough) throws IOException {
    long count = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      if (live == null) {
        count += leaf.reader().docFreq(term);
      } else {
        PostingsEnum holders = leaf.reader().postings(term, PostingsEnum.NONE);
        while (holders != null && count < enough && holders.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
          if (live.get(holders.docID())) {
            count++;
          }
        }
      }
      if (count >= enough) {
        return count;
      }
    }
    return count;
  }
}
