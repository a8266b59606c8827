package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBodyTest {
  private static final String BASE = "https://printer-issues.example.com/canon-printer-woes/";

  private static Body render(String markdown) {
    return MarkdownBody.render(markdown, BASE);
  }

  @Test
  void rendersMarkdownToReadableText() {
    Body body = render("""
        ## Canon Printer Woes

         Got a Canon printer but it's **not working** as expected? Try [Fortect](https://tools.example.com/download/) first.

        ![screenshot](https://images.example.com/shot.png)

        1. **[Check the connection](#fix1)**
        2. Update the `driver`

        > A quoted tip.

        ---

        Line one\\
        Line two
        """);
    assertEquals("Canon Printer Woes\n\nGot a Canon printer but it's not working as expected? Try Fortect first.\n\n"
        + "Check the connection\nUpdate the driver\n\nA quoted tip.\n\nLine one\nLine two", body.text());
    assertEquals("Canon Printer Woes", body.firstHeading());
    assertEquals(List.of(), body.alsoRead());
  }

  @Test
  void decodesEntitiesAndDropsInlineTags() {
    Body body = render("AT&amp;T &copy; 2024 &mdash; it&#8217;s <b>bold</b> and <span style=\"x\">plain</span>.\n");
    assertEquals("AT&T © 2024 — it’s bold and plain.", body.text());
  }

  @Test
  void keepsCodeAsTextWithItsLines() {
    Body body = render("Run:\n\n```\nnet stop spooler\nnet start spooler\n```\n\nDone.\n");
    assertEquals("Run:\n\nnet stop spooler\nnet start spooler\n\nDone.", body.text());
  }

  @Test
  void rendersTablesRowByRow() {
    Body body = render("""
        | Printer | Driver |
        |---------|--------|
        | Canon   | v2.1   |
        | Brother | v3     |
        """);
    assertEquals("Printer Driver\nCanon v2.1\nBrother v3", body.text());
  }

  @Test
  void removesAdRegionsThatMarkdownSplitsOverSeveralBlocks() {
    // The comments end paragraphs and the ad's own lines form HTML blocks and paragraphs of their own.
    Body body = render("""
        2. Run Driver Easy and click the **Scan Now** button.
        <!-- affiliate ads begin -->
        <a href="https://appsumo.example.net/c/1/2/3" target="_top" id="2">
          <img src="//a.impactradius-go.com/display-ad/7443-2" border="0" alt="https://techidaily.com" width="600" height="90"/>
        </a>

        Buy the **Pro** version today!
        <img height="0" width="0" src="https://imp.example.io/i/1/2/3" style="position:absolute;visibility:hidden;" border="0" />
        <!-- affiliate ads end -->
        3. Click **Update All**.

        Closing paragraph.
        """);
    assertEquals("Run Driver Easy and click the Scan Now button.\n\nClick Update All.\n\nClosing paragraph.", body.text());
  }

  @Test
  void anEndMarkerFollowedByARuleDoesNotMakeAHeading() {
    Body body = render("""
        Hopefully this helps.
        <!-- affiliate ads begin -->
        <a href="https://shop.example/c/1"><img src="//a.impactradius-go.com/display-ad/1"/></a>
        <!-- affiliate ads end -->---
        Next part.
        """);
    assertEquals("Hopefully this helps.\n\nNext part.", body.text());
    assertEquals("", body.firstHeading());
  }

  @Test
  void anUnclosedAdRegionRemovesNothing() {
    Body body = render("Before.\n\n<!-- affiliate ads begin -->\n\nStill here.\n");
    assertEquals("Before.\n\nStill here.", body.text());
  }

  @Test
  void removesEveryAdRegion() {
    Body body = render("""
        One.
        <!-- affiliate ads begin -->
        <a href="https://a.example/c/1">Ad one</a>
        <!-- affiliate ads end -->

        Two.

        <!-- affiliate ads begin -->
        Ad *two*
        <!-- affiliate ads end -->
        Three.
        """);
    assertEquals("One.\n\nTwo.\n\nThree.", body.text());
  }

  @Test
  void removesTheVideoAdWithItsClickHereLink() {
    Body body = render("""
        Before.

        <!-- affiliate ads begin -->
        <span id="1983475">
        	<video controls style="width:360px"><source src="https://x.example/v.mp4" type="video/mp4">
         <img src="//a.impactradius-go.com/display-clicktoplayimage/1983475.png">
        	</video>
        	<div style="width:360px;text-align:center"><a href="javascript:window.open('x');void(0);">Click here</a></div>
        </span>
        <img height="0" width="0" src="https://imp.example.io/i/5597632/1983475/22993" />
        <!-- affiliate ads end -->

         Note: do not close the Services window.
        """);
    assertEquals("Before.\n\nNote: do not close the Services window.", body.text());
  }

  @Test
  void removesAdSlotsScriptsAndTrackingPixels() {
    Body body = render("""
        Text.

        <ins class="adsbygoogle"
             style="display:block"
             data-ad-client="ca-pub-7571918770474297"
             data-ad-slot="8358498916"></ins>

        <script>(adsbygoogle = window.adsbygoogle || []).push({});</script>

        Pixel <img src="https://t.example/p.gif" width="1" height="1"> here.
        """);
    assertEquals("Text.\n\nPixel here.", body.text());
  }

  @Test
  void takesTheCorpusAlsoReadBlock() {
    Body body = render("""
         That's it – the full list of fixes.

        * [Canon](https://tools.example.com/download/)

        <ins class="adsbygoogle"
             style="display:block"
             data-ad-slot="1223367746"></ins>

        <span class="atpl-alsoreadstyle">Also read:</span>
        <div><ul>
        <li><a href="https://youtube-webster.example.com/-visual-journey/"><u>[New] A Visual Journey</u></a></li>
        <li><a href="https://printer-issues.example.com/enhancing-office-efficiency/"><u>Enhancing Office Efficiency: 3 Fixes for Printer & Laptop Synergy</u></a></li>
        <li><a href="/method-to-forget-your-printer/"><u>Method to Forget Your Printer in Windows</u></a></li>
        </ul></div>

        <!-- affiliate ads begin -->
        <a href="https://shop.example/c/1"><img src="//a.impactradius-go.com/display-ad/1"/></a>
        <!-- affiliate ads end -->
        """);
    assertEquals("That's it – the full list of fixes.\n\nCanon", body.text());
    assertEquals(List.of(
        new Link("https://youtube-webster.example.com/-visual-journey/", "[New] A Visual Journey"),
        new Link("https://printer-issues.example.com/enhancing-office-efficiency/",
            "Enhancing Office Efficiency: 3 Fixes for Printer & Laptop Synergy"),
        new Link("https://printer-issues.example.com/method-to-forget-your-printer/", "Method to Forget Your Printer in Windows")),
        body.alsoRead());
  }

  @Test
  void takesTheAlsoReadBlockEvenAfterAnUnclosedCodeFence() {
    Body body = render("""
        Some steps.
        ````

        More steps that a broken fence swallows.

        <span class="atpl-alsoreadstyle">Also read:</span>
        <div><ul>
        <li><a href="https://a.example.com/one/"><u>One</u></a></li>
        <li><a href="https://a.example.com/two/"><u>Two</u></a></li>
        </ul></div>
        """);
    assertEquals(List.of("One", "Two"), body.alsoRead().stream().map(Link::title).toList());
    assertFalse(body.text().contains("Also read"), body.text());
    assertFalse(body.text().contains("atpl"), body.text());
  }

  @Test
  void takesTheHeadingForm() {
    Body body = render("""
        # Fixing the Spooler

        Restart the service.

        ## Also read

        - [Printer offline?](../printer-offline/)
        - [Driver unavailable](https://driver-error.example.com/driver-unavailable "tooltip")
        """);
    assertEquals("Fixing the Spooler\n\nRestart the service.", body.text());
    assertEquals(List.of(
        new Link("https://printer-issues.example.com/printer-offline/", "Printer offline?"),
        new Link("https://driver-error.example.com/driver-unavailable/", "Driver unavailable")), body.alsoRead());
    assertEquals("Fixing the Spooler", body.firstHeading());
  }

  @Test
  void takesTheParagraphForm() {
    Body body = render("""
        Restart the service.

        **Also read:**

        1. [First](/first/)

        2. [Second](second/)

        Thanks for reading.
        """);
    assertEquals("Restart the service.\n\nThanks for reading.", body.text());
    assertEquals(List.of(
        new Link("https://printer-issues.example.com/first/", "First"),
        new Link("https://printer-issues.example.com/canon-printer-woes/second/", "Second")), body.alsoRead());
  }

  @Test
  void aPostWithoutAlsoReadKeepsItsListsOfLinks() {
    Body body = render("""
        ## Fixes

        * [Check the cable](#fix1)
        * [Update the driver](https://example.com/driver)
        """);
    assertEquals(List.of(), body.alsoRead());
    assertEquals("Fixes\n\nCheck the cable\nUpdate the driver", body.text());
  }

  @Test
  void firstHeadingSkipsAdsAndIsEmptyWithoutHeadings() {
    assertEquals("", render("Just a paragraph.\n").firstHeading());
    String withAdHeading = "<!-- affiliate ads begin -->\n## Sponsored\n<!-- affiliate ads end -->\n\n### Real *one*\n";
    assertEquals("Real one", render(withAdHeading).firstHeading());
  }

  @Test
  void anEmptyBodyIsEmpty() {
    assertEquals(new Body("", List.of(), ""), render(""));
    assertEquals(new Body("", List.of(), ""), render("\n  \n"));
  }

  @Test
  void handlesCrlfLineEnds() {
    Body body = render("# Title\r\n\r\nText\r\nmore.\r\n\r\n<span class=\"atpl-alsoreadstyle\">Also read:</span>\r\n"
        + "<div><ul>\r\n<li><a href=\"/a/\"><u>A</u></a></li>\r\n</ul></div>\r\n");
    assertEquals("Title\n\nText more.", body.text());
    assertEquals(List.of(new Link("https://printer-issues.example.com/a/", "A")), body.alsoRead());
  }
}
