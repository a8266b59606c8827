package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
  private final List<Problem> warnings = new ArrayList<>();

  private FrontMatter parse(String text) {
    return FrontMatterParser.parse(text, null, "post.md", warnings);
  }

  private FrontMatter parse(String text, ZoneId zone) {
    return FrontMatterParser.parse(text, zone, "post.md", warnings);
  }

  @Test
  void dashBlockAtStart() {
    FrontMatter fm = parse("---\ntitle: Hello\n---\n# Body\ntext\n");
    assertEquals("Hello", fm.title());
    assertEquals("# Body\ntext\n", fm.body());
    assertTrue(warnings.isEmpty());
  }

  @Test
  void longSeparatorsWithMatchingLengths() {
    FrontMatter fm = parse("-----\ntitle: Long\n-----\nbody");
    assertEquals("Long", fm.title());
    assertEquals("body", fm.body());
  }

  @Test
  void shorterClosingSeparatorDoesNotCloseALongerOpening() {
    String text = "-----\ntitle: Long\n---\nbody";
    FrontMatter fm = parse(text);
    assertNull(fm.title());
    assertEquals(text, fm.body());
  }

  @Test
  void longerClosingSeparatorDoesNotCloseAShorterOpening() {
    String text = "---\ntitle: Short\n-----\nbody";
    FrontMatter fm = parse(text);
    assertNull(fm.title());
    assertEquals(text, fm.body());
  }

  @Test
  void laterMatchingSeparatorCloses() {
    FrontMatter fm = parse("----\ntitle: T\n---\nnote: x\n----\nbody");
    assertEquals("T", fm.title());
    assertEquals(Map.of("note", "x"), Map.copyOf(fm.other()));
    assertEquals("body", fm.body());
  }

  @Test
  void unclosedBlockIsNoFrontMatter() {
    String text = "---\ntitle: Open\nbody";
    assertEquals(text, parse(text).body());
    assertNull(parse(text).title());
  }

  @Test
  void separatorAloneIsBody() {
    assertEquals("---", parse("---").body());
  }

  @Test
  void trailingBlanksOnSeparatorLines() {
    FrontMatter fm = parse("--- \ntitle: T\n---\t\nbody");
    assertEquals("T", fm.title());
    assertEquals("body", fm.body());
  }

  @Test
  void blankLinesBeforeTheOpeningSeparator() {
    FrontMatter fm = parse("\n  \r\n---\ntitle: Late\n---\nbody");
    assertEquals("Late", fm.title());
    assertEquals("body", fm.body());
    parse("\n---\nbad: 'x' y\n---\n");
    assertTrue(warnings.get(0).message().contains("line 3"), warnings.get(0).message());
  }

  @Test
  void onlyFrontMatterGivesEmptyBody() {
    FrontMatter fm = parse("---\ntitle: Only\n---");
    assertEquals("Only", fm.title());
    assertEquals("", fm.body());
    assertEquals("", parse("---\ntitle: Only\n---\n").body());
  }

  @Test
  void emptyBlockIsEmptyFrontMatter() {
    FrontMatter fm = parse("---\n---\nbody");
    assertNull(fm.title());
    assertEquals("body", fm.body());
  }

  @Test
  void noFrontMatter() {
    String text = "# Title\n\nJust text.\n";
    FrontMatter fm = parse(text);
    assertEquals(text, fm.body());
    assertNull(fm.title());
    assertEquals(List.of(), fm.tags());
  }

  @Test
  void emptyText() {
    FrontMatter fm = parse("");
    assertEquals("", fm.body());
    assertNull(fm.title());
  }

  @Test
  void mappingsWhereNamesBelongAreIgnoredWithAWarning() {
    FrontMatter fm = parse("---\ntitle: T\ntags:\n  win10: 1\ncategories:\n  - a\n  - {b: c}\nkeywords: [k]\n---\nbody\n");
    assertEquals(List.of(), fm.tags());
    assertEquals(List.of(List.of("a")), fm.categories());
    assertEquals(List.of("k"), fm.keywords());
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).message().startsWith("front matter tags holds a mapping"), warnings.get(0).message());
    assertTrue(warnings.get(1).message().startsWith("front matter categories holds a mapping"), warnings.get(1).message());
  }

  @Test
  void blockThatIsNotAMappingIsBodyAsInHexo() {
    String text = "---\njust a sentence\n---\nbody";
    FrontMatter fm = parse(text);
    assertEquals(text, fm.body());
    assertNull(fm.title());
    assertTrue(warnings.isEmpty());
  }

  @Test
  void newerFormWithoutOpeningSeparator() {
    FrontMatter fm = parse("title: Newer\ntags: [a, b]\n---\nbody text");
    assertEquals("Newer", fm.title());
    assertEquals(List.of("a", "b"), fm.tags());
    assertEquals("body text", fm.body());
  }

  @Test
  void newerFormNeedsAMapping() {
    String setextHeading = "A heading\n---\ntext";
    assertEquals(setextHeading, parse(setextHeading).body());
    String prose = "Some prose.\n\nMore prose.\n\n---\n\nAfter the rule.";
    assertEquals(prose, parse(prose).body());
    assertNull(parse(prose).title());
  }

  @Test
  void newerFormThatYamlRejectsIsBodyWithoutWarning() {
    String text = "It's: 'broken\n  - x: [\n---\nbody";
    assertEquals(text, parse(text).body());
    assertTrue(warnings.isEmpty());
  }

  @Test
  void newerFormThatYamlRejectsButOpensWithAKnownFieldIsReadLineByLine() {
    FrontMatter fm = parse("title: 'Don't Drop Frames'\ndate: 2024-05-15 12:00:00\ntags:\n- video\n---\nBody text here.");
    assertEquals("Body text here.", fm.body());
    assertTrue(fm.title().contains("Don't Drop Frames"), fm.title());
    assertEquals(List.of("video"), fm.tags());
    assertEquals(java.time.Instant.parse("2024-05-15T12:00:00Z"), fm.date());
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).message().startsWith("front matter is not valid YAML (line 1"), warnings.get(0).message());
    String notFrontMatter = "Note: 'broken\n---\nbody"; // a first key Hexo does not know: body, as before
    assertEquals(notFrontMatter, parse(notFrontMatter).body());
    // Prose among the lines, or a key without its space: text before a horizontal rule, kept whole as body.
    String prose = "title: 'broken\nSome prose that is no field.\n---\nbody";
    assertEquals(prose, parse(prose).body());
    String noSpace = "title:foo\n'x\n---\nbody";
    assertEquals(noSpace, parse(noSpace).body());
    assertEquals(1, warnings.size(), "only the first text warned: " + warnings);
  }

  @Test
  void newerFormSeparatorMustComeEarly() {
    String text = "title: Far\n" + "x".repeat(FrontMatterBlock.MAX_UNPREFIXED) + "\n---\nbody";
    assertEquals(text, parse(text).body());
  }

  @Test
  void byteOrderMarkIsSkipped() {
    FrontMatter fm = parse("\uFEFF---\ntitle: Bom\n---\nbody");
    assertEquals("Bom", fm.title());
    assertEquals("body", fm.body());
    assertEquals("plain", parse("\uFEFFplain").body());
  }

  @Test
  void crlfLineEnds() {
    FrontMatter fm = parse("---\r\ntitle: Windows\r\ntags:\r\n  - a\r\n  - b\r\n---\r\nline one\r\nline two\r\n");
    assertEquals("Windows", fm.title());
    assertEquals(List.of("a", "b"), fm.tags());
    assertEquals("line one\r\nline two\r\n", fm.body());
  }

  @Test
  void tabsIndentingYamlCountAsTwoSpaces() {
    FrontMatter fm = parse("---\ntags:\n\t- one\n\t- two\ncategories:\n\t- [a, b]\n---\nbody");
    assertEquals(List.of("one", "two"), fm.tags());
    assertEquals(List.of(List.of("a", "b")), fm.categories());
    assertTrue(warnings.isEmpty());
  }

  @Test
  void semicolonBlockWithoutBraces() {
    FrontMatter fm = parse(";;;\n\"title\": \"Json\",\n\"tags\": [\"a\", \"b\"],\n\"date\": \"2024-01-02 03:04:05\"\n;;;\nbody");
    assertEquals("Json", fm.title());
    assertEquals(List.of("a", "b"), fm.tags());
    assertEquals(Instant.parse("2024-01-02T03:04:05Z"), fm.date());
    assertEquals("body", fm.body());
  }

  @Test
  void semicolonBlockWithBraces() {
    FrontMatter fm = parse(";;;\n{\"title\": \"Braced\", \"n\": 3}\n;;;\nbody");
    assertEquals("Braced", fm.title());
    assertEquals(3, fm.other().get("n"));
    assertEquals("body", fm.body());
  }

  @Test
  void newerJsonForm() {
    FrontMatter fm = parse("\"title\": \"Newer json\"\n;;;\nbody");
    assertEquals("Newer json", fm.title());
    assertEquals("body", fm.body());
  }

  @Test
  void brokenJsonIsReadLeniently() {
    FrontMatter fm = parse(";;;\n\"title\": \"Broken\",\n\"tags\": [\"a\", \"b\"\n;;;\nbody");
    assertEquals("Broken", fm.title());
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).message().contains("JSON"), warnings.get(0).message());
    assertEquals("body", fm.body());
  }

  @Test
  void quotesInsideAQuotedTitleAreKeptAndTheOuterOnesDropped() {
    assertEquals("It's the \"best\" fix", parse("---\ntitle: \"It's the \"best\" fix\"\n---\nbody\n").title());
    assertEquals("It's broken", parse("---\ntitle: 'It's broken'\n---\nbody\n").title());
  }

  @Test
  void unbalancedQuoteKeepsFieldsAndWarnsWithLine() {
    FrontMatter fm = parse("""
        ---
        title: 'Speed Benchy' Masterpiece in Two Minutes
        date: 2024-08-15T06:23:13.370Z
        updated: 2024-08-16 06:23:13
        tags:
          - printer
          - "3d"
        categories:
          - hardware
          - tips
        description: "Quoted text"
        keywords: a, b
        thumbnail: https://example.com/t.jpg
        ---
        body
        """);
    assertEquals("'Speed Benchy' Masterpiece in Two Minutes", fm.title());
    assertEquals(Instant.parse("2024-08-15T06:23:13.370Z"), fm.date());
    assertEquals(Instant.parse("2024-08-16T06:23:13Z"), fm.updated());
    assertEquals(List.of("printer", "3d"), fm.tags());
    assertEquals(List.of(List.of("hardware", "tips")), fm.categories());
    assertEquals("Quoted text", fm.description());
    assertEquals(List.of("a", "b"), fm.keywords());
    assertEquals("https://example.com/t.jpg", fm.thumbnail());
    assertEquals("body\n", fm.body());
    assertEquals(1, warnings.size());
    Problem warning = warnings.get(0);
    assertEquals("post.md", warning.path());
    assertTrue(warning.message().contains("line 2"), warning.message());
    assertTrue(!warning.rejected());
  }

  @Test
  void warningLineCountsFromTheFileStart() {
    parse("---\ntitle: ok\nauthor: me\nbad: 'x' y\n---\nbody");
    assertTrue(warnings.get(0).message().contains("line 4"), warnings.get(0).message());
  }

  @Test
  void doubledQuotesInTitle() {
    FrontMatter fm = parse("---\ntitle: ''Munich Re''' - Munich Re AG\ndate: 2024-09-30T08:37:58.597Z\n---\nx");
    assertEquals("''Munich Re''' - Munich Re AG", fm.title());
    assertEquals(Instant.parse("2024-09-30T08:37:58.597Z"), fm.date());
  }

  @Test
  void flowListsQuotesCommentsAndBlocks() {
    FrontMatter fm = parse("""
        ---
        title: "It's \\"fine\\"" trailing
        tags: [a, 'b c', "d"]
        categories: [[x, y], [z]]
        excerpt: |
          line one
          line two
        description: plain # a comment
        extra:
          nested: value
        ---
        """);
    assertEquals(1, warnings.size());
    assertEquals("\"It's \\\"fine\\\"\" trailing", fm.title());
    assertEquals(List.of("a", "b c", "d"), fm.tags());
    assertEquals(List.of(List.of("x", "y"), List.of("z")), fm.categories());
    assertEquals("line one\nline two", fm.excerpt());
    assertEquals("plain", fm.description());
    assertEquals(Map.of("nested", "value"), fm.other().get("extra"));
  }

  @Test
  void duplicateKeysAreReadLenientlyLastWins() {
    FrontMatter fm = parse("---\ntitle: first\ntitle: second\n---\n");
    assertEquals("second", fm.title());
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).message().contains("line 3"), warnings.get(0).message());
  }

  @Test
  void continuationLinesJoinAPlainScalar() {
    FrontMatter fm = parse("---\ntitle: a 'b\n  continued here\n---\n");
    assertEquals("a 'b continued here", fm.title());
  }

  @Test
  void tagsAsListOrOneString() {
    assertEquals(List.of("a", "b"), parse("---\ntags: [a, b]\n---\n").tags());
    assertEquals(List.of("one tag, with comma"), parse("---\ntags: one tag, with comma\n---\n").tags());
    assertEquals(List.of("x"), parse("---\ntag: x\n---\n").tags());
    assertEquals(List.of("42", "true"), parse("---\ntags: [42, true, '', ~]\n---\n").tags());
    assertEquals(List.of(), parse("---\ntags:\n---\n").tags());
  }

  @Test
  void keywordsAsListOrCommaSeparatedString() {
    assertEquals(List.of("a b", "c"), parse("---\nkeywords: [a b, c]\n---\n").keywords());
    assertEquals(List.of("Canon driver", "Printer fix", "x"), parse("---\nkeywords: Canon driver,Printer fix, ,x,\n---\n").keywords());
    assertEquals(List.of(), parse("---\ntitle: t\n---\n").keywords());
  }

  @Test
  void categoriesFlatListIsOnePathParentFirst() {
    assertEquals(List.of(List.of("os", "windows 11")), parse("---\ncategories: [os, windows 11]\n---\n").categories());
    assertEquals(List.of(List.of("PrinterIssues")), parse("---\ncategories:\n  - PrinterIssues\n---\n").categories());
  }

  @Test
  void categoriesListOfListsIsSeveralPaths() {
    assertEquals(List.of(List.of("a", "b"), List.of("c")), parse("---\ncategories: [[a, b], [c]]\n---\n").categories());
  }

  @Test
  void categoriesMixedListFollowsHexoSetCategories() {
    // Hexo: once any element is a list, every element is its own path
    assertEquals(
        List.of(List.of("a"), List.of("b", "c"), List.of("d")),
        parse("---\ncategories:\n  - a\n  - [b, c]\n  - d\n---\n").categories());
  }

  @Test
  void categoriesSingleStringAliasAndEmpties() {
    assertEquals(List.of(List.of("solo")), parse("---\ncategories: solo\n---\n").categories());
    assertEquals(List.of(List.of("alias")), parse("---\ncategory: alias\n---\n").categories());
    assertEquals(List.of(List.of("a", "b")), parse("---\ncategories: [a, '', ~, b]\n---\n").categories());
    assertEquals(List.of(List.of("x")), parse("---\ncategories: [[], [x]]\n---\n").categories());
    assertEquals(List.of(), parse("---\ncategories:\n---\n").categories());
  }

  @Test
  void knownScalarsAndOtherKeys() {
    FrontMatter fm = parse("""
        ---
        title: 2024
        description: d
        excerpt: e
        thumbnail: t.png
        permalink: /custom/
        url: https://example.com/x/
        author: me
        published: false
        meta: {a: 1}
        ---
        """);
    assertEquals("2024", fm.title());
    assertEquals("d", fm.description());
    assertEquals("e", fm.excerpt());
    assertEquals("t.png", fm.thumbnail());
    assertEquals("/custom/", fm.permalink());
    assertEquals("https://example.com/x/", fm.url());
    assertEquals(List.of("author", "published", "meta"), List.copyOf(fm.other().keySet()));
    assertEquals(false, fm.other().get("published"));
    assertEquals(Map.of("a", 1), fm.other().get("meta"));
  }

  @Test
  void blankTitleIsAbsent() {
    assertNull(parse("---\ntitle: '  '\n---\n").title());
    assertNull(parse("---\ntitle: [a]\n---\n").title());
  }

  private Instant date(String value) {
    return parse("---\ndate: " + value + "\n---\n").date();
  }

  @Test
  void isoWithZone() {
    assertEquals(Instant.parse("2024-10-10T23:25:21.401Z"), date("2024-10-10T23:25:21.401Z"));
    assertEquals(Instant.parse("2024-10-10T21:25:21Z"), date("2024-10-10T23:25:21+02:00"));
    assertEquals(Instant.parse("2024-10-10T15:25:21Z"), date("2024-10-10 23:25:21 +0800"));
    assertEquals(Instant.parse("2024-10-10T15:25:21Z"), date("2024-10-10 23:25:21 +8"));
    assertEquals(Instant.parse("2024-10-11T03:55:21Z"), date("2024-10-10T23:25:21-04:30"));
  }

  @Test
  void withoutZoneIsUtc() {
    assertEquals(Instant.parse("2024-09-19T10:43:44Z"), date("2024-09-19 10:43:44"));
    assertEquals(Instant.parse("2024-09-19T10:43:44Z"), date("2024-09-19T10:43:44"));
    assertEquals(Instant.parse("2024-09-19T10:43:00Z"), date("2024-09-19 10:43"));
    assertEquals(Instant.parse("2024-09-19T00:00:00Z"), date("2024-09-19"));
    assertEquals(Instant.parse("2024-09-01T09:05:03Z"), date("2024-9-1 9:05:03"));
    assertEquals(Instant.parse("2024-09-19T00:00:00Z"), date("'2024-09-19'"));
    assertEquals(Instant.parse("2024-09-19T00:00:00Z"), date("2024/09/19"));
  }

  @Test
  void withoutZoneInTheSiteTimezone() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    assertEquals(Instant.parse("2024-09-19T02:43:44Z"), parse("---\ndate: 2024-09-19 10:43:44\n---\n", shanghai).date());
    assertEquals(Instant.parse("2024-09-18T16:00:00Z"), parse("---\ndate: 2024-09-19\n---\n", shanghai).date());
    assertEquals(Instant.parse("2024-09-19T10:43:44Z"), parse("---\ndate: 2024-09-19T10:43:44Z\n---\n", shanghai).date());
  }

  @Test
  void updatedToo() {
    assertEquals(Instant.parse("2024-10-18T01:40:35.248Z"), parse("---\nupdated: 2024-10-18T01:40:35.248Z\n---\n").updated());
  }

  @Test
  void unreadableOrMissingIsNull() {
    assertNull(date("2024-13-01"));
    assertNull(date("2024-02-30 10:00:00"));
    assertNull(date("yesterday"));
    assertNull(date("1700000000"));
    assertNull(date(""));
    assertNull(date("2024-01-01T25:00:00"));
    assertNull(parse("---\ntitle: t\n---\n").date());
    assertNull(parse("no front matter").date());
  }
}
