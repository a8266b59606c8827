package io.alsoread;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The text of a generated post's file: Markdown with Hexo front matter, or, for a rendered page,
 * HTML as a blog theme writes it (metadata in meta tags, the body in the article element).
 */
final class PostFiles {
  /** Front matter dates are written as UTC's wall time, without a zone: a site reads them in its own. */
  private static final DateTimeFormatter FRONT_MATTER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private PostFiles() {}

  static String markdown(GeneratedPost post) {
    StringBuilder text = new StringBuilder("---\n");
    text.append("title: \"").append(post.title()).append("\"\n");
    if (post.date() != null) {
      text.append("date: ").append(FRONT_MATTER_DATE.format(post.date())).append('\n');
    }
    text.append("tags:\n");
    post.tags().forEach(tag -> text.append("  - ").append(tag).append('\n'));
    if (post.categories().size() == 1) {
      text.append("categories:\n");
      post.categories().get(0).forEach(c -> text.append("  - ").append(c).append('\n'));
    } else if (!post.categories().isEmpty()) {
      text.append("categories:\n");
      post.categories().forEach(path -> text.append("  - [").append(String.join(", ", path)).append("]\n"));
    }
    if (post.permalink() != null) {
      text.append("permalink: ").append(post.permalink()).append('\n');
    }
    GeneratedPost.Extras more = post.more();
    if (more.description() != null) {
      text.append("description: \"").append(more.description()).append("\"\n");
    }
    if (!more.keywords().isEmpty()) {
      text.append("keywords:\n");
      more.keywords().forEach(k -> text.append("  - ").append(k).append('\n'));
    }
    if (more.updated() != null) {
      text.append("updated: ").append(FRONT_MATTER_DATE.format(more.updated())).append('\n');
    }
    if (more.author() != null) {
      text.append("author: ").append(more.author()).append('\n');
    }
    text.append("---\n\n");
    if (post.heading()) {
      text.append("## ").append(post.title()).append("\n\n");
    }
    post.paragraphs().forEach(p -> text.append(p).append("\n\n"));
    if (!post.links().isEmpty()) {
      if (post.markdownLinks()) {
        text.append("## Also read\n\n");
        post.links().forEach(l -> text.append("- [").append(l.title()).append("](").append(l.url()).append(")\n"));
      } else {
        text.append("<span class=\"atpl-alsoreadstyle\">Also read:</span>\n<div><ul>\n");
        post.links().forEach(l -> text.append("<li><a href=\"").append(l.url()).append("\"><u>").append(l.title()).append("</u></a></li>\n"));
        text.append("</ul></div>\n");
      }
    }
    return text.toString();
  }

  /** A page as the site's theme renders the post. */
  static String html(GeneratedPost post) {
    StringBuilder text = new StringBuilder("<!DOCTYPE html><html><head><title>").append(post.title()).append(" - Alpha</title>\n");
    text.append("<link rel=\"canonical\" href=\"").append(post.permalink()).append("\"/>\n");
    text.append("<meta property=\"og:site_name\" content=\"Alpha\"/>\n");
    text.append("<meta property=\"og:type\" content=\"").append(post.listing() ? "website" : "article").append("\"/>\n");
    if (post.date() != null && !post.listing()) {
      text.append("<meta property=\"article:published_time\" content=\"").append(post.date()).append("\"/>\n");
    }
    if (post.more().updated() != null) {
      text.append("<meta property=\"article:modified_time\" content=\"").append(post.more().updated()).append("\"/>\n");
    }
    post.tags().forEach(tag -> text.append("<meta property=\"article:tag\" content=\"").append(tag).append("\"/>\n"));
    if (!post.categories().isEmpty()) {
      text.append("<meta property=\"article:section\" content=\"").append(post.categories().get(0).get(0)).append("\"/>\n");
    }
    if (post.more().description() != null) {
      text.append("<meta name=\"description\" content=\"").append(post.more().description()).append("\"/>\n");
    }
    if (!post.more().keywords().isEmpty()) {
      text.append("<meta name=\"keywords\" content=\"").append(String.join(", ", post.more().keywords())).append("\"/>\n");
    }
    text.append("</head><body><nav>Home Archives</nav><article>");
    if (post.heading()) {
      text.append("<h1>").append(post.title()).append("</h1>\n");
    }
    post.paragraphs().forEach(p -> text.append("<p>").append(p).append("</p>\n"));
    if (!post.links().isEmpty()) {
      text.append("<span class=\"atpl-alsoreadstyle\">Also read:</span>\n<div><ul>\n");
      post.links().forEach(l -> text.append("<li><a href=\"").append(l.url()).append("\"><u>").append(l.title()).append("</u></a></li>\n"));
      text.append("</ul></div>\n");
    }
    text.append("</article><footer>All rights reserved</footer></body></html>\n");
    return text.toString();
  }
}
