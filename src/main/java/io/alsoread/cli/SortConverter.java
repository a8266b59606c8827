package io.alsoread.cli;

import io.alsoread.SearchRequest.Sort;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code relevance}, {@code newest} or {@code oldest} (any case), and lists them for completion. */
final class SortConverter implements ITypeConverter<Sort>, Iterable<String> {

  static final List<String> NAMES = List.of("relevance", "newest", "oldest");

  @Override
  public Sort convert(String value) {
    Sort sort = parse(value);
    if (sort == null) {
      throw new TypeConversionException("expected relevance, newest or oldest, not '" + value + "'");
    }
    return sort;
  }

  /** The sort named {@code value}, or null. */
  static Sort parse(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "relevance" -> Sort.RELEVANCE;
      case "newest" -> Sort.NEWEST;
      case "oldest" -> Sort.OLDEST;
      default -> null;
    };
  }

  static String name(Sort sort) {
    return sort.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Iterator<String> iterator() {
    return NAMES.iterator();
  }
}
