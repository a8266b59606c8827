package io.alsoread.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BoundedLruTest {
  private static BoundedLru<String, String> lengths(long max) {
    return new BoundedLru<>(max, (key, value) -> value.length());
  }

  @Test
  void evictsTheLeastRecentlyUsedPastTheBound() {
    BoundedLru<String, String> lru = lengths(40);
    lru.put("a", "x".repeat(10));
    lru.put("b", "x".repeat(10));
    lru.put("c", "x".repeat(10));
    lru.get("a"); // now b is the eldest
    lru.put("d", "x".repeat(10));
    lru.put("e", "x".repeat(10));
    assertNull(lru.get("b"));
    assertEquals(10, lru.get("a").length());
    assertEquals(4, lru.size());
  }

  @Test
  void keepsNothingHeavierThanAQuarterOfTheBound() {
    BoundedLru<String, String> lru = lengths(40);
    lru.put("big", "x".repeat(11));
    assertNull(lru.get("big"));
    assertEquals(0, lru.size());
    BoundedLru<String, String> none = lengths(0);
    none.put("a", "");
    assertEquals(0, none.size(), "a bound of 0 holds nothing, not even the weightless");
  }

  @Test
  void aReplacedValueGivesBackItsWeight() {
    BoundedLru<String, String> lru = lengths(40);
    for (int i = 0; i < 100; i++) {
      lru.put("same", "x".repeat(10));
    }
    lru.put("b", "x".repeat(10));
    lru.put("c", "x".repeat(10));
    lru.put("d", "x".repeat(10));
    assertEquals(4, lru.size(), "the replaced values no longer count");
    lru.clear();
    assertEquals(0, lru.size());
  }
}
