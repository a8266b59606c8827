package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BodyExtractorTest {
  private static final String BASE = "https://blog.example.com/this-post/";

  private static Body extract(String html) {
    return BodyExtractor.extract(Jsoup.parseBodyFragment(html).body(), BASE);
  }

  @Nested
  class Ads {
    @Test
    void removesAnAffiliateRegionAtOneLevel() {
      Body body = extract("""
          <p>Before the ad.</p>
          <!-- affiliate ads begin -->
          <a href="https://shop.example/c/1" target="_top"><img src="//a.impactradius-go.com/display-ad/1" alt="banner"></a>
          <img height="0" width="0" src="https://imp.example/i/1" style="position:absolute;visibility:hidden;">
          <p>Buy now!</p>
          <!-- affiliate ads end -->
          <p>After the ad.</p>""");
      assertEquals("Before the ad.\n\nAfter the ad.", body.text());
    }

    @Test
    void removesARegionWhoseMarkersSitAtDifferentNestingLevels() {
      Body body = extract("""
          <div><p>Kept before <!-- affiliate ads begin --><a href="/ad">Ad one</a></p>
          <p>Ad two</p></div>
          <section><span>Ad three</span><!-- affiliate ads end --> kept after</section>
          <p>Next paragraph.</p>""");
      assertEquals("Kept before\n\nkept after\n\nNext paragraph.", body.text());
    }

    @Test
    void removesTheClickToPlayVideoForm() {
      Body body = extract("""
          <p>Text.</p>
          <!-- affiliate ads begin -->
          <span id="1983475">
            <video controls width="360" poster="x.png"><source src="https://x.example/v.mp4" type="video/mp4">
              <img src="//a.impactradius-go.com/display-clicktoplayimage/1983475.png"></video>
            <div style="width:360px;text-align:center"><a href="javascript:window.open('x');void(0);">Click here</a></div>
          </span>
          <!-- affiliate ads end -->
          <p>More text.</p>""");
      assertEquals("Text.\n\nMore text.", body.text());
    }

    @Test
    void removesEveryRegionAndMatchesMarkersLeniently() {
      Body body = extract("""
          <p>One</p><!--affiliate ads begin--><p>ad 1</p><!--  Affiliate Ads End  -->
          <p>Two</p><!-- affiliate ads begin --><p>ad 2</p><!-- affiliate ads end -->
          <p>Three</p><!-- an ordinary comment --><p>Four</p>""");
      assertEquals("One\n\nTwo\n\nThree\n\nFour", body.text());
    }

    @Test
    void anUnclosedRegionRemovesNothing() {
      Body body = extract("<p>One</p><!-- affiliate ads begin --><p>Two</p>");
      assertEquals("One\n\nTwo", body.text());
    }

    @Test
    void removesTheSeoAffiliateProductsBlock() {
      Body body = extract("""
          <p>Article.</p>
          <!-- add seo affiliate products -->
          <div><a href="https://appsumo.example/c/1"><img src="//a.impactradius-go.com/display-ad/1"></a>
          <a href="https://arkmc.example/c/2">Shop our deals</a></div>
          <p>Footer text.</p>""");
      assertEquals("Article.\n\nFooter text.", body.text());
    }

    @Test
    void removesElementsThatAreNotText() {
      Body body = extract("""
          <p>Visible <ins class="adsbygoogle" data-ad-client="ca-pub-1">ad slot</ins>text.</p>
          <script>var tracking = 1;</script><style>p { color: red }</style><noscript>Enable JS</noscript>
          <video src="v.mp4">Your browser cannot play video</video><audio src="a.mp3">no audio</audio>
          <iframe src="https://www.youtube.com/embed/x">frame</iframe>
          <p>Image <img src="pixel.gif" alt="tracking pixel"> gone.</p>
          <svg><text>vector text</text></svg><object data="x.swf">object</object><embed src="y.swf">
          <template><p>template</p></template><canvas>canvas</canvas>
          <p>End.</p>""");
      assertEquals("Visible text.\n\nImage gone.\n\nEnd.", body.text());
    }
  }

  @Nested
  class AlsoRead {
    @Test
    void takesTheRenderedSpanMarkerBlock() {
      Body body = extract("""
          <p>Last paragraph.</p>
          <p><ins class="adsbygoogle" data-ad-slot="1"></ins></p>
          <p><span class="atpl-alsoreadstyle">Also read:</span></p>
          <div><ul>
          <li><a target="_blank" rel="noopener" href="https://other.example.com/first/"><u>[Updated] First &amp; Best</u></a></li>
          <li><a href="https://blog.example.com/second/"><u>Second Title</u></a></li>
          <li><a href="http://Third.example.com:80/third/index.html#top"><u>Third   Title</u></a></li>
          </ul></div>""");
      assertEquals("Last paragraph.", body.text());
      assertEquals(List.of(
          new Link("https://other.example.com/first/", "[Updated] First & Best"),
          new Link("https://blog.example.com/second/", "Second Title"),
          new Link("https://third.example.com/third/", "Third Title")), body.alsoRead());
    }

    @Test
    void takesTheBareSpanMarkerThatRawMarkdownLeaves() {
      Body body = extract("""
          <p>Text.</p>
          <span class="atpl-alsoreadstyle">Also read:</span>
          <div><ul>
          <li><a href="https://a.example/one/"><u>One</u></a></li>
          </ul></div>""");
      assertEquals("Text.", body.text());
      assertEquals(List.of(new Link("https://a.example/one/", "One")), body.alsoRead());
    }

    @Test
    void takesAListThatFollowsTheSpanInsideTheSameParent() {
      Body body = extract("""
          <div><span class="atpl-alsoreadstyle">Also read:</span>
          <ul><li><a href="/one/">One</a></li></ul></div><p>After.</p>""");
      assertEquals("After.", body.text());
      assertEquals(List.of(new Link("https://blog.example.com/one/", "One")), body.alsoRead());
    }

    @Test
    void takesTheHeadingForm() {
      Body body = extract("""
          <h1>Main</h1><p>Text.</p>
          <h2>Also read</h2>
          <ul><li><a href="/first/">First</a></li><li><a href="../second">Second</a></li></ul>
          <p>Closing words.</p>""");
      assertEquals("Main\n\nText.\n\nClosing words.", body.text());
      assertEquals(List.of(
          new Link("https://blog.example.com/first/", "First"),
          new Link("https://blog.example.com/second/", "Second")), body.alsoRead());
    }

    @Test
    void takesTheParagraphFormWithAnyCaseAndColon() {
      Body body = extract("""
          <p>Text.</p>
          <p><strong>ALSO&nbsp;Read :</strong></p>
          <ol><li><p><a href="https://a.example/x">X</a></p></li><li><a href="https://a.example/y">Y</a></li></ol>""");
      assertEquals("Text.", body.text());
      assertEquals(List.of(new Link("https://a.example/x/", "X"), new Link("https://a.example/y/", "Y")), body.alsoRead());
    }

    @Test
    void resolvesRelativeHrefsAndSkipsUnusableOnes() {
      Body body = extract("""
          <h3>Also read:</h3>
          <ul>
          <li><a href="sibling-post/">Relative</a></li>
          <li><a href="//cdn.example.org/p">Protocol relative</a></li>
          <li><a href="javascript:void(0)">Script</a></li>
          <li><a href="mailto:me@example.com">Mail</a></li>
          <li><a href="#top">Fragment</a></li>
          <li><a href="">Empty</a></li>
          <li>No link at all</li>
          <li><a name="anchor">No href</a> <a href="/second-link/">Second link in item</a> <a href="/third/">Third</a></li>
          <li><a href="https://exa mple.com/">Bad host</a></li>
          </ul>""");
      assertEquals(List.of(
          new Link("https://blog.example.com/this-post/sibling-post/", "Relative"),
          new Link("https://cdn.example.org/p/", "Protocol relative"),
          new Link("https://blog.example.com/second-link/", "Second link in item")), body.alsoRead());
      assertEquals("", body.text());
    }

    @Test
    void keepsLinksOfSeveralBlocksInOrder() {
      Body body = extract("""
          <h2>Also read</h2><ul><li><a href="/a/">A</a></li><li><a href="/b/">B</a></li></ul>
          <p>Middle.</p>
          <p><span class="atpl-alsoreadstyle">Also read:</span></p><div><ul><li><a href="/c/">C</a></li></ul></div>""");
      assertEquals(List.of("A", "B", "C"), body.alsoRead().stream().map(Link::title).toList());
      assertEquals("Middle.", body.text());
    }

    @Test
    void aHeadingOrParagraphWithoutAListOfLinksIsOrdinaryText() {
      Body body = extract("""
          <h2>Also read</h2><p>the manual before you start.</p>
          <p>Also read:</p><ul><li>an item without a link</li></ul>
          <p>Also read the manual.</p><ul><li><a href="/x/">X</a></li></ul>""");
      assertEquals(List.of(), body.alsoRead());
      assertEquals("Also read\n\nthe manual before you start.\n\nAlso read:\n\nan item without a link\n\n"
          + "Also read the manual.\n\nX", body.text());
    }

    @Test
    void theStyledMarkerIsNeverTextEvenWithoutAList() {
      Body body = extract("<p>Text.</p><p><span class=\"atpl-alsoreadstyle\">Also read:</span></p><p>More.</p>");
      assertEquals("Text.\n\nMore.", body.text());
      assertEquals(List.of(), body.alsoRead());
    }

    @Test
    void aBodyWithoutAlsoReadKeepsEverything() {
      Body body = extract("<h1>Title</h1><p>Read more about it.</p><ul><li><a href=\"/x/\">X</a></li></ul>");
      assertEquals(List.of(), body.alsoRead());
      assertEquals("Title\n\nRead more about it.\n\nX", body.text());
    }
  }

  @Nested
  class Text {
    @Test
    void decodesEntities() {
      Body body = extract("<p>AT&amp;T &lt;tag&gt; &quot;quoted&quot; it&#8217;s &copy; &eacute;t&eacute;</p>");
      assertEquals("AT&T <tag> \"quoted\" it’s © été", body.text());
    }

    @Test
    void putsBlocksOnTheirOwnLines() {
      Body body = extract("""
          <h1>  The   Title </h1>
          <p>First
             paragraph with <b>bold</b> and <a href="/x">a link</a>.</p>
          <h2>Section</h2>
          <ul><li>one</li><li>two <em>more</em></li></ul>
          <blockquote>Quoted.</blockquote>
          <p>Line one<br>Line two</p>
          <div>Div text<div>Nested div</div></div>""");
      assertEquals("The Title\n\nFirst paragraph with bold and a link.\n\nSection\n\none\ntwo more\n\n"
          + "Quoted.\n\nLine one\nLine two\n\nDiv text\n\nNested div", body.text());
    }

    @Test
    void putsTableRowsOnTheirOwnLinesAndCellsApart() {
      Body body = extract("""
          <table><thead><tr><th>Model</th><th>Price</th></tr></thead>
          <tbody><tr><td>A1</td><td>$10</td></tr><tr><td>B2</td><td>$20</td></tr></tbody></table>
          <p>After.</p>""");
      assertEquals("Model Price\nA1 $10\nB2 $20\n\nAfter.", body.text());
    }

    @Test
    void keepsTheLinesOfPreformattedText() {
      Body body = extract("<p>Run:</p><pre><code>cd  /srv\n  ls -l\n</code></pre><p>Done.</p>");
      assertEquals("Run:\n\ncd  /srv\n  ls -l\n\nDone.", body.text());
    }

    @Test
    void collapsesNoBreakAndUnicodeSpaces() {
      Body body = extract("<p>a&nbsp;&nbsp;b\u2003c\u3000d \u200a e</p>");
      assertEquals("a b c d e", body.text());
    }

    @Test
    void anEmptyBodyHasNoText() {
      Body body = extract("  <p> </p><div></div><!-- comment -->");
      assertEquals(new Body("", List.of(), ""), body);
    }
  }

  @Nested
  class FirstHeading {
    @Test
    void isTheFirstHeadingOfAnyLevel() {
      assertEquals("Intro & Overview", extract("<p>x</p><h3>Intro &amp; <em>Overview</em></h3><h1>Later</h1>").firstHeading());
    }

    @Test
    void skipsEmptyHeadingsAndHeadingsInAdsOrAlsoRead() {
      Body body = extract("""
          <!-- affiliate ads begin --><h2>Sponsored</h2><!-- affiliate ads end -->
          <h2><img src="logo.png"></h2>
          <h2>Also read</h2><ul><li><a href="/a/">A</a></li></ul>
          <h4>Real heading</h4>""");
      assertEquals("Real heading", body.firstHeading());
    }

    @Test
    void isEmptyWithoutHeadings() {
      assertEquals("", extract("<p>Just text.</p>").firstHeading());
    }

    @Test
    void keepsHeadingTextWithoutItsPermalinkAnchor() {
      Body body = extract("<h2 id=\"x\"><a href=\"#x\" class=\"headerlink\" title=\"X\"></a>Heading X</h2><p>t</p>");
      assertEquals("Heading X", body.firstHeading());
      assertTrue(body.text().startsWith("Heading X\n\n"));
    }
  }

  @Test
  void worksOnACrawledArticleElement() {
    String page = """
        <html><head><title>x</title></head><body><nav>Menu</nav>
        <div class="article-content markdown-body">
        <h2 id="T"><a href="#T" class="headerlink" title="T"></a>The Post</h2><p>Body text with <a class="link" target="_blank" rel="noopener" href="https://x.example/" >a link <i class="fa-regular fa-arrow-up-right-from-square fa-sm"></i></a>.</p>
        <!-- affiliate ads begin -->
        <a href="https://shop.example/c/1" target="_top"><img src="//a.impactradius-go.com/display-ad/1"></a>
        <img height="0" width="0" lazyload src="/images/loading.svg" data-src="https://shop.example/i/1">
        <!-- affiliate ads end -->
        <p><ins class="adsbygoogle" style="display:block" data-ad-slot="8358498916"></ins></p>
        <p><span class="atpl-alsoreadstyle">Also read:</span></p>
        <div><ul>
        <li><a href="https://some-skills.example.com/other/"><u>How to Restore & Transfer Data</u></a></li>
        </ul></div>
        </div><footer>Footer</footer></body></html>""";
    var article = Jsoup.parse(page).selectFirst("div.article-content");
    Body body = BodyExtractor.extract(article, "https://some-skills.example.com/the-post/");
    assertEquals("The Post\n\nBody text with a link.", body.text());
    assertEquals("The Post", body.firstHeading());
    assertEquals(List.of(new Link("https://some-skills.example.com/other/", "How to Restore & Transfer Data")), body.alsoRead());
    assertFalse(body.text().contains("Footer"));
  }
}
