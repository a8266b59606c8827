package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema's derived tables. */
class FieldsTest {

  @Test
  void theWordsFieldCountsEachDefaultFieldByItsBoostRounded() {
    assertEquals(Map.of(Fields.TITLE, 4, Fields.KEYWORDS, 2, Fields.TAGS_TEXT, 2, Fields.DESCRIPTION, 2, Fields.BODY, 1, Fields.ANCHOR, 2),
        Fields.WORDS_WEIGHTS);
  }

  @Test
  void everyUserFieldNamesAnIndexField() {
    assertEquals(11, Fields.USER_FIELDS.size());
    assertEquals("title", Fields.USER_FIELDS.keySet().iterator().next(), "help lists text fields first");
    assertEquals(Fields.TAG, Fields.USER_FIELDS.get("tag"));
  }
}
