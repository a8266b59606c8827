package io.alsoread.index;

import io.alsoread.IndexSummary;
import io.alsoread.index.FileOutcome.Parsed;
import io.alsoread.index.FileOutcome.Rejected;
import io.alsoread.index.FileOutcome.Skipped;
import io.alsoread.index.FileOutcome.Spilled;
import io.alsoread.index.FileOutcome.Unchanged;
import io.alsoread.ingest.Problem;
import io.alsoread.ingest.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sorts the outcomes of a run's files against the committed articles into the index after the run:
 * which articles are written, which committed ones are only touched or are deleted, and which file
 * loses a URL that two files claim. It reads no file: whether a file outside the run's PATHs still
 * exists is asked of the caller.
 */
final class Reconciliation {

  /**
   * The index after a run, as changes to the committed one.
   *
   * @param written the articles to write, by URL, in the walk's order
   * @param writtenKeys the content key of each written article
   * @param touched committed articles kept whose file moved in time or size but not in content, with their new state
   * @param deleted URLs of the committed articles to delete
   * @param unchanged files whose committed article stays (touched ones included)
   * @param skipped files that are not articles
   * @param skips those files with the reason each is not an article, in the walk's order
   * @param problems the parsers' warnings, the rejections and the lost URLs, in the walk's order
   */
  record Result(
      Map<String, Spilled> written,
      Map<String, ContentKey> writtenKeys,
      Map<String, ArticleState> touched,
      Set<String> deleted,
      long unchanged,
      long skipped,
      List<IndexSummary.Skip> skips,
      List<Problem> problems) {}

  /** Whether a file exists, asked only of committed sources outside the run's PATHs. */
  static final Predicate<String> ON_DISK = source -> Files.exists(Path.of(source));

  private final CommittedState committed;
  private final List<SourceFile> files;
  private final FileOutcome[] outcomes;
  private final Predicate<String> fileExists;
  /** Places the walk could not look into: the committed articles from there stay. */
  private final Set<String> unreadable;
  /** Which source paths were seen, and which PATH roots this run speaks for. */
  private final Set<String> seenSources = new HashSet<>();
  private final Set<String> roots;

  // Final set: committed articles, minus deletions, plus parsed articles.
  private final Map<String, Spilled> written = new LinkedHashMap<>();
  private final Map<String, ContentKey> writtenKeys = new HashMap<>();
  private final Map<String, ArticleState> touched = new LinkedHashMap<>();
  /**
   * Each unchanged file this run walked, with the modification time it saw: a touched one competes
   * for its URL with that time, not its committed one (a committed rival under a PATH not given
   * competes with its committed time).
   */
  private final Map<String, Long> unchangedModified = new HashMap<>();
  /**
   * Files this run read anew: parsed (each competes for the URL it gives now, in {@link #written})
   * or found to be no article. Their committed articles say nothing of what they claim any more.
   */
  private final Set<String> readAnew = new HashSet<>();
  private final List<Problem> problems = new ArrayList<>();
  private long unchanged;
  private long skipped;
  private final List<IndexSummary.Skip> skips = new ArrayList<>();

  private Reconciliation(CommittedState committed, List<SourceFile> files, FileOutcome[] outcomes, Set<String> pathRoots,
      Set<String> unreadable, Predicate<String> fileExists) {
    this.committed = committed;
    this.files = files;
    this.outcomes = outcomes;
    this.fileExists = fileExists;
    this.roots = new HashSet<>(pathRoots);
    this.unreadable = Set.copyOf(unreadable);
  }

  /**
   * The index after a run.
   *
   * @param files the files the walk found
   * @param outcomes the outcome of each of {@code files}, in the same order
   * @param pathRoots the real paths of the PATHs given to the run (a PATH that does not exist is left out)
   * @param fileExists whether a file exists (see {@link #ON_DISK})
   */
  static Result of(CommittedState committed, List<SourceFile> files, FileOutcome[] outcomes, Set<String> pathRoots,
      Predicate<String> fileExists) {
    return of(committed, files, outcomes, pathRoots, Set.of(), fileExists);
  }

  /**
   * The index after a run whose walk could not look into {@code unreadable} (real paths of folders,
   * files or site roots; see {@code Crawl.unreadable}): the committed articles from there are kept.
   */
  static Result of(CommittedState committed, List<SourceFile> files, FileOutcome[] outcomes, Set<String> pathRoots,
      Set<String> unreadable, Predicate<String> fileExists) {
    return new Reconciliation(committed, files, outcomes, pathRoots, unreadable, fileExists).reconcile();
  }

  private Result reconcile() {
    for (SourceFile file : files) {
      seenSources.add(file.path().toString());
      if (file.root() != null) {
        roots.add(file.root().toString());
      }
    }
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i] instanceof Unchanged u) {
        unchangedModified.put(files.get(i).path().toString(), u.modified());
      } else if (outcomes[i] instanceof Parsed || outcomes[i] instanceof Skipped) {
        readAnew.add(files.get(i).path().toString());
      }
    }
    for (int i = 0; i < outcomes.length; i++) {
      FileOutcome outcome = outcomes[i];
      if (outcome instanceof Unchanged u) {
        unchanged++;
        if (u.touched()) {
          touched.put(u.url(), committed.full(u.url()).withFile(u.modified(), u.size()));
        }
      } else if (outcome instanceof Parsed p) {
        problems.addAll(p.warnings());
        claim(p);
      } else if (outcome instanceof Skipped s) {
        skipped++;
        skips.add(new IndexSummary.Skip(files.get(i).path().toString(), s.reason()));
      } else if (outcome instanceof Rejected r) {
        problems.add(r.problem());
      }
    }
    touched.keySet().removeAll(written.keySet()); // a file that lost its URL to another this run
    Set<String> deleted = deletions();
    return new Result(Collections.unmodifiableMap(written), Collections.unmodifiableMap(writtenKeys),
        Collections.unmodifiableMap(touched), Collections.unmodifiableSet(deleted), unchanged, skipped,
        Collections.unmodifiableList(skips), Collections.unmodifiableList(problems));
  }

  /**
   * Writes the parsed article unless another file that gives its URL wins (see {@link #wins}), and
   * reports the file that loses.
   */
  private void claim(Parsed p) {
    Spilled article = p.article();
    String path = article.source().path().toString();
    long modified = article.source().lastModified();
    Spilled rival = written.get(article.url());
    if (rival == null) {
      ArticleState existing = committed.get(article.url());
      boolean rivalStays = existing != null && !existing.sourcePath().equals(path) && stillClaims(existing);
      long existingModified = existing == null ? 0 : unchangedModified.getOrDefault(existing.sourcePath(), existing.modified());
      boolean rivalWalked = existing != null && seenSources.contains(existing.sourcePath());
      if (rivalStays && wins(existingModified, existing.sourcePath(), rivalWalked, modified, path, true)) {
        problems.add(duplicate(article.url(), path, modified, true, existing.sourcePath(), existingModified, rivalWalked));
        return;
      }
      boolean rivalUnchanged = rivalStays && unchangedModified.containsKey(existing.sourcePath());
      if (rivalStays && (rivalUnchanged || !rivalWalked)) {
        // The file the article came from is still there, unchanged or under a PATH not given (a
        // changed one is parsed this run and meets this one in written), but the parsed file wins
        // its URL: that file loses, and is not an unchanged article any more.
        problems.add(duplicate(article.url(), existing.sourcePath(), existingModified, rivalWalked, path, modified, true));
        if (rivalUnchanged) {
          unchanged--;
        }
      }
    } else {
      String rivalPath = rival.source().path().toString();
      long rivalModified = rival.source().lastModified();
      if (!wins(modified, path, rivalModified, rivalPath)) {
        problems.add(duplicate(article.url(), path, modified, true, rivalPath, rivalModified, true));
        return;
      }
      problems.add(duplicate(article.url(), rivalPath, rivalModified, true, path, modified, true));
    }
    written.put(article.url(), article);
    writtenKeys.put(article.url(), p.key());
  }

  /**
   * Whether the file at {@code path}, modified at {@code modified}, keeps a URL that the file at
   * {@code otherPath} also gives, both walked by the run: the later-modified file wins, and of two
   * modified at the same time the one whose path sorts first, so that the winner depends neither
   * on the order of the walk nor on which of the two an earlier run indexed.
   */
  static boolean wins(long modified, String path, long otherModified, String otherPath) {
    return wins(modified, path, true, otherModified, otherPath, true);
  }

  /**
   * As {@link #wins(long, String, long, String)}, where {@code walked} and {@code otherWalked} say
   * whether each file is under the run's PATHs: of two modified at the same time, a file the run was
   * given beats a committed one under a PATH not given. A crawl's files often all carry one time (an
   * unpacked archive); indexing a newer crawl of a site kept at another path then takes its URLs,
   * where the order of two folders' names would have decided.
   */
  static boolean wins(long modified, String path, boolean walked, long otherModified, String otherPath, boolean otherWalked) {
    if (modified != otherModified) {
      return modified > otherModified;
    }
    return walked != otherWalked ? walked : path.compareTo(otherPath) < 0;
  }

  /**
   * Deletions: articles that came from a given PATH and are no longer there, whose file now yields
   * another URL, or whose file is no article any more (a page that became a listing). A file that
   * cannot be read now keeps its article, and so do the files of a folder the walk could not list or
   * of a site whose config it could not read: the run reports them, and loses nothing.
   */
  private Set<String> deletions() {
    Map<String, String> urlNowFrom = new HashMap<>();
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i] instanceof Unchanged u) {
        urlNowFrom.put(files.get(i).path().toString(), u.url());
      } else if (outcomes[i] instanceof Parsed p) {
        urlNowFrom.put(files.get(i).path().toString(), p.article().url());
      } else if (outcomes[i] instanceof Skipped) {
        urlNowFrom.put(files.get(i).path().toString(), null);
      }
    }
    Set<String> deleted = new HashSet<>();
    for (Map.Entry<String, ArticleState> e : committed.byUrl().entrySet()) {
      String url = e.getKey();
      String source = e.getValue().sourcePath();
      if (written.containsKey(url)) {
        continue;
      }
      boolean underRoot = isUnder(source, roots);
      if (underRoot && !seenSources.contains(source) && !isUnder(source, unreadable)) {
        deleted.add(url);
      } else if (urlNowFrom.containsKey(source) && !url.equals(urlNowFrom.get(source)) && !isUnder(source, unreadable)) {
        deleted.add(url);
      }
    }
    return deleted;
  }

  private static boolean isUnder(String path, Set<String> roots) {
    for (String root : roots) {
      if (path.equals(root) || path.startsWith(root.endsWith("/") ? root : root + "/")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the file a committed article came from still claims its URL: it is there and this run
   * kept its article (unchanged, or unreadable now), or it lies under no PATH of this run. A file
   * read anew gives the URL it gives now: when that is still this one it meets its rival in {@link
   * #written}, whichever of the two the walk found first.
   */
  private boolean stillClaims(ArticleState existing) {
    String source = existing.sourcePath();
    if (readAnew.contains(source)) {
      return false;
    }
    return seenSources.contains(source) || (!isUnder(source, roots) && fileExists.test(source));
  }

  private static Problem duplicate(String url, String loser, long loserModified, boolean loserWalked, String winner, long winnerModified,
      boolean winnerWalked) {
    String rule = loserModified != winnerModified ? "kept the later-modified file"
        : loserWalked != winnerWalked ? "both modified at the same time, kept the one this run was given"
        : "both modified at the same time, kept the one whose path sorts first";
    return Problem.warning(loser, "duplicate URL " + url + " (also " + winner + "); " + rule);
  }
}
