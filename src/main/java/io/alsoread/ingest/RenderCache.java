package io.alsoread.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

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

  private final long maxChars;
  private final Map<String, BodyPart> parts = new LinkedHashMap<>(256, 0.75f, true);
  private long chars;

  /** A cache of at most {@code maxChars} characters; 0 keeps nothing. */
  public RenderCache(long maxChars) {
    this.maxChars = maxChars;
  }

  /** A cache that keeps nothing. */
  public static RenderCache none() {
    return new RenderCache(0);
  }

  /** Lets go of every entry. */
  public synchronized void clear() {
    parts.clear();
    chars = 0;
  }

  /** Entries held. */
  synchronized int size() {
    return parts.size();
  }

  synchronized BodyPart get(String markdown) {
    return parts.get(markdown);
  }

  synchronized void put(String markdown, BodyPart part) {
    long size = markdown.length() + part.chars();
    if (size > maxChars / 4) {
      return; // one huge post would push out everything else
    }
    if (parts.put(markdown, part) == null) {
      chars += size;
    }
    var eldest = parts.entrySet().iterator();
    while (chars > maxChars && eldest.hasNext()) {
      Map.Entry<String, BodyPart> e = eldest.next();
      chars -= e.getKey().length() + e.getValue().chars();
      eldest.remove();
    }
  }
}
