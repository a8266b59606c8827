package io.alsoread.search;

import io.alsoread.ArticleView;
import io.alsoread.InboundLink;
import io.alsoread.LinkEntry;
import io.alsoread.graph.LinkGraph;
import io.alsoread.index.ArticleCodec;
import io.alsoread.index.Fields;
import io.alsoread.ingest.Article;
import io.alsoread.ingest.Urls;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Looks up one article by URL with everything stored about it, its copies and its links ({@code show}). */
public final class ArticleLookup {
  private ArticleLookup() {}

  /**
   * The article with this URL (normalised first; {@code example.com/a} is read as https), or empty
   * when no indexed article has it.
   */
  public static Optional<ArticleView> find(IndexSearcher searcher, String url) throws IOException {
    String id = Urls.normalizeTyped(url);
    if (id == null) {
      return Optional.empty();
    }
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.URL, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
    String body = doc.get(Fields.BODY);
    Article article = ArticleCodec.fromJson(doc.getBinaryValue(Fields.ARTICLE_JSON), body == null ? "" : body);
    String cluster = doc.get(Fields.CLUSTER);
    List<LinkEntry> links = LinkGraph.outgoing(searcher, article.links());
    List<InboundLink> inbound = LinkGraph.inbound(searcher, article.url());
    String source = article.source() != null ? article.source().path().toString() : doc.get(Fields.SOURCE);
    return Optional.of(new ArticleView(
        article.url(),
        article.title(),
        article.site(),
        article.description(),
        article.excerpt(),
        article.keywords(),
        article.tags(),
        article.categories(),
        article.date(),
        article.updated(),
        article.thumbnail(),
        article.body(),
        cluster,
        cluster == null ? List.of() : copies(searcher, cluster, article.url()),
        links,
        inbound,
        source,
        article.extra()));
  }

  /** URLs of the other articles of {@code cluster}, sorted; read from doc values, not stored fields. */
  private static List<String> copies(IndexSearcher searcher, String cluster, String self) throws IOException {
    List<String> urls = new ArrayList<>();
    LiveMatches.forEach(searcher, new TermQuery(new Term(Fields.CLUSTER, cluster)), (leaf, docs) -> {
      SortedDocValues values = leaf.reader().getSortedDocValues(Fields.URL);
      for (int doc : docs) {
        if (values != null && values.advanceExact(doc)) {
          String copy = values.lookupOrd(values.ordValue()).utf8ToString();
          if (!copy.equals(self)) {
            urls.add(copy);
          }
        }
      }
      return true;
    });
    urls.sort(null);
    return urls;
  }
}
