package io.alsoread.search;

import io.alsoread.Hit;
import io.alsoread.index.ArticleCodec;
import io.alsoread.index.Fields;
import io.alsoread.ingest.Article;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * Reads what a hit shows from the stored fields of its document: the article JSON (everything but
 * the body, which is never loaded here), the cluster id and the inbound-link count.
 */
final class HitReader {
  private static final Set<String> HIT_FIELDS = Set.of(Fields.ARTICLE_JSON, Fields.CLUSTER, Fields.INLINKS);
  private static final Set<String> BODY_FIELD = Set.of(Fields.BODY);

  private final StoredFields stored;

  HitReader(StoredFields stored) {
    this.stored = stored;
  }

  /** The hit for global doc id {@code doc}. */
  Hit hit(int doc, float score, int copies, String snippet) throws IOException {
    Document document = stored.document(doc, HIT_FIELDS);
    BytesRef json = document.getBinaryValue(Fields.ARTICLE_JSON);
    Article article = ArticleCodec.fromJson(json, "");
    IndexableField inlinks = document.getField(Fields.INLINKS);
    return new Hit(
        article.url(),
        article.title(),
        article.site(),
        article.date(),
        article.tags(),
        article.categories(),
        score,
        snippet,
        document.get(Fields.CLUSTER),
        copies,
        inlinks == null ? 0 : inlinks.numericValue().intValue());
  }

  /** The body text of global doc id {@code doc}. */
  String body(int doc) throws IOException {
    String body = stored.document(doc, BODY_FIELD).get(Fields.BODY);
    return body == null ? "" : body;
  }
}
