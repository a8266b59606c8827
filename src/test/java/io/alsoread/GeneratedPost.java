package io.alsoread;

import java.time.Instant;
import java.util.List;

/**
 * What one generated post's file says, as {@link MutableCrawl} changes it and {@link PostFiles}
 * writes it.
 *
 * @param date null for an undated post
 * @param permalink the front matter permalink (absolute, or a path under the site's URL), or null;
 *     a page's canonical URL
 * @param heading whether the body opens with the title as a heading, as the network's copies do
 * @param markdownLinks whether the "Also read" block is a Markdown heading and list, else the span form
 * @param more the front matter fields most posts leave out
 * @param listing whether a page says it is no article ({@code og:type} website)
 */
record GeneratedPost(String title, List<String> tags, List<List<String>> categories, Instant date, String permalink, boolean heading,
    List<String> paragraphs, List<Link> links, boolean markdownLinks, Extras more, boolean listing) {
  GeneratedPost {
    tags = List.copyOf(tags);
    categories = categories.stream().map(List::copyOf).toList();
    paragraphs = List.copyOf(paragraphs);
    links = List.copyOf(links);
  }

  GeneratedPost withTitle(String t) {
    return new GeneratedPost(t, tags, categories, date, permalink, heading, paragraphs, links, markdownLinks, more, listing);
  }

  GeneratedPost withTags(List<String> t) {
    return new GeneratedPost(title, t, categories, date, permalink, heading, paragraphs, links, markdownLinks, more, listing);
  }

  GeneratedPost withCategories(List<List<String>> c) {
    return new GeneratedPost(title, tags, c, date, permalink, heading, paragraphs, links, markdownLinks, more, listing);
  }

  GeneratedPost withDate(Instant d) {
    return new GeneratedPost(title, tags, categories, d, permalink, heading, paragraphs, links, markdownLinks, more, listing);
  }

  GeneratedPost withPermalink(String p) {
    return new GeneratedPost(title, tags, categories, date, p, heading, paragraphs, links, markdownLinks, more, listing);
  }

  GeneratedPost withHeading(boolean h) {
    return new GeneratedPost(title, tags, categories, date, permalink, h, paragraphs, links, markdownLinks, more, listing);
  }

  GeneratedPost withParagraphs(List<String> p) {
    return new GeneratedPost(title, tags, categories, date, permalink, heading, p, links, markdownLinks, more, listing);
  }

  GeneratedPost withLinks(List<Link> l) {
    return new GeneratedPost(title, tags, categories, date, permalink, heading, paragraphs, l, markdownLinks, more, listing);
  }

  GeneratedPost withMore(Extras m) {
    return new GeneratedPost(title, tags, categories, date, permalink, heading, paragraphs, links, markdownLinks, m, listing);
  }

  GeneratedPost withListing(boolean l) {
    return new GeneratedPost(title, tags, categories, date, permalink, heading, paragraphs, links, markdownLinks, more, l);
  }

  /** An "Also read" entry. */
  record Link(String url, String title) {}

  /**
   * Front matter fields most posts leave out.
   *
   * @param description null when absent
   * @param updated null when absent
   * @param author null when absent (a key alsoread keeps as it is)
   */
  record Extras(String description, List<String> keywords, Instant updated, String author) {
    static final Extras NONE = new Extras(null, List.of(), null, null);

    Extras {
      keywords = List.copyOf(keywords);
    }
  }
}
