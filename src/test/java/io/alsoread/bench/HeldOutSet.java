package io.alsoread.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alsoread.index.Fields;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Makes a held-out known-item set in the eval set's format from an alsoread index of a crawl, to check
 * that ranking tuned on the dev set holds on headings it never saw: section headings of 4 to 12 words
 * sampled from the articles' Markdown sources (one heading per article at most, none of the excluded
 * sets' headings), each with every article whose stored body holds it ({@link BodyContainment}), when
 * those make up one or two content clusters as the dev set's do.
 * Not a test: {@code java -cp classes:test-classes:lib/* io.alsoread.bench.HeldOutSet --help}.
 */
@Command(name = "HeldOutSet", mixinStandardHelpOptions = true,
    description = "Samples known-item headings from an index's Markdown sources, as JSON lines {query, relevant}.")
public final class HeldOutSet implements Callable<Integer> {
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  private static final Set<String> ARTICLE_FIELDS = Set.of(Fields.URL, Fields.TITLE, Fields.BODY, Fields.SOURCE);

  @Option(names = "--index", required = true, description = "An index of the crawl; its articles' source files must still be where it read them.")
  Path indexDir;

  @Option(names = "--out", description = "Where to write the set (JSON lines).")
  Path out;

  @Option(names = "--exclude", description = "Known-item sets (JSON lines) whose headings the new set must not hold; repeatable.")
  List<Path> excluded = List.of();

  @Option(names = "--count", defaultValue = "300", description = "How many headings (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the sample (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--min-words", defaultValue = "4", description = "Fewest words of a heading (default: ${DEFAULT-VALUE}).")
  int minWords;

  @Option(names = "--max-words", defaultValue = "12", description = "Most words of a heading (default: ${DEFAULT-VALUE}).")
  int maxWords;

  @Option(names = "--max-clusters", defaultValue = "2",
      description = "Most content clusters a heading's articles may make up (default: ${DEFAULT-VALUE}, as the dev set's \"one or two\"); "
          + "a heading more clusters hold is boilerplate or a generic step, not a known item.")
  int maxClusters;

  @Option(names = "--per", defaultValue = "CLUSTER",
      description = "What the sample draws from: article (a cluster of many copies is drawn as often as it has copies) "
          + "or cluster (each content cluster alike, then one of its copies: the dev set's mix of sites and copies) (default: ${DEFAULT-VALUE}).")
  Unit unit;

  /** What the sample draws headings from. */
  enum Unit { ARTICLE, CLUSTER }

  @Option(names = "--check", description = "Instead of sampling, recompute the relevant lists of this set's queries and report how many agree.")
  Path check;

  private final PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  /** An article of the index, where its stored fields are. */
  private record Entry(String url, String cluster, LeafReaderContext leaf, int doc) {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new HeldOutSet()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    if (check == null && out == null) {
      throw new CommandLine.ParameterException(new CommandLine(this), "give --out FILE, or --check FILE");
    }
    try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      BodyContainment containment = new BodyContainment(searcher);
      if (check != null) {
        check(containment);
        return 0;
      }
      List<KnownItem> sample = sample(reader, containment, excludedHeadings());
      write(sample);
      console.printf("%d known-item headings (seed %d) written to %s%n", sample.size(), seed, out);
    }
    return 0;
  }

  private Set<String> excludedHeadings() throws IOException {
    Set<String> headings = new HashSet<>();
    for (Path file : excluded) {
      KnownItem.read(file).forEach(item -> headings.add(BodyContainment.normalized(item.query())));
    }
    return headings;
  }

  /** Articles in a seeded random order (from URL order, so the same index content gives the same sample); one heading each until enough. */
  private List<KnownItem> sample(DirectoryReader reader, BodyContainment containment, Set<String> excludedHeadings) throws IOException {
    Random random = new Random(seed);
    List<Entry> articles = drawOrder(articles(reader), random);
    Set<String> taken = new HashSet<>(excludedHeadings);
    List<KnownItem> items = new ArrayList<>();
    int tried = 0;
    int withoutHeading = 0;
    int missedByPhrase = 0;
    int tooCommon = 0;
    for (Entry article : articles) {
      if (items.size() == count) {
        break;
      }
      tried++;
      Document doc = article.leaf().reader().storedFields().document(article.doc(), ARTICLE_FIELDS);
      List<String> headings = eligibleHeadings(doc, taken);
      if (headings.isEmpty()) {
        withoutHeading++;
        continue;
      }
      String heading = headings.get(random.nextInt(headings.size()));
      taken.add(BodyContainment.normalized(heading));
      BodyContainment.Holders relevant = containment.holding(heading);
      if (!relevant.urls().contains(article.url())) {
        missedByPhrase++; // the phrase query's analysis cut the heading differently from the body around it
        continue;
      }
      if (relevant.clusters().size() > maxClusters) {
        tooCommon++;
        continue;
      }
      items.add(new KnownItem(heading, new HashSet<>(relevant.urls())));
    }
    System.err.printf("HeldOutSet: %d articles tried, %d without an eligible heading, %d with a heading of more than %d clusters, "
        + "%d headings the body phrase query missed in their own article%n", tried, withoutHeading, tooCommon, maxClusters, missedByPhrase);
    return items;
  }

  /**
   * The headings of the article's Markdown source a known-item query may be: of the right length, in
   * its readable body (not in an ad block), not its title, and not taken or excluded already.
   */
  private List<String> eligibleHeadings(Document doc, Set<String> taken) throws IOException {
    String source = doc.get(Fields.SOURCE);
    String body = doc.get(Fields.BODY);
    if (source == null || body == null || !source.endsWith(".md") || !Files.isReadable(Path.of(source))) {
      return List.of();
    }
    PostText post = PostText.split(Files.readString(Path.of(source), StandardCharsets.UTF_8));
    if (post == null) {
      return List.of();
    }
    String title = BodyContainment.normalized(doc.get(Fields.TITLE) == null ? "" : doc.get(Fields.TITLE));
    String readable = BodyContainment.normalized(body);
    List<String> eligible = new ArrayList<>();
    for (String heading : MarkdownHeadings.of(post.body())) {
      int words = SPACES.split(heading.strip()).length;
      String key = BodyContainment.normalized(heading);
      if (words >= minWords && words <= maxWords && !key.equals(title) && !taken.contains(key) && readable.contains(key)
          && !eligible.contains(heading)) {
        eligible.add(heading);
      }
    }
    return eligible;
  }

  /** The articles in the order the sample tries them: all shuffled, or one random copy of each cluster, the clusters shuffled. */
  private List<Entry> drawOrder(List<Entry> articles, Random random) {
    if (unit == Unit.ARTICLE) {
      List<Entry> order = new ArrayList<>(articles);
      Collections.shuffle(order, random);
      return order;
    }
    Map<String, List<Entry>> clusters = new LinkedHashMap<>(); // in the order of their first URL
    articles.forEach(article -> clusters.computeIfAbsent(article.cluster(), key -> new ArrayList<>()).add(article));
    List<List<Entry>> order = new ArrayList<>(clusters.values());
    Collections.shuffle(order, random);
    return order.stream().map(copies -> copies.get(random.nextInt(copies.size()))).toList();
  }

  /** Every live article with its URL and content cluster, sorted by URL. */
  private static List<Entry> articles(DirectoryReader reader) throws IOException {
    List<Entry> articles = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues urls = leaf.reader().getSortedDocValues(Fields.URL);
      SortedDocValues clusters = leaf.reader().getSortedDocValues(Fields.CLUSTER);
      Bits live = leaf.reader().getLiveDocs();
      if (urls == null || clusters == null) {
        continue;
      }
      for (int doc = urls.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = urls.nextDoc()) {
        if ((live == null || live.get(doc)) && clusters.advanceExact(doc)) {
          articles.add(new Entry(urls.lookupOrd(urls.ordValue()).utf8ToString(), clusters.lookupOrd(clusters.ordValue()).utf8ToString(), leaf, doc));
        }
      }
    }
    articles.sort(Comparator.comparing(Entry::url));
    return articles;
  }

  private void write(List<KnownItem> items) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (KnownItem item : items) {
        ObjectNode line = json.createObjectNode();
        line.put("query", item.query());
        item.relevant().stream().sorted().forEach(line.putArray("relevant")::add);
        writer.write(json.writeValueAsString(line));
        writer.newLine();
      }
    }
  }

  /** Recomputes each query's relevant articles and compares them with the set's own lists. */
  private void check(BodyContainment containment) throws IOException {
    List<KnownItem> items = KnownItem.read(check);
    int same = 0;
    int more = 0;
    int fewer = 0;
    int[] byClusters = new int[maxClusters + 2];
    List<String> differences = new ArrayList<>();
    for (KnownItem item : items) {
      BodyContainment.Holders holders = containment.holding(item.query());
      byClusters[Math.min(holders.clusters().size(), maxClusters + 1)]++;
      Set<String> recomputed = new HashSet<>(holders.urls());
      if (recomputed.equals(item.relevant())) {
        same++;
        continue;
      }
      Set<String> added = new HashSet<>(recomputed);
      added.removeAll(item.relevant());
      Set<String> lost = new HashSet<>(item.relevant());
      lost.removeAll(recomputed);
      more += added.isEmpty() ? 0 : 1;
      fewer += lost.isEmpty() ? 0 : 1;
      differences.add(String.format("%s: %d listed, %d recomputed, %d added, %d lost", item.query(), item.relevant().size(),
          recomputed.size(), added.size(), lost.size()));
    }
    console.printf("%d of %d relevant lists recomputed alike; %d gain articles, %d lose some%n", same, items.size(), more, fewer);
    StringBuilder clusters = new StringBuilder("content clusters of the recomputed lists:");
    for (int i = 0; i < byClusters.length; i++) {
      clusters.append(i <= maxClusters ? " " + i : " more").append(": ").append(byClusters[i]).append(i + 1 < byClusters.length ? "," : "");
    }
    console.println(clusters);
    differences.forEach(console::println);
  }
}
