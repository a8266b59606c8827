package io.alsoread.search;

import io.alsoread.Hit;
import io.alsoread.index.ArticleCodec;
import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;

/**
 * Reads what a hit shows from the stored fields of its document in one visit: the article JSON,
 * the cluster id, the inbound-link count and the body (for the snippet).
 */
final class HitReader {
  private static final Set<String> HIT_FIELDS = Set.of(Fields.ARTICLE_JSON, Fields.CLUSTER, Fields.INLINKS, Fields.BODY);

  private final StoredFields stored;

  HitReader(StoredFields stored) {
    this.stored = stored;
  }

  /** The stored parts of one hit. */
  record StoredHit(ArticleCodec.Listing article, String body, String cluster, int inlinks) {
    Hit toHit(float score, int copies, String snippet) {
      return new Hit(article.url(), article.title(), article.site(), article.date(), article.tags(),
          article.categories(), score, snippet, cluster, copies, inlinks);
    }
  }

  /** The stored parts of global doc id {@code doc}. */
  StoredHit load(int doc) throws IOException {
    Document document = stored.document(doc, HIT_FIELDS);
    ArticleCodec.Listing article = ArticleCodec.listing(document.getBinaryValue(Fields.ARTICLE_JSON));
    IndexableField inlinks = document.getField(Fields.INLINKS);
    String body = document.get(Fields.BODY);
    return new StoredHit(article, body == null ? "" : body, document.get(Fields.CLUSTER),
        inlinks == null ? 0 : inlinks.numericValue().intValue());
  }
}
