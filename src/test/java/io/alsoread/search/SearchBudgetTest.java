package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The search budget stops searches that work past it, not searches that wait. */
class SearchBudgetTest {
  private static final long BUDGET = Duration.ofMillis(40).toNanos();

  @Test
  void aSearchThatWorksPastItsBudgetIsStopped() {
    SearchBudget budget = new SearchBudget(BUDGET);
    budget.start(System.nanoTime());
    long start = System.nanoTime();
    boolean stopped = false;
    while (!stopped && System.nanoTime() - start < SearchBudget.WAITING_LIMIT * BUDGET / 2) {
      stopped = budget.shouldExit(); // busy: it uses a whole core
    }
    long took = System.nanoTime() - start;
    assertTrue(stopped && took >= BUDGET, "stopped after its budget, by its CPU time: " + took / 1_000_000 + " ms");
    budget.stop();
  }

  @Test
  void aSearchThatWaitsGoesOnUntilTheWaitingLimit() throws InterruptedException {
    SearchBudget budget = new SearchBudget(BUDGET);
    long start = System.nanoTime(); // the search's own start: the waiting limit counts from it
    budget.start(start);
    Thread.sleep(Duration.ofNanos(2 * BUDGET));
    assertFalse(budget.shouldExit(), "past its deadline, but it used no CPU time");
    Thread.sleep(Duration.ofNanos(BUDGET));
    assertFalse(budget.shouldExit(), "still waiting");
    while (!budget.shouldExit()) {
      Thread.sleep(5);
    }
    assertTrue(System.nanoTime() - start >= SearchBudget.WAITING_LIMIT * BUDGET, "stopped at the waiting limit");
    budget.stop();
  }

  @Test
  void aSecondTryKeepsTheSearchesFinalDeadline() throws InterruptedException {
    SearchBudget budget = new SearchBudget(BUDGET);
    budget.start(System.nanoTime() - SearchBudget.WAITING_LIMIT * BUDGET); // the first try waited all along
    assertFalse(budget.shouldExit(), "the try has a budget of its own");
    Thread.sleep(Duration.ofNanos(2 * BUDGET));
    assertTrue(budget.shouldExit(), "past it, the search is past its final deadline, waiting or not");
    budget.stop();
  }

  @Test
  void workOutsideASearchIsNeverStopped() throws InterruptedException {
    SearchBudget budget = new SearchBudget(BUDGET);
    assertFalse(budget.shouldExit());
    budget.start(System.nanoTime());
    budget.stop();
    Thread.sleep(Duration.ofNanos(2 * BUDGET));
    assertFalse(budget.shouldExit());
  }

  @Test
  void aCarriedTaskWorksUnderItsSearchesClock() throws InterruptedException {
    SearchBudget budget = new SearchBudget(BUDGET);
    budget.start(System.nanoTime());
    AtomicBoolean stopped = new AtomicBoolean();
    Runnable task = budget.carrying(() -> {
      long start = System.nanoTime();
      while (!stopped.get() && System.nanoTime() - start < SearchBudget.WAITING_LIMIT * BUDGET) {
        stopped.set(budget.shouldExit());
      }
    });
    Thread worker = new Thread(task);
    worker.start();
    worker.join();
    assertTrue(stopped.get());
    budget.stop();
    Thread other = new Thread(() -> stopped.set(budget.shouldExit()));
    other.start();
    other.join();
    assertFalse(stopped.get(), "a thread outside the search has no clock");
  }
}
