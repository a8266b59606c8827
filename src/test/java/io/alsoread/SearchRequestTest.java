package io.alsoread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a request checks on its own, before any index sees it. */
class SearchRequestTest {

  @Test
  void aYearFilterIsAYearOrBlank() {
    assertTrue(SearchRequest.isYearFilter("2024"));
    assertTrue(SearchRequest.isYearFilter(" 2024 "), "white space around a year");
    assertTrue(SearchRequest.isYearFilter(""), "a blank year is no filter");
    assertTrue(SearchRequest.isYearFilter("  "), "a blank year is no filter");
    assertFalse(SearchRequest.isYearFilter("24"));
    assertFalse(SearchRequest.isYearFilter("last year"));
    assertFalse(SearchRequest.isYearFilter(null));
    assertFalse(SearchRequest.isYear(""), "a blank value is a filter value, not a year");
  }

  @Test
  void aRequestTakesTheYearFiltersThatRuleAccepts() {
    assertEquals(List.of("", " 2023 "), SearchRequest.of("").withYears(List.of("", " 2023 ")).years());
    IllegalArgumentException notAYear = assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("").withYears(List.of("23")));
    assertEquals("'23' is not a year (expected e.g. 2024)", notAYear.getMessage());
  }
}
