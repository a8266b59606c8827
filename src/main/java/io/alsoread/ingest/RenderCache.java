package io.alsoread.ingest;

import io.alsoread.util.BoundedLru;

/**
 * The rendered bodies of the posts parsed last, by their Markdown, so that the copies a crawl
 * republishes under other titles are rendered once. The corpus's network repeats each body under
 * many titles, and a crawl's walk meets the copies close together: on the 7-site crawl, two thirds
 * of the posts find their body here. Bounded by the characters it
 * holds (Markdown and rendered text), least recently used first out; thread-safe.
 */
public final class RenderCache {
  /**
   * Characters an indexing run keeps: a sixty-fourth of the heap, 22 million with the launcher's
   * heap (two bytes a character at most). In the walk's order the 7-site crawl needs less than that
   * for nearly every hit; crawls in random order (the synthetic ones) gain up to the full size, and
   * the heap a large crawl is given (see the launcher) makes room for it.
   */
  public static long defaultChars() {
    return Runtime.getRuntime().maxMemory() / 64;
  }

  private final BoundedLru<String, BodyPart> parts;

  /** A cache of at most {@code maxChars} characters; 0 keeps nothing. */
  public RenderCache(long maxChars) {
    this.parts = new BoundedLru<>(maxChars, (markdown, part) -> markdown.length() + part.chars());
  }

  /** A cache that keeps nothing. */
  public static RenderCache none() {
    return new RenderCache(0);
  }

  /** Lets go of every entry. */
  public void clear() {
    parts.clear();
  }

  /** Entries held. */
  int size() {
    return parts.size();
  }

  BodyPart get(String markdown) {
    return parts.get(markdown);
  }

  void put(String markdown, BodyPart part) {
    parts.put(markdown, part);
  }
}
