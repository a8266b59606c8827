package io.alsoread.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownHeadingsTest {
  @Test
  void headingsReadAsTheReaderSeesThem() {
    String markdown = """
        ## Title of the post

        Some text with a # that is no heading.

        ### 1\\. [Sony 85’’ Class Z9G](https://www.sony.com/x) **Pro**

        #### 3\\. Best drones for agriculture-   **DJI Agras MG-1**

        Setext heading with `code`
        --------------------------

        ## ![logo](https://x/logo.png) Image alt left <b>out</b>

        ##
        """;
    assertEquals(List.of("Title of the post", "1. Sony 85’’ Class Z9G Pro", "3. Best drones for agriculture-   DJI Agras MG-1",
        "Setext heading with code", "Image alt left out"), MarkdownHeadings.of(markdown));
  }

  @Test
  void containmentFoldsCaseAndWhiteSpace() {
    assertEquals("6 make sure everything is updated", BodyContainment.normalized(" 6  Make Sure\u00a0Everything\nIs Updated "));
  }
}
