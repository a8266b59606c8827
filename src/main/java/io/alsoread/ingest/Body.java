package io.alsoread.ingest;

import java.util.List;

/**
 * The reader-visible parts of an article body.
 *
 * @param text readable text: rendered, tags removed, entities decoded, without ads, scripts, media
 *     or the "Also read" block; paragraphs separated by blank lines
 * @param alsoRead the "Also read" entries in order (normalised URLs)
 * @param firstHeading text of the first heading, or "" (a title fallback)
 */
public record Body(String text, List<Link> alsoRead, String firstHeading) {
  public Body {
    alsoRead = List.copyOf(alsoRead);
  }
}
