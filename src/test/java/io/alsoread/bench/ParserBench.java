package io.alsoread.bench;

import io.alsoread.index.ContentKey;
import io.alsoread.ingest.Article;
import io.alsoread.ingest.ArticleParser;
import io.alsoread.ingest.Body;
import io.alsoread.ingest.Crawl;
import io.alsoread.ingest.CrawlWalker;
import io.alsoread.ingest.FrontMatter;
import io.alsoread.ingest.FrontMatterParser;
import io.alsoread.ingest.MarkdownBody;
import io.alsoread.ingest.ParseResult;
import io.alsoread.ingest.Source;
import io.alsoread.ingest.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the per-post work of parsing a crawl: a post's whole parse, its front
 * matter alone, its Markdown body alone, and its content key. Each call takes the next post of a
 * fixed sample spread over the crawl, so a figure is the mean time per post of that sample, with
 * no cache of renderings (every post is worked in full). Run with {@code bench/parsers}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
public class ParserBench {
  /** A crawl folder (Hexo site roots or host folders); bench/parsers passes the real crawl. */
  @Param("")
  public String crawl;

  /** How many posts the sample has, spread evenly over the crawl's Markdown posts. */
  @Param("500")
  public int posts;

  private final List<SourceFile> files = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private final List<byte[]> contents = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final List<String> bodies = new ArrayList<>();
  private final List<String> urls = new ArrayList<>();
  private final List<Article> articles = new ArrayList<>();
  private int next;

  @Setup
  public void sample() throws IOException {
    if (crawl.isEmpty()) {
      throw new IllegalArgumentException("no crawl: run with -p crawl=DIR (bench/parsers does)");
    }
    Crawl walked = CrawlWalker.walk(List.of(Path.of(crawl)));
    List<SourceFile> markdown = walked.files().stream().filter(f -> f.format() == SourceFile.Format.MARKDOWN).toList();
    if (markdown.isEmpty()) {
      throw new IllegalArgumentException("no Markdown posts under " + crawl);
    }
    int step = Math.max(1, markdown.size() / posts);
    for (int i = 0; i < markdown.size() && articles.size() < posts; i += step) {
      SourceFile file = markdown.get(i);
      byte[] bytes = Files.readAllBytes(file.path());
      Source source = new Source(file.path(), file.root(), 0, bytes.length, "");
      ParseResult parsed = ArticleParser.parse(file, source, bytes);
      if (!parsed.isArticle()) {
        continue;
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      files.add(file);
      sources.add(source);
      contents.add(bytes);
      texts.add(text);
      bodies.add(FrontMatterParser.parse(text, ZoneOffset.UTC, file.path().toString(), new ArrayList<>()).body());
      urls.add(parsed.article().url());
      articles.add(parsed.article());
    }
  }

  private int nextPost() {
    int i = next;
    next = i + 1 == articles.size() ? 0 : i + 1;
    return i;
  }

  /** The whole parse of a post: decoding, front matter, Markdown and HTML, "Also read" links. */
  @Benchmark
  public ParseResult wholePost() {
    int i = nextPost();
    return ArticleParser.parse(files.get(i), sources.get(i), contents.get(i));
  }

  /** The front matter of a post (YAML, or line by line where YAML rejects it). */
  @Benchmark
  public FrontMatter frontMatter() {
    int i = nextPost();
    return FrontMatterParser.parse(texts.get(i), ZoneOffset.UTC, "post", new ArrayList<>());
  }

  /** A post's Markdown body rendered to text and links. */
  @Benchmark
  public Body markdownBody() {
    int i = nextPost();
    return MarkdownBody.render(bodies.get(i), urls.get(i));
  }

  /** The content key of a parsed post (exact hash and MinHash signature), computed anew. */
  @Benchmark
  public ContentKey contentKey() {
    return ContentKey.of(articles.get(nextPost()), new HashMap<>());
  }
}
