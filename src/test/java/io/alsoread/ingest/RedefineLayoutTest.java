package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class RedefineLayoutTest {

  private static RedefineLayout layout(String meta) {
    return RedefineLayout.find(
        Jsoup.parse(
            "<div class=\"article-meta-info\">" + meta + "</div>"
                + "<div class=\"article-content\"><p>text</p></div>"));
  }

  private static String categories(String... items) {
    StringBuilder html = new StringBuilder("<span class=\"article-categories article-meta-item\"><ul>");
    for (String item : items) {
      html.append(item.equals(">") ? "<li>></li>" : "<li>" + item + "&nbsp;</li>");
    }
    return html.append("</ul></span>").toString();
  }

  @Test
  void isOnlyFoundWithTheArticleContentElement() {
    assertNull(RedefineLayout.find(Jsoup.parse("<article><p>x</p></article>")));
  }

  @Test
  void oneCategoryIsAOneLevelPath() {
    assertEquals(
        List.of(List.of("tech")),
        layout(categories("<a href=\"/categories/tech/\">tech</a>")).categories());
  }

  @Test
  void nestedHrefsMakeOnePathParentFirst() {
    assertEquals(
        List.of(List.of("ai", "screen")),
        layout(categories(
                "<a href=\"/categories/ai/\">ai</a>", ">",
                "<a href=\"/categories/ai/screen/\">screen</a>"))
            .categories());
  }

  @Test
  void unrelatedHrefsMakeSeveralPaths() {
    assertEquals(
        List.of(List.of("os", "windows 11"), List.of("drivers")),
        layout(categories(
                "<a href=\"/categories/os/\">os</a>", ">",
                "<a href=\"/categories/os/windows-11/\">windows 11</a>", ">",
                "<a href=\"/categories/drivers/\">drivers</a>"))
            .categories());
  }

  @Test
  void deepPathsAndAbsoluteHrefsUnderASubfolder() {
    assertEquals(
        List.of(List.of("a", "b", "c")),
        layout(categories(
                "<a href=\"https://x.example/blog/categories/a/\">a</a>", ">",
                "<a href=\"https://x.example/blog/categories/a/b/\">b</a>", ">",
                "<a href=\"https://x.example/blog/categories/a/b/c/index.html\">c</a>"))
            .categories());
  }

  @Test
  void linksWithoutHrefsFormOnePathInOrder() {
    assertEquals(
        List.of(List.of("hardware", "tech")),
        layout(categories("<a>hardware</a>", ">", "<a>tech</a>")).categories());
  }

  @Test
  void noBreadcrumbNoCategories() {
    assertEquals(List.of(), layout("").categories());
  }

  @Test
  void tagsComeFromTheMetaLineElseFromTheTagBox() {
    String line =
        "<span class=\"article-tags article-meta-item\"><ul>"
            + "<li><a href=\"/tags/ai-video/\">ai video</a>&nbsp;</li>"
            + "<li>| <a href=\"/tags/win11/\">win11</a>&nbsp;</li></ul></span>";
    assertEquals(List.of("ai video", "win11"), layout(line).tags());
    RedefineLayout boxOnly =
        RedefineLayout.find(
            Jsoup.parse(
                "<div class=\"article-content\"><p>t</p></div><ul class=\"post-tags-box\">"
                    + "<li><a href=\"/tags/a/\">#alpha</a>&nbsp;</li><li><a>#beta</a></li></ul>"));
    assertEquals(List.of("alpha", "beta"), boxOnly.tags());
  }

  @Test
  void coverIsTheTitleImage() {
    RedefineLayout withCover =
        RedefineLayout.find(
            Jsoup.parse(
                "<div class=\"article-title\"><img src=\"https://thmb.example/c.jpg\">"
                    + "<h1 class=\"article-title-cover\"> A &amp; B </h1></div>"
                    + "<div class=\"article-content\"><p>t</p></div>"));
    assertEquals("https://thmb.example/c.jpg", withCover.cover());
    assertEquals("A & B", withCover.heading());
    assertEquals("", layout("").cover());
  }
}
