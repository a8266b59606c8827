package io.alsoread.cli;

import io.alsoread.AlsoRead;
import io.alsoread.AlsoReadException;
import io.alsoread.ArticleView;
import io.alsoread.BadQueryException;
import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The REPL's state and commands, apart from any terminal: the current search (query, filters, sort,
 * page) and the last page of hits, changed one input line at a time. The terminal plumbing is
 * {@link ReplShell}; a test drives this class with plain lines.
 */
final class ReplSession {

  /** Facet dimensions, as the REPL commands and query fields name them. */
  static final List<String> DIMENSIONS = AlsoRead.facetDimensions();

  /** Commands with a one-line description, as {@code :help} lists them and TAB completes them. */
  static final Map<String, String> COMMANDS = ReplHelp.COMMANDS;

  /** Fields a query can name, for completion. */
  static final List<String> FIELDS = ReplHelp.FIELDS;

  /** What {@code :show} and {@code :links} take as the number of a hit, in range or not. */
  private static final java.util.regex.Pattern HIT_NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+");

  /** Commands that take no argument: a word after one is refused, not ignored. */
  private static final java.util.Set<String> TAKE_NO_ARGUMENT =
      java.util.Set.of(":all", ":collapse", ":next", ":prev", ":stats", ":help", ":h", ":?", ":quit", ":q", ":exit");

  /** Receives what happens while the user types: messages and the progress of a background reindex. */
  interface Notifier {
    /** Prints {@code line} without disturbing the line being edited. */
    void message(String line);

    /** Shows a progress line of the background reindex, or removes it when {@code line} is null. */
    void progress(String line);

    /** Prints a problem (a failure, or an issue of a reindex) as {@link #message} does, unless told otherwise. */
    default void problem(String line) {
      message(line);
    }

    /** A notifier that prints messages to {@code out} and problems to {@code err} as they come, and ignores progress. */
    static Notifier printing(HumanOutput out, HumanOutput err) {
      return new Notifier() {
        @Override
        public void message(String line) {
          synchronized (out) {
            out.line(line);
            out.flush();
          }
        }

        @Override
        public void problem(String line) {
          synchronized (err) {
            err.line(line);
            err.flush();
          }
        }

        @Override
        public void progress(String line) {}
      };
    }
  }

  private final Engine engine;
  private final HumanOutput out;
  private final HumanOutput err;
  private final CliContext context;
  private final Map<String, List<String>> facetValueCache = new ConcurrentHashMap<>();
  private volatile Notifier notifier;
  private final BackgroundReindex reindex;
  private final Cancellation cancellation;
  private SearchRequest request = SearchRequest.of("");
  private SearchResult last;
  private boolean searched;
  /** The worst outcome so far, as an exit status (see {@link #exitCode()}); the reindex thread adds to it. */
  private final AtomicInteger worst = new AtomicInteger(ExitCodes.OK);

  /** A session at a terminal, printing errors with the rest. */
  ReplSession(Engine engine, HumanOutput out, CliContext context) {
    this(engine, out, out, context, Cancellation.onWorkers());
  }

  /**
   * @param out where results and messages go
   * @param err where errors go: {@code out} on a terminal, stderr for a script
   */
  ReplSession(Engine engine, HumanOutput out, HumanOutput err, CliContext context, Cancellation cancellation) {
    this.engine = engine;
    this.out = out;
    this.err = err;
    this.context = context;
    this.cancellation = cancellation;
    this.notifier = Notifier.printing(out, err);
    this.reindex = new BackgroundReindex(engine, context.workingDir());
  }

  void setNotifier(Notifier notifier) {
    this.notifier = notifier;
  }

  SearchRequest request() {
    return request;
  }

  /** The prompt: {@code alsoread [tag:win10 category:hardware/tech sort:newest]> }. */
  String prompt() {
    List<String> parts = new ArrayList<>(filterLabels(request, null));
    if (request.sort() != SearchRequest.Sort.RELEVANCE) {
      parts.add("sort:" + SortConverter.name(request.sort()));
    }
    if (!request.collapse()) {
      parts.add("all");
    }
    return parts.isEmpty() ? "alsoread> " : "alsoread [" + String.join(" ", parts) + "]> ";
  }

  /**
   * The facet filters of {@code request} as the prompt shows them ({@code tag:win10 site:"a b"}),
   * but those of dimension {@code except} (null: none left out).
   */
  static List<String> filterLabels(SearchRequest request, String except) {
    List<String> labels = new ArrayList<>();
    for (String dimension : DIMENSIONS) {
      if (!dimension.equals(except)) {
        filters(request, dimension).forEach(value -> labels.add(dimension + ":" + quoted(value)));
      }
    }
    return labels;
  }

  private static String quoted(String value) {
    return value.indexOf(' ') >= 0 ? "\"" + value + "\"" : value;
  }

  /** A value as the prompt shows it, quotes and all ({@code "windows 11"}), or as typed without them. */
  static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1).strip() : value;
  }

  /**
   * Handles one input line: a query, or a command starting with ':'. A line whose search fails, or
   * that Ctrl-C abandons ({@link #cancel()}), leaves the session as it was: a bad query or filter value
   * never becomes part of the next search, and the last page stays the one shown.
   *
   * @return false when the session should end
   */
  boolean handle(String line) {
    String input = line.strip();
    if (input.isEmpty()) {
      return true;
    }
    SearchRequest before = request;
    cancellation.begin();
    try {
      if (!input.startsWith(":")) {
        request = request.withQuery(input).withPage(request.limit(), 0);
        search();
        return true;
      }
      int space = input.indexOf(' ');
      String command = (space < 0 ? input : input.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
      String argument = space < 0 ? "" : input.substring(space + 1).strip();
      return command(command, argument);
    } catch (Cancellation.CancelledException e) {
      out.flush();
      err.line("cancelled"); // next to the ^C, on the terminal, when the results go to a pipe
      err.flush();
    } catch (BadQueryException e) {
      error("bad query: " + e.getMessage());
    } catch (AlsoReadException e) {
      error(IndexAdvice.message(e), ExitCodes.IO);
    } catch (IOException e) {
      error(Main.ioMessage(e), ExitCodes.IO);
    } catch (RuntimeException e) {
      error("internal error: " + e, ExitCodes.IO);
    }
    request = before; // only a failed line gets here: every way through the try returns
    return true;
  }

  private boolean command(String command, String argument) throws IOException {
    if (!argument.isEmpty() && TAKE_NO_ARGUMENT.contains(command)) {
      error(command + " takes no arguments"); // ignoring the word would run something else than was asked
      return true;
    }
    switch (command) {
      case ":tag", ":category", ":site", ":year" -> facet(command.substring(1), argument);
      case ":clear" -> clear(argument);
      case ":sort" -> sort(argument);
      case ":all" -> {
        request = request.withCollapse(false).withPage(request.limit(), 0);
        search();
      }
      case ":collapse" -> {
        request = request.withCollapse(true).withPage(request.limit(), 0);
        search();
      }
      case ":next" -> page(+1);
      case ":prev" -> page(-1);
      case ":limit" -> limit(argument);
      case ":show" -> show(argument);
      case ":links" -> links(argument);
      case ":stats" -> new StatsPrinter(out).print(cancellation.await(engine::stats));
      case ":reindex" -> reindex(argument);
      case ":help", ":h", ":?" -> ReplHelp.print(out);
      case ":quit", ":q", ":exit" -> {
        return false;
      }
      default -> error("unknown command " + command + "; :help lists them");
    }
    return true;
  }

  private void search() throws IOException {
    SearchRequest asked = request; // the worker reads it after this thread may have moved on
    last = cancellation.await(() -> engine.search(asked));
    searched = true;
    new SearchPrinter(out).print(last, request.offset(), request.collapse());
  }

  /** {@code :tag V} adds a filter; {@code :tag} alone lists the values for the current search. */
  private void facet(String dimension, String argument) throws IOException {
    String value = unquoted(argument);
    if (value.isEmpty()) {
      listFacet(dimension);
      return;
    }
    List<String> current = filters(request, dimension);
    String key = AlsoRead.filterKey(dimension, value);
    if (current.stream().noneMatch(filter -> AlsoRead.filterKey(dimension, filter).equals(key))) { // :tag WIN10 is :tag win10
      List<String> added = new ArrayList<>(current);
      added.add(value);
      try {
        request = withFilters(request, dimension, added);
      } catch (IllegalArgumentException e) {
        error(e.getMessage()); // a value the request refuses, like :year abc
        return;
      }
    }
    request = request.withPage(request.limit(), 0);
    search();
  }

  private void listFacet(String dimension) throws IOException {
    SearchRequest asked = request;
    new FacetListPrinter(out).print(dimension, cancellation.await(() -> engine.facet(asked, dimension, FacetListPrinter.MAX_VALUES)),
        asked);
  }

  /** {@code :clear} drops every filter; {@code :clear tag} (or category, site, year, in any case) drops one facet's. */
  private void clear(String argument) throws IOException {
    String dimension = argument.toLowerCase(java.util.Locale.ROOT);
    if (dimension.isEmpty()) {
      request = request.withTags(List.of()).withCategories(List.of()).withSites(List.of()).withYears(List.of());
    } else if (DIMENSIONS.contains(dimension)) {
      request = withFilters(request, dimension, List.of());
    } else {
      error(":clear takes tag, category, site or year, or nothing to clear every filter");
      return;
    }
    request = request.withPage(request.limit(), 0);
    if (searched) {
      search();
    } else {
      out.line("Filters cleared.");
      out.flush();
    }
  }

  private void sort(String name) throws IOException {
    if (name.isEmpty()) {
      out.line("Sorted by " + SortConverter.name(request.sort()) + "; :sort relevance, newest or oldest changes it.");
      out.flush();
      return;
    }
    SearchRequest.Sort sort = SortConverter.parse(name);
    if (sort == null) {
      error(":sort takes relevance, newest or oldest");
      return;
    }
    request = request.withSort(sort).withPage(request.limit(), 0);
    search();
  }

  private void page(int direction) throws IOException {
    if (!searched) {
      error("no search yet: type a query first");
      return;
    }
    int offset = request.offset() + direction * request.limit();
    if (offset < 0) {
      error("already on the first page");
      return;
    }
    long available = request.collapse() ? last.clusters() : last.total();
    if (direction > 0 && offset >= available) {
      error("no more hits");
      return;
    }
    request = request.withPage(request.limit(), offset);
    search();
  }

  private void limit(String argument) throws IOException {
    try {
      int limit = Integer.parseInt(argument.strip());
      if (limit <= 0) {
        throw new NumberFormatException();
      }
      request = request.withPage(limit, 0);
      if (searched) {
        search();
      }
    } catch (NumberFormatException e) {
      error(":limit takes a number of hits per page, like :limit 20");
    }
  }

  private void show(String argument) throws IOException {
    Optional<String> url = target(argument, ":show");
    if (url.isEmpty()) {
      return;
    }
    Optional<ArticleView> article = cancellation.await(() -> engine.article(url.get()));
    if (article.isEmpty()) {
      error("no article with URL " + url.get() + " in the index");
      return;
    }
    new ArticlePrinter(out, context.workingDir()).article(article.get());
  }

  private void links(String argument) throws IOException {
    Optional<String> url = target(argument, ":links");
    if (url.isPresent()) {
      try {
        new ArticlePrinter(out, context.workingDir()).links(cancellation.await(() -> engine.links(url.get())), true, true);
      } catch (IllegalArgumentException e) {
        error(e.getMessage()); // no URL
      }
    }
  }

  /**
   * The URL an argument names, the same way for {@code :show} and {@code :links}: anything that reads
   * as a number is the number of a hit on the last page, either as printed (11 for the first hit of the
   * second page) or counted on the page (1 for its first hit); anything else must read as a URL (with a
   * scheme, or a host name with a dot, taken as https), in its normal form.
   */
  private Optional<String> target(String argument, String command) {
    String usage = command + " takes the number of a hit on the last page, or a URL";
    if (argument.isEmpty()) {
      error(usage);
      return Optional.empty();
    }
    if (HIT_NUMBER.matcher(argument).matches()) {
      return hit(argument);
    }
    Optional<String> url = readsAsUrl(argument) ? AlsoRead.normalizeUrl(argument) : Optional.empty();
    if (url.isEmpty()) {
      error("'" + argument + "' is neither a hit number nor a URL; " + usage);
    }
    return url;
  }

  /** The URL of hit {@code number} of the last page (see {@link #target}), or empty after saying why not. */
  private Optional<String> hit(String number) {
    if (last == null) {
      error("no hits to pick from: type a query first");
      return Optional.empty();
    }
    List<Hit> hits = last.hits();
    if (hits.isEmpty()) {
      error("no hits to pick from: the last search found none");
      return Optional.empty();
    }
    long n;
    try {
      n = Long.parseLong(number);
    } catch (NumberFormatException e) {
      n = Long.MIN_VALUE; // too many digits: on no page
    }
    int offset = request.offset();
    if (n > offset && n <= offset + hits.size()) {
      return Optional.of(hits.get((int) (n - offset - 1)).url());
    }
    if (n >= 1 && n <= hits.size()) {
      return Optional.of(hits.get((int) (n - 1)).url());
    }
    String range = offset == 0 ? "pick from 1 to " + hits.size()
        : "pick from " + (offset + 1) + " to " + (offset + hits.size()) + ", or 1 to " + hits.size() + " counting on the page";
    error("no hit " + number + " on this page: " + range);
    return Optional.empty();
  }

  /**
   * Whether text is meant as a URL: it has a scheme, or starts with a host name that has a dot
   * ({@code example.com/post/}). A bare word such as {@code abc} is a slip, not {@code https://abc/}.
   */
  private static boolean readsAsUrl(String text) {
    if (text.contains("://")) {
      return true;
    }
    int slash = text.indexOf('/');
    String host = slash < 0 ? text : text.substring(0, slash);
    return host.indexOf('.') > 0 && host.chars().noneMatch(Character::isWhitespace);
  }

  /**
   * Starts indexing in the background; searches keep answering from the last commit meanwhile. With no
   * PATH it refreshes what the index was built from (the PATHs its articles were found under), or
   * indexes the installation's {@code corpus/} into an index that holds nothing yet.
   */
  private void reindex(String argument) throws IOException {
    if (reindex.isRunning()) {
      error("a reindex is already running", ExitCodes.IO); // as `alsoread index` says of another indexer
      return;
    }
    List<Path> paths = new ArrayList<>();
    String what;
    if (argument.isEmpty()) {
      paths.addAll(cancellation.await(engine::indexedPaths));
      if (paths.isEmpty() && cancellation.await(engine::size) > 0) {
        error("the index does not record where its articles came from; name them: :reindex PATH...");
        return;
      }
      what = paths.isEmpty() ? " (the index holds nothing yet)" : " (what the index was built from)";
      if (paths.isEmpty()) {
        paths.add(context.defaultCorpus());
      }
    } else {
      what = "";
      List<String> words;
      try {
        words = ShellWords.split(argument, context.env().get("HOME"));
      } catch (IllegalArgumentException e) {
        error(":reindex takes PATHs as a shell does (quote or backslash a space): " + e.getMessage());
        return;
      }
      for (String path : words) {
        paths.add(context.userPath(path));
      }
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        // as `alsoread index` says of a missing PATH: a folder gone is not taken for an empty crawl
        error(path + ": no such file or folder" + (what.isEmpty() ? "" : "; name the PATHs to reindex: :reindex PATH..."), ExitCodes.IO);
        return;
      }
    }
    boolean script = !cancellation.abandonable();
    out.line("Reindexing " + String.join(" ", paths.stream().map(p -> IndexReport.displayPath(p.toString(), context.workingDir())).toList())
        + what + (script ? "…" : " in the background; searches keep answering meanwhile."));
    out.flush();
    reindex.start(paths, notifier, out.style(), out.width(), code -> {
      facetValueCache.clear();
      failed(code);
    });
    if (script) {
      // A script's next line may be another :reindex, or a search that expects the new commit.
      try {
        reindex.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Abandons the command in progress (Ctrl-C): see {@link Cancellation}. */
  void cancel() {
    cancellation.cancel();
  }

  /** Waits for a background reindex, if any, so quitting does not abandon it half-way, unless Ctrl-C says so. */
  void awaitReindex() {
    if (!reindex.isRunning()) {
      return;
    }
    out.line("Waiting for the reindex to finish (Ctrl-C abandons it; the index keeps its last commit)…");
    out.flush();
    cancellation.begin();
    try {
      cancellation.await(() -> {
        reindex.await();
        return null;
      });
    } catch (Cancellation.CancelledException e) {
      out.line("Reindex abandoned; the index keeps its last commit.");
      out.flush();
    } catch (IOException e) {
      throw new AssertionError(e); // waiting reads nothing
    }
  }

  /** All values of a facet, for completion; cached until the next reindex. */
  List<String> facetValues(String dimension) {
    return facetValueCache.computeIfAbsent(dimension, d -> {
      try {
        return List.copyOf(engine.facetValues(d));
      } catch (IOException | RuntimeException e) {
        return List.of();
      }
    });
  }

  /** Reports a refused command or a bad query: exit status 1 for a script. */
  private void error(String message) {
    error(message, ExitCodes.USAGE);
  }

  /** Reports a failure, one line, on stderr when a script runs the session; {@code code} is its exit status. */
  private void error(String message, int code) {
    failed(code);
    out.flush(); // what came before the error comes before it, where both streams go to one place
    synchronized (err) {
      err.line(err.style().error(Layout.printable(message)));
      err.flush();
    }
  }

  private void failed(int code) {
    worst.accumulateAndGet(code, ExitCodes::worse);
  }

  /**
   * The exit status of the session as a script: the worst outcome of its lines and reindex runs (2 for
   * an I/O error or a broken index, 1 for a bad query or a refused command, 3 for a reindex that
   * rejected some inputs), 0 when everything succeeded. Call it after {@link #awaitReindex()}.
   */
  int exitCode() {
    return worst.get();
  }

  static List<String> filters(SearchRequest request, String dimension) {
    return dimensionAccess(dimension).apply(request);
  }

  private static Function<SearchRequest, List<String>> dimensionAccess(String dimension) {
    return switch (dimension) {
      case "tag" -> SearchRequest::tags;
      case "category" -> SearchRequest::categories;
      case "site" -> SearchRequest::sites;
      case "year" -> SearchRequest::years;
      default -> throw new IllegalArgumentException(dimension);
    };
  }

  static SearchRequest withFilters(SearchRequest request, String dimension, List<String> values) {
    return switch (dimension) {
      case "tag" -> request.withTags(values);
      case "category" -> request.withCategories(values);
      case "site" -> request.withSites(values);
      case "year" -> request.withYears(values);
      default -> throw new IllegalArgumentException(dimension);
    };
  }
}
