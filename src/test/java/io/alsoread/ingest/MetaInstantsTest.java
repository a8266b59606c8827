package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetaInstantsTest {

  @Test
  void readsUtcWithMilliseconds() {
    assertEquals(Instant.parse("2024-09-23T10:42:59.523Z"), MetaInstants.parse("2024-09-23T10:42:59.523Z"));
  }

  @Test
  void appliesAnOffset() {
    assertEquals(Instant.parse("2023-11-04T08:30:00Z"), MetaInstants.parse("2023-11-04T09:30:00+01:00"));
  }

  @Test
  void takesAValueWithoutZoneAsUtc() {
    assertEquals(Instant.parse("2024-10-17T18:36:26Z"), MetaInstants.parse("2024-10-17 18:36:26"));
    assertEquals(Instant.parse("2024-10-17T18:36:00Z"), MetaInstants.parse(" 2024-10-17T18:36 "));
  }

  @Test
  void readsADateAlone() {
    assertEquals(Instant.parse("2024-02-29T00:00:00Z"), MetaInstants.parse("2024-02-29"));
  }

  @Test
  void givesNullForBlankOrNonsense() {
    assertNull(MetaInstants.parse(null));
    assertNull(MetaInstants.parse("  "));
    assertNull(MetaInstants.parse("yesterday"));
    assertNull(MetaInstants.parse("2024-13-45"));
    assertNull(MetaInstants.parse("2024-10-17T25:00:00Z"));
  }
}
