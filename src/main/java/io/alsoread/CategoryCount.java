package io.alsoread;

import java.util.List;

/** A category path (parent first) and how many matching articles are in it or below it. */
public record CategoryCount(List<String> path, long count) {
  public CategoryCount {
    path = List.copyOf(path);
  }
}
