package io.alsoread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Filter values that filter alike have one key, as the index folds them. */
class FilterKeyTest {

  @Test
  void valuesAreFoldedAsTheIndexFoldsThem() {
    assertEquals("win10", AlsoRead.filterKey("tag", " WÍN10 "));
    assertEquals("example.com", AlsoRead.filterKey("site", "Example.COM"));
    assertEquals("hardware/tech", AlsoRead.filterKey("category", "Hardware//Tech/"));
    assertEquals("2024", AlsoRead.filterKey("year", " 2024"));
    assertThrows(IllegalArgumentException.class, () -> AlsoRead.filterKey("colour", "red"));
  }
}
