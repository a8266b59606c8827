package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlsTest {
  @Test
  void aUrlTypedWithoutItsSchemeIsHttps() {
    assertEquals("https://example.com/post/", Urls.normalizeTyped(" Example.com/post "));
    assertEquals("https://example.com/post/", Urls.normalizeTyped("http://example.com/post/index.html"));
    assertNull(Urls.normalizeTyped("not a url"));
    assertNull(Urls.normalizeTyped("ftp://example.com/x"), "a scheme of its own is kept, and refused");
    assertNull(Urls.normalizeTyped(" "));
    assertNull(Urls.normalizeTyped(null));
  }


  @Nested
  class Normalize {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        HTTPS://Example.COM/Path/Page/        | https://example.com/Path/Page/
        http://example.com/a/                 | https://example.com/a/
        HtTp://example.com/a/                 | https://example.com/a/
        http://example.com:80/a/              | https://example.com/a/
        https://example.com:443/a/            | https://example.com/a/
        http://example.com:443/a/             | https://example.com/a/
        https://example.com:80/a/             | https://example.com:80/a/
        https://example.com:8080/a            | https://example.com:8080/a/
        https://example.com:08080/a/          | https://example.com:8080/a/
        https://example.com:/a/               | https://example.com/a/
        https://example.com/a/#section-2      | https://example.com/a/
        https://example.com/a/?x=1#frag       | https://example.com/a/?x=1
        https://example.com/a/#               | https://example.com/a/
        """)
    void schemeHostPortAndFragment(String input, String expected) {
      assertEquals(expected, Urls.normalize(input));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        https://example.com                   | https://example.com/
        https://example.com/                  | https://example.com/
        https://example.com/slug              | https://example.com/slug/
        https://example.com/a/b.html          | https://example.com/a/b.html/
        https://example.com/index.html        | https://example.com/
        https://example.com/a/index.html      | https://example.com/a/
        https://example.com/a/index.html?p=2  | https://example.com/a/?p=2
        https://example.com/a/myindex.html    | https://example.com/a/myindex.html/
        https://example.com/index.html/       | https://example.com/index.html/
        https://example.com?q=1               | https://example.com/?q=1
        https://example.com/a//b              | https://example.com/a//b/
        """)
    void pathEndsInSlashWithoutIndexHtml(String input, String expected) {
      assertEquals(expected, Urls.normalize(input));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        https://example.com/%7euser/          | https://example.com/~user/
        https://example.com/%41%62%2D%5f%2e/  | https://example.com/Ab-_./
        https://example.com/a%2fb/            | https://example.com/a%2Fb/
        https://example.com/%e2%80%99s/       | https://example.com/%E2%80%99s/
        https://example.com/a b/              | https://example.com/a%20b/
        https://example.com/café/             | https://example.com/caf%C3%A9/
        https://example.com/’s/               | https://example.com/%E2%80%99s/
        https://example.com/100%/             | https://example.com/100%25/
        https://example.com/%zz/              | https://example.com/%25zz/
        https://example.com/%4/               | https://example.com/%254/
        https://example.com/a"b<c>{d}e^/      | https://example.com/a%22b%3Cc%3E%7Bd%7De%5E/
        https://example.com/it's(1)!*+,;=:@$/ | https://example.com/it's(1)!*+,;=:@$/
        https://example.com/?q=a b&r=é        | https://example.com/?q=a%20b&r=%C3%A9
        https://example.com/?q=%7e%2f+x       | https://example.com/?q=~%2F+x
        https://example.com/?a[]=1&path=/x?y  | https://example.com/?a%5B%5D=1&path=/x?y
        """)
    void percentEncoding(String input, String expected) {
      assertEquals(expected, Urls.normalize(input));
    }

    @Test
    void encodesPipeBacktickAndBackslashInTheQuery() {
      assertEquals("https://example.com/p%7C%60/?a=%7C%60%5C", Urls.normalize("https://example.com/p|`?a=|`\\"));
    }

    @Test
    void encodesCharactersOutsideTheBasicPlaneAsFourBytes() {
      assertEquals("https://example.com/%F0%9F%98%80/", Urls.normalize("https://example.com/\uD83D\uDE00"));
    }

    @Test
    void replacesALoneSurrogateRatherThanFailing() {
      assertEquals("https://example.com/a%EF%BF%BD/", Urls.normalize("https://example.com/a\uD83D"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        https://example.com/a/./b/../c        | https://example.com/a/c/
        https://example.com/a/b/..            | https://example.com/a/
        https://example.com/a/b/.             | https://example.com/a/b/
        https://example.com/../../a           | https://example.com/a/
        https://example.com/..                | https://example.com/
        https://example.com/a/%2E%2E/b        | https://example.com/b/
        https://example.com/a/%2e/b           | https://example.com/a/b/
        https://example.com/.well-known/x     | https://example.com/.well-known/x/
        https://example.com/a/..b/            | https://example.com/a/..b/
        https://example.com/a/b/../index.html | https://example.com/a/
        """)
    void dotSegments(String input, String expected) {
      assertEquals(expected, Urls.normalize(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/", "https://a-b.example.com/x_y/~z/it's/", "https://example.com/a/?q=1&r=/x?"})
    void returnsAUrlInNormalFormAsItIs(String url) {
      assertSame(url, Urls.normalize(url));
    }

    @Test
    void keepsTheQueryAsWrittenApartFromEncoding() {
      assertEquals("https://example.com/s/?b=2&a=1&a=0", Urls.normalize("https://example.com/s/?b=2&a=1&a=0"));
      assertEquals("https://example.com/s/", Urls.normalize("https://example.com/s/?"));
    }

    @Test
    void hostForms() {
      assertEquals("https://xn--bcher-kva.de/", Urls.normalize("https://Bücher.de/"));
      assertEquals("https://[::1]:8080/a/", Urls.normalize("http://[::1]:8080/a"));
      assertEquals("https://[2001:db8::1]/", Urls.normalize("https://[2001:DB8::1]:443"));
      assertEquals("https://user:pa%20ss@example.com/", Urls.normalize("https://user:pa ss@Example.com/"));
      assertEquals("https://my_host.example.com/", Urls.normalize("https://my_host.example.com"));
    }

    @Test
    void cleansWhiteSpaceAsBrowsersDo() {
      assertEquals("https://example.com/a/", Urls.normalize("  https://example.com/a/ \n"));
      assertEquals("https://example.com/ab/", Urls.normalize("https://exam\tple.com/a\r\nb"));
    }

    @Test
    void treatsBackslashesAsSlashesInWebUrls() {
      assertEquals("https://example.com/a/b/", Urls.normalize("https:\\\\example.com\\a\\b"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        file:///home/me/posts/a.md            | file:///home/me/posts/a.md
        file:/home/me/posts/a.md              | file:///home/me/posts/a.md
        FILE://localhost/home/me/a.md         | file:///home/me/a.md
        file:///home/me/My Post.md            | file:///home/me/My%20Post.md
        file:///home/me/x/../a.md#top         | file:///home/me/a.md
        file:///site/a/index.html             | file:///site/a/index.html
        file:///site/a/                       | file:///site/a/
        file://server/share/a.md              | file://server/share/a.md
        """)
    void fileUrlsKeepTheirSchemeAndLastSegment(String input, String expected) {
      assertEquals(expected, Urls.normalize(input));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ", "javascript:void(0)", "JavaScript:alert(1)", "mailto:someone@example.com",
        "tel:+15551234", "data:text/html,hi", "ftp://example.com/a", "//example.com/a", "/a/b",
        "a/b", "not a url", "http://", "https://", "http:///a", "http:example.com", "https:/example.com",
        "https://exa mple.com/", "https://exa<mple.com/", "https://example.com:99999/",
        "https://example.com:8o/", "https://example.com:123456/", "https://[::1/", "https://[::1]x/",
        "https://[zz::1]/", "file:relative/path.md", "file:", "1http://example.com/", ":", "http//x"})
    void rejectsWhatIsNotAnAbsoluteWebOrFileUrl(String input) {
      assertNull(Urls.normalize(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "HTTP://Example.com:80/a/./b/../index.html?q=a b#x", "https://example.com/%7e/%e2%80%99/",
        "https://example.com/a%2fb?x=%zz", "http://example.com:443", "https://example.com:80",
        "file:/srv/site/a b.md", "https://example.com/caf\u00e9/\uD83D\uDE00?\u00e9=1", "https://example.com/a/..%2F..",
        "https://[::1]:8443/x"})
    void isIdempotent(String input) {
      String once = Urls.normalize(input);
      assertEquals(once, Urls.normalize(once));
    }
  }

  @Nested
  class Resolve {
    private static final String BASE = "https://Example.com/posts/first-post/";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        http://Other.com:80/x/index.html      | https://other.com/x/
        /about                                | https://example.com/about/
        /a/../b?x=1#f                         | https://example.com/b/?x=1
        second-post/                          | https://example.com/posts/first-post/second-post/
        ../second-post/                       | https://example.com/posts/second-post/
        ../../../../x                         | https://example.com/x/
        ./                                    | https://example.com/posts/first-post/
        ?page=2                               | https://example.com/posts/first-post/?page=2
        #comments                             | https://example.com/posts/first-post/
        //cdn.example.net/lib                 | https://cdn.example.net/lib/
        \\\\cdn.example.net\\lib              | https://cdn.example.net/lib/
        my post/                              | https://example.com/posts/first-post/my%20post/
        """)
    void resolvesAgainstTheBase(String href, String expected) {
      assertEquals(expected, Urls.resolve(BASE, href));
    }

    @Test
    void anEmptyHrefIsTheBase() {
      assertEquals("https://example.com/posts/first-post/", Urls.resolve(BASE, ""));
      assertEquals("https://example.com/posts/first-post/", Urls.resolve(BASE, "  "));
    }

    @Test
    void resolvesAgainstTheRawBaseNotItsNormalForm() {
      // The base's last segment is a file, so a sibling replaces it (normalising first would add a slash).
      assertEquals("https://example.com/a/c.html/", Urls.resolve("https://example.com/a/b.html", "c.html"));
      assertEquals("https://example.com/a/b.html/?q", Urls.resolve("https://example.com/a/b.html", "?q"));
      assertEquals("https://example.com/c/", Urls.resolve("https://example.com", "c"));
      assertEquals("https://example.com/a/?q=1", Urls.resolve("https://example.com/a/?old=1", "?q=1"));
      assertEquals("https://example.com/a/?old=1", Urls.resolve("https://example.com/a/?old=1#x", "#y"));
    }

    @Test
    void protocolRelativeTakesTheBaseScheme() {
      assertEquals("https://cdn.example.net/x/", Urls.resolve("http://example.com/", "//cdn.example.net/x"));
      assertEquals("file://server/x", Urls.resolve("file:///home/a.md", "//server/x"));
    }

    @Test
    void resolvesAgainstAFileBase() {
      assertEquals("file:///site/posts/img/x.png", Urls.resolve("file:///site/posts/a.md", "img/x.png"));
      assertEquals("file:///site/b.md", Urls.resolve("file:/site/posts/a.md", "../b.md"));
      assertEquals("https://example.com/x/", Urls.resolve("file:///site/posts/a.md", "https://example.com/x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:void(0)", "mailto:me@example.com", "data:,x", "ftp://example.com/", "https://exa mple.com/"})
    void otherSchemesAndBadHostsAreUnusable(String href) {
      assertNull(Urls.resolve(BASE, href));
    }

    @Test
    void aRelativeHrefNeedsAUsableBase() {
      assertNull(Urls.resolve(null, "/a"));
      assertNull(Urls.resolve("not a url", "/a"));
      assertNull(Urls.resolve("mailto:me@example.com", "a"));
      assertNull(Urls.resolve(BASE, null));
      assertEquals("https://example.com/a/", Urls.resolve(null, "https://example.com/a"));
    }
  }

  @Nested
  class Host {
    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
        https://example.com/a/                | example.com
        https://example.com:8080/a/           | example.com
        https://user:pw@example.com/          | example.com
        https://example.com?q=1               | example.com
        https://[::1]:8080/                   | [::1]
        HTTPS://EXAMPLE.COM/                  | example.com
        file:///home/a.md                     | ''
        file://server/share/a.md              | server
        not a url                             | ''
        """)
    void returnsTheHostOnly(String url, String expected) {
      assertEquals(expected, Urls.host(url));
    }

    @Test
    void nullAndHostlessInputsHaveNoHost() {
      assertEquals("", Urls.host(null));
      assertEquals("", Urls.host("https://"));
      assertEquals("", Urls.host("https://user@"));
      assertEquals("", Urls.host("https://user@/x"));
    }
  }
}
