package io.alsoread.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a synthetic article as a Hexo post: new front matter (its title, the donor's tags and
 * categories, the source's other fields, a shifted date) over the source's body, whose "Also read"
 * links into the real crawl are re-pointed at synthetic articles. Links to hosts outside the real
 * crawl are kept as they are: dangling there, dangling here.
 */
final class PostWriter {
  private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\"><u>(.*?)</u></a>");
  private static final DateTimeFormatter HEXO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  /** How far back (days) a copy's date may move from its source's, so copies spread over years. */
  private static final int DATE_SPREAD_DAYS = 540;

  private final SynthPlanner planner;
  private final Set<String> realHosts;

  PostWriter(SynthPlanner planner, List<String> realHosts) {
    this.planner = planner;
    this.realHosts = Set.copyOf(realHosts);
  }

  void write(SynthArticle article, Path postsDir) throws IOException {
    PostText source = PostText.split(Files.readString(article.source().file(), StandardCharsets.UTF_8));
    if (source == null) {
      throw new IOException("front matter vanished from " + article.source().file());
    }
    SplittableRandom random = new SplittableRandom(article.seed());
    StringBuilder text = new StringBuilder(source.body().length() + 2048);
    frontMatter(text, article, random);
    body(text, article, source, random);
    Files.writeString(postsDir.resolve(article.slug() + ".md"), text, StandardCharsets.UTF_8);
  }

  private static void frontMatter(StringBuilder text, SynthArticle article, SplittableRandom random) {
    RealPost source = article.source();
    text.append("---\n");
    text.append("title: ").append(quoted(article.title())).append('\n');
    String date = shifted(source.date(), random.nextInt(DATE_SPREAD_DAYS));
    if (date != null) {
      text.append("date: ").append(date).append('\n');
      text.append("updated: ").append(date).append('\n');
    }
    if (!article.donor().tags().isEmpty()) {
      text.append("tags:\n");
      article.donor().tags().forEach(tag -> text.append("  - ").append(quoted(tag)).append('\n'));
    }
    categories(text, article.donor().categories());
    if (source.description() != null) {
      text.append("description: ").append(quoted(source.description().replace(source.title(), article.title()))).append('\n');
    }
    if (source.keywords() != null) {
      text.append("keywords: ").append(quoted(source.keywords())).append('\n');
    }
    if (source.thumbnail() != null) {
      text.append("thumbnail: ").append(quoted(source.thumbnail())).append('\n');
    }
    text.append("---\n");
  }

  /** Hexo's two forms as the donor wrote them: a list of names (one path) or a list of lists (several). */
  private static void categories(StringBuilder text, Object categories) {
    if (!(categories instanceof List<?> list) || list.isEmpty()) {
      if (categories instanceof String single) {
        text.append("categories: ").append(quoted(single)).append('\n');
      }
      return;
    }
    text.append("categories:\n");
    for (Object entry : list) {
      text.append("  - ");
      if (entry instanceof List<?> path) {
        text.append('[');
        for (int i = 0; i < path.size(); i++) {
          text.append(i == 0 ? "" : ", ").append(quoted(String.valueOf(path.get(i))));
        }
        text.append(']');
      } else {
        text.append(quoted(String.valueOf(entry)));
      }
      text.append('\n');
    }
  }

  private void body(StringBuilder text, SynthArticle article, PostText source, SplittableRandom random) {
    String body = source.body();
    if (source.alsoReadStart() < 0) {
      text.append(body);
      return;
    }
    text.append(body, 0, source.alsoReadStart());
    Matcher link = LINK.matcher(body).region(source.alsoReadStart(), source.alsoReadEnd());
    int copied = source.alsoReadStart();
    while (link.find()) {
      if (!realHosts.contains(host(link.group(1)))) {
        continue;
      }
      SynthArticle target = planner.linkTarget(article, random);
      text.append(body, copied, link.start())
          .append("<a href=\"").append(target.url()).append("\"><u>").append(escaped(target.title())).append("</u></a>");
      copied = link.end();
    }
    text.append(body, copied, body.length());
  }

  /** The date moved {@code days} back, written as Hexo writes it; null stays null, an unreadable date stays as written. */
  static String shifted(String date, int days) {
    if (date == null) {
      return null;
    }
    try {
      return Instant.parse(date).minus(days, ChronoUnit.DAYS).toString();
    } catch (DateTimeParseException notInstant) {
      try {
        return LocalDateTime.parse(date, HEXO_DATE).minusDays(days).format(HEXO_DATE);
      } catch (DateTimeParseException unreadable) {
        return quoted(date);
      }
    }
  }

  private static String host(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return "";
    }
    int end = url.indexOf('/', scheme + 3);
    return url.substring(scheme + 3, end < 0 ? url.length() : end).toLowerCase(Locale.ROOT);
  }

  /** A YAML double-quoted scalar. */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
