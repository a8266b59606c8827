package io.alsoread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index opened for one request answers exactly as one opened for many. */
class OpenForOneRequestTest {
  @TempDir Path tmp;

  @Test
  void answersLikeAMappedOpen() throws IOException {
    Path dir = tmp.resolve("index");
    try (AlsoRead index = AlsoRead.openOrCreate(dir)) {
      index.index(List.of(Path.of("corpus")), false, IndexListener.NONE);
    }
    SearchRequest request = SearchRequest.of("printer offline").withCategories(List.of("hardware/printers"));
    try (AlsoRead mapped = AlsoRead.open(dir); AlsoRead once = AlsoRead.openForOneRequest(dir)) {
      SearchResult expected = mapped.search(request);
      SearchResult actual = once.search(request);
      assertTrue(expected.total() > 0, "the sample corpus answers the query");
      assertEquals(expected.total(), actual.total());
      assertEquals(expected.clusters(), actual.clusters());
      assertEquals(expected.hits(), actual.hits());
      assertEquals(expected.facets(), actual.facets());
      String url = expected.hits().get(0).url();
      assertEquals(mapped.article(url), once.article(url));
      assertEquals(mapped.size(), once.size());
    }
  }

  @Test
  void refusesAFolderWithoutAnIndex() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThrows(IndexUnavailableException.class, () -> AlsoRead.openForOneRequest(empty));
    assertThrows(IndexUnavailableException.class, () -> AlsoRead.openForOneRequest(tmp.resolve("missing")));
  }
}
