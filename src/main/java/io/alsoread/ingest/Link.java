package io.alsoread.ingest;

import java.util.Objects;

/**
 * One entry of an article's "Also read" list: the normalised target URL and the anchor title the
 * linking article shows for it.
 */
public record Link(String url, String title) {
  public Link {
    Objects.requireNonNull(url, "url");
    title = title == null ? "" : title;
  }
}
