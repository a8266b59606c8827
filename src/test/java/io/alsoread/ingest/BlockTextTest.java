package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Block-aware text: what a reader sees of a page's blocks and words. */
class BlockTextTest {

  private static String text(String html) {
    return BlockText.of(Jsoup.parse(html).body());
  }

  @Test
  void blocksAreSeparatedAndSpacesCollapsed() {
    assertEquals("Title\n\nOne two\nthree", text("<h2>Title</h2><p>One&nbsp; two<br>three</p>"));
  }

  @Test
  void punctuationAfterAnIconThatEndedALinkClosesOntoItsWord() {
    assertEquals("Circle to Search, to the Galaxy. (See Pixel.)",
        text("<p><a href=x>Circle to Search <i class=\"fa-regular\"></i></a>, to the <a>Galaxy </a>. (See <b>Pixel </b>.)</p>"));
  }

  @Test
  void punctuationTheTextSpacesOrATableCellStartsKeepsItsSpace() {
    assertEquals("a , b", text("<p>a<b> , b</b></p>"));
    assertEquals("Framework .NET", text("<table><tr><td>Framework</td><td>.NET</td></tr></table>"));
  }
}
