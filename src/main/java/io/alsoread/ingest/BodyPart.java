package io.alsoread.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The readable parts of a stretch of an article body, before its links are resolved: the text of
 * its blocks, its "Also read" entries with their hrefs as written, and its first heading. A whole
 * body is the join of the parts of its stretches in order.
 *
 * @param text block text, without leading or trailing white space
 * @param alsoRead "Also read" entries whose url is the href as written
 * @param firstHeading text of the first heading that has any, or ""
 */
record BodyPart(String text, List<Link> alsoRead, String firstHeading) {
  static final BodyPart EMPTY = new BodyPart("", List.of(), "");

  BodyPart {
    alsoRead = List.copyOf(alsoRead);
  }

  /** The parts of consecutive stretches as one: texts separated by a blank line, as between blocks. */
  static BodyPart join(BodyPart first, BodyPart second, BodyPart third) {
    StringBuilder text = new StringBuilder(first.text.length() + second.text.length() + third.text.length() + 4);
    List<Link> links = new ArrayList<>(first.alsoRead.size() + second.alsoRead.size() + third.alsoRead.size());
    String heading = "";
    for (BodyPart part : new BodyPart[] {first, second, third}) {
      if (!part.text.isEmpty()) {
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        text.append(part.text);
      }
      links.addAll(part.alsoRead);
      if (heading.isEmpty()) {
        heading = part.firstHeading;
      }
    }
    return new BodyPart(text.toString(), links, heading);
  }

  /** The body, with each href resolved against {@code baseUrl}; hrefs that resolve to no usable URL are left out. */
  Body resolve(String baseUrl) {
    List<Link> links = new ArrayList<>(alsoRead.size());
    for (Link link : alsoRead) {
      String url = Urls.resolve(baseUrl, link.url());
      if (url != null) {
        links.add(new Link(url, link.title()));
      }
    }
    return new Body(text, links, firstHeading);
  }

  /** Characters held, to bound a cache of parts. */
  long chars() {
    long chars = text.length() + firstHeading.length();
    for (Link link : alsoRead) {
      chars += link.url().length() + link.title().length();
    }
    return chars;
  }
}
