package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.IndexSummary;
import io.alsoread.index.FileOutcome.Parsed;
import io.alsoread.index.FileOutcome.Rejected;
import io.alsoread.index.FileOutcome.Skipped;
import io.alsoread.index.FileOutcome.Spilled;
import io.alsoread.index.FileOutcome.Unchanged;
import io.alsoread.ingest.Link;
import io.alsoread.ingest.Problem;
import io.alsoread.ingest.Site;
import io.alsoread.ingest.Source;
import io.alsoread.ingest.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
  private static final String ROOT = "/crawl";
  private static final String A = "/crawl/a.md";
  private static final String B = "/crawl/b.md";
  private static final String U = "https://fix.example/printer-offline/";
  private static final String V = "https://fix.example/old-slug/";
  private static final Predicate<String> NOTHING_ELSEWHERE = source -> false;

  private final Map<String, ArticleState> committed = new HashMap<>();
  private final List<SourceFile> files = new ArrayList<>();
  private final List<FileOutcome> outcomes = new ArrayList<>();

  private static ArticleState state(String source, long modified) {
    return new ArticleState(source, ROOT, modified, 100, "fp-" + source, "site", 7, new int[ContentKey.SIGNATURE_LENGTH], 60, 11,
        List.of(new Link("https://fix.example/other/", "Other")));
  }

  private void commit(String url, String source, long modified) {
    committed.put(url, state(source, modified));
  }

  private void walked(String source, FileOutcome outcome) {
    files.add(new SourceFile(Path.of(source), Path.of(ROOT), new Site.Loose(), SourceFile.Format.MARKDOWN, 1, 100));
    outcomes.add(outcome);
  }

  private static Parsed parsed(String url, String source, long modified, Problem... warnings) {
    Source from = new Source(Path.of(source), Path.of(ROOT), modified, 100, "fp-new-" + source);
    return new Parsed(new Spilled(url, from, List.of(), 0), new ContentKey(modified, new int[ContentKey.SIGNATURE_LENGTH], 60),
        List.of(warnings));
  }

  private Reconciliation.Result reconcile(Set<String> pathRoots, Predicate<String> fileExists) {
    return Reconciliation.of(CommittedState.of(committed), files, outcomes.toArray(FileOutcome[]::new), pathRoots, fileExists);
  }

  private Reconciliation.Result reconcile() {
    return reconcile(Set.of(ROOT), NOTHING_ELSEWHERE);
  }

  private static Problem duplicate(String url, String loser, String winner) {
    return Problem.warning(loser, "duplicate URL " + url + " (also " + winner + "); kept the later-modified file");
  }

  @Test
  void aNewArticleIsWrittenWithItsKeyAndWarnings() {
    Problem warning = Problem.warning(A, "no date");
    Parsed a = parsed(U, A, 100, warning);
    walked(A, a);
    Reconciliation.Result result = reconcile();
    assertEquals(Map.of(U, a.article()), result.written());
    assertEquals(Map.of(U, a.key()), result.writtenKeys());
    assertEquals(List.of(warning), result.problems());
    assertEquals(0, result.unchanged());
    assertTrue(result.deleted().isEmpty());
    assertTrue(result.touched().isEmpty());
  }

  @Test
  void anUnchangedFileKeepsItsArticle() {
    commit(U, A, 100);
    walked(A, new Unchanged(U, false, 100, 100));
    Reconciliation.Result result = reconcile();
    assertEquals(1, result.unchanged());
    assertTrue(result.written().isEmpty());
    assertTrue(result.touched().isEmpty());
    assertTrue(result.deleted().isEmpty());
    assertTrue(result.problems().isEmpty());
  }

  @Test
  void aTouchedFileGetsItsNewTimeAndSizeAndKeepsItsLinks() {
    commit(U, A, 100);
    walked(A, new Unchanged(U, true, 500, 120));
    Reconciliation.Result result = reconcile();
    assertEquals(1, result.unchanged());
    assertEquals(Set.of(U), result.touched().keySet());
    ArticleState touched = result.touched().get(U);
    assertEquals(500, touched.modified());
    assertEquals(120, touched.size());
    assertEquals(committed.get(U).links(), touched.links());
    assertEquals(committed.get(U).fingerprint(), touched.fingerprint());
    assertTrue(result.written().isEmpty());
  }

  @Test
  void ofTwoFilesOfARunWithOneUrlTheLaterModifiedWins() {
    Parsed later = parsed(U, B, 200);
    walked(A, parsed(U, A, 100));
    walked(B, later);
    Reconciliation.Result result = reconcile();
    assertEquals(Map.of(U, later.article()), result.written());
    assertEquals(later.key(), result.writtenKeys().get(U));
    assertEquals(List.of(duplicate(U, A, B)), result.problems());
  }

  @Test
  void ofTwoFilesOfARunWithOneUrlTheLaterModifiedWinsWhenWalkedFirst() {
    Parsed later = parsed(U, B, 200);
    walked(B, later);
    walked(A, parsed(U, A, 100));
    Reconciliation.Result result = reconcile();
    assertEquals(Map.of(U, later.article()), result.written());
    assertEquals(later.key(), result.writtenKeys().get(U));
    assertEquals(List.of(duplicate(U, A, B)), result.problems());
  }

  @Test
  void ofTwoFilesOfARunWithOneUrlAndOneTimeThePathSortingFirstWinsInEitherWalkOrder() {
    for (boolean aFirst : new boolean[] {true, false}) {
      files.clear();
      outcomes.clear();
      Parsed a = parsed(U, A, 100);
      Parsed b = parsed(U, B, 100);
      walked(aFirst ? A : B, aFirst ? a : b);
      walked(aFirst ? B : A, aFirst ? b : a);
      Reconciliation.Result result = reconcile();
      assertEquals(Map.of(U, a.article()), result.written());
      assertEquals(List.of(Problem.warning(B, "duplicate URL " + U + " (also " + A
          + "); both modified at the same time, kept the one whose path sorts first")), result.problems());
    }
  }

  @Test
  void aCommittedArticleWhosePathSortsFirstKeepsItsUrlAgainstANewFileOfTheSameTime() {
    commit(U, A, 100);
    walked(A, new Unchanged(U, false, 100, 100));
    walked(B, parsed(U, B, 100));
    Reconciliation.Result result = reconcile();
    assertTrue(result.written().isEmpty());
    assertEquals(1, result.unchanged());
  }

  @Test
  void aNewFileWhosePathSortsFirstTakesTheUrlOfACommittedArticleOfTheSameTime() {
    commit(U, B, 100);
    Parsed a = parsed(U, A, 100);
    walked(A, a);
    walked(B, new Unchanged(U, false, 100, 100));
    Reconciliation.Result result = reconcile();
    assertEquals(Map.of(U, a.article()), result.written());
    assertEquals(0, result.unchanged(), "the committed file lost its URL: its article is not unchanged");
  }

  @Test
  void winsByTimeThenByPath() {
    assertTrue(Reconciliation.wins(200, B, 100, A));
    assertTrue(!Reconciliation.wins(100, A, 200, B));
    assertTrue(Reconciliation.wins(100, A, 100, B));
    assertTrue(!Reconciliation.wins(100, B, 100, A));
  }

  @Test
  void aParsedFileLosesToANewerCommittedArticleOfAnotherFileStillThere() {
    commit(U, B, 300);
    walked(A, parsed(U, A, 100));
    walked(B, new Unchanged(U, false, 300, 100));
    Reconciliation.Result result = reconcile();
    assertTrue(result.written().isEmpty());
    assertEquals(1, result.unchanged());
    assertEquals(List.of(duplicate(U, A, B)), result.problems());
    assertTrue(result.deleted().isEmpty());
  }

  @Test
  void aCommittedArticleWhoseFileNowGivesAnotherUrlLeavesItsUrlToTheOlderFileThatLostIt() {
    // Seed 4 of IncrementalEqualsRebuildTest: A lost U to the newer B, then B's permalink changed.
    // B's committed time must not keep U from A: B claims V now, as a rebuild sees.
    for (boolean aFirst : new boolean[] {true, false}) {
      files.clear();
      outcomes.clear();
      commit(U, B, 200);
      Parsed a = parsed(U, A, 100);
      Parsed b = parsed(V, B, 300);
      walked(aFirst ? A : B, aFirst ? a : b);
      walked(aFirst ? B : A, aFirst ? b : a);
      Reconciliation.Result result = reconcile();
      assertEquals(Map.of(U, a.article(), V, b.article()), result.written(), "walked " + (aFirst ? "A" : "B") + " first");
      assertTrue(result.problems().isEmpty(), result.problems().toString());
      assertTrue(result.deleted().isEmpty(), result.deleted().toString());
    }
  }

  @Test
  void aCommittedArticleWhoseFileIsNoArticleAnyMoreLeavesItsUrlToTheOlderFileThatLostIt() {
    commit(U, B, 200);
    Parsed a = parsed(U, A, 100);
    walked(A, a);
    walked(B, new Skipped("a listing"));
    Reconciliation.Result result = reconcile();
    assertEquals(Map.of(U, a.article()), result.written());
  }

  @Test
  void aChangedCommittedFileThatStillGivesItsUrlCompetesWithItsNewTime() {
    for (boolean aFirst : new boolean[] {true, false}) {
      files.clear();
      outcomes.clear();
      commit(U, B, 200);
      Parsed a = parsed(U, A, 100);
      Parsed b = parsed(U, B, 50); // edited, then given an older time (a crawl restored with its times)
      walked(aFirst ? A : B, aFirst ? a : b);
      walked(aFirst ? B : A, aFirst ? b : a);
      Reconciliation.Result result = reconcile();
      assertEquals(Map.of(U, a.article()), result.written(), "walked " + (aFirst ? "A" : "B") + " first");
      assertEquals(List.of(duplicate(U, B, A)), result.problems());
    }
  }

  @Test
  void aParsedFileLosesToANewerCommittedArticleOfAFileUnderAPathNotGiven() {
    String elsewhere = "/other/b.md";
    commit(U, elsewhere, 300);
    walked(A, parsed(U, A, 100));
    Reconciliation.Result result = reconcile(Set.of(ROOT), elsewhere::equals);
    assertTrue(result.written().isEmpty());
    assertEquals(List.of(duplicate(U, A, elsewhere)), result.problems());

    // Once that file is gone, the article is the parsed file's.
    Reconciliation.Result gone = reconcile(Set.of(ROOT), NOTHING_ELSEWHERE);
    assertEquals(Set.of(U), gone.written().keySet());
    assertTrue(gone.problems().isEmpty());
  }

  @Test
  void anUnchangedCommittedRivalLosesToANewerFileAndIsNotUnchangedAnyMore() {
    commit(U, B, 100);
    Parsed newer = parsed(U, A, 200);
    walked(A, newer);
    walked(B, new Unchanged(U, true, 150, 100));
    Reconciliation.Result result = reconcile();
    assertEquals(Map.of(U, newer.article()), result.written());
    assertEquals(0, result.unchanged());
    assertTrue(result.touched().isEmpty(), "the loser's touched state is not written over the winner's article");
    assertEquals(List.of(duplicate(U, B, A)), result.problems());
    assertTrue(result.deleted().isEmpty());
  }

  @Test
  void aCommittedRivalTouchedThisRunCompetesWithItsNewTime() {
    commit(U, B, 100);
    walked(A, parsed(U, A, 200));
    walked(B, new Unchanged(U, true, 300, 100)); // same content, modified after the parsed file
    Reconciliation.Result result = reconcile();
    assertTrue(result.written().isEmpty(), "the file modified last keeps the URL, whichever run indexed it");
    assertEquals(1, result.unchanged());
    assertEquals(300, result.touched().get(U).modified());
    assertEquals(List.of(duplicate(U, A, B)), result.problems());
    assertTrue(result.deleted().isEmpty());
  }

  @Test
  void anOlderCommittedRivalUnderAPathNotGivenIsReportedButNotCountedUnchanged() {
    String elsewhere = "/other/b.md";
    commit(U, elsewhere, 100);
    walked(A, parsed(U, A, 200));
    Reconciliation.Result result = reconcile(Set.of(ROOT), elsewhere::equals);
    assertEquals(Set.of(U), result.written().keySet());
    assertEquals(0, result.unchanged());
    assertEquals(List.of(duplicate(U, elsewhere, A)), result.problems());
  }

  @Test
  void anArticleWhoseFileVanishedUnderAGivenRootIsDeleted() {
    commit(U, A, 100);
    commit(V, "/crawl/gone.md", 100);
    walked(A, new Unchanged(U, false, 100, 100));
    Reconciliation.Result result = reconcile();
    assertEquals(Set.of(V), result.deleted());
    assertEquals(1, result.unchanged());
  }

  @Test
  void theArticlesOfAFolderTheWalkCouldNotReadAreKept() {
    commit(U, "/crawl/locked/a.md", 100);
    commit(V, "/crawl/gone.md", 100);
    Reconciliation.Result result = Reconciliation.of(CommittedState.of(committed), files, outcomes.toArray(FileOutcome[]::new),
        Set.of(ROOT), Set.of("/crawl/locked"), NOTHING_ELSEWHERE);
    assertEquals(Set.of(V), result.deleted(), "only what the walk could see is known to be gone");
  }

  @Test
  void ofOneTimeAFileOfTheRunTakesTheUrlOfACommittedFileUnderAPathNotGiven() {
    String elsewhere = "/a-previous-crawl/a.md"; // sorts first
    commit(U, elsewhere, 100);
    Parsed b = parsed(U, B, 100);
    walked(B, b);
    Reconciliation.Result result = reconcile(Set.of(ROOT), elsewhere::equals);
    assertEquals(Map.of(U, b.article()), result.written());
    assertEquals(List.of(Problem.warning(elsewhere, "duplicate URL " + U + " (also " + B
        + "); both modified at the same time, kept the one this run was given")), result.problems());
    assertTrue(Reconciliation.wins(100, B, true, 100, elsewhere, false));
    assertTrue(Reconciliation.wins(200, elsewhere, false, 100, B, true), "a later time still wins first");
  }

  @Test
  void aGivenRootWithNoFilesLeftDeletesAllItsArticles() {
    commit(U, A, 100);
    Reconciliation.Result result = reconcile(Set.of(ROOT), NOTHING_ELSEWHERE);
    assertEquals(Set.of(U), result.deleted());
  }

  @Test
  void theRootOfAFileFoundCountsAsGiven() {
    commit(U, A, 100);
    commit(V, "/crawl/gone.md", 100);
    walked(A, new Unchanged(U, false, 100, 100));
    Reconciliation.Result result = reconcile(Set.of(), NOTHING_ELSEWHERE);
    assertEquals(Set.of(V), result.deleted());
  }

  @Test
  void articlesOutsideTheGivenRootsAreNotDeleted() {
    commit(U, "/crawl2/a.md", 100);
    commit(V, "/other/b.md", 100);
    Reconciliation.Result result = reconcile(Set.of(ROOT), NOTHING_ELSEWHERE);
    assertTrue(result.deleted().isEmpty(), result.deleted().toString());
  }

  @Test
  void anArticleWhoseFileNowYieldsAnotherUrlIsDeleted() {
    commit(V, A, 100);
    Parsed renamed = parsed(U, A, 200);
    walked(A, renamed);
    Reconciliation.Result result = reconcile(Set.of(), NOTHING_ELSEWHERE);
    assertEquals(Set.of(V), result.deleted());
    assertEquals(Map.of(U, renamed.article()), result.written());
  }

  @Test
  void anArticleWhoseFileIsNoArticleAnyMoreIsDeletedButNotOneWhoseFileCannotBeRead() {
    commit(U, A, 100);
    commit(V, B, 100);
    walked(A, new Skipped("a listing"));
    walked(B, new Rejected(Problem.rejection(B, "permission denied")));
    Reconciliation.Result result = reconcile(Set.of(), NOTHING_ELSEWHERE);
    assertEquals(Set.of(U), result.deleted());
  }

  @Test
  void skippedAndRejectedFilesAreCountedAndReportedInTheWalksOrder() {
    Problem rejection = Problem.rejection(B, "permission denied");
    Problem warning = Problem.warning(A, "no date");
    walked(B, new Rejected(rejection));
    walked("/crawl/index.md", new Skipped("a listing"));
    walked(A, parsed(U, A, 100, warning));
    walked("/crawl/tags.md", new Skipped("a tag page"));
    Reconciliation.Result result = reconcile();
    assertEquals(2, result.skipped());
    assertEquals(List.of(new IndexSummary.Skip("/crawl/index.md", "a listing"), new IndexSummary.Skip("/crawl/tags.md", "a tag page")),
        result.skips());
    assertEquals(List.of(rejection, warning), result.problems());
    assertEquals(Set.of(U), result.written().keySet());
  }
}
