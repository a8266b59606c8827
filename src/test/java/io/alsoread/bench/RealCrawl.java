package io.alsoread.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The real crawl a synthetic one is sampled from: its Hexo site roots and their posts, grouped by
 * body (the network republishes one body under many titles). Posts whose front matter a strict YAML
 * parser rejects are left out; a sample does not need them.
 */
final class RealCrawl {
  private final List<String> sites;
  private final List<RealPost> posts;
  private final Map<Long, List<RealPost>> copies;

  private RealCrawl(List<String> sites, List<RealPost> posts) {
    this.sites = List.copyOf(sites);
    this.posts = List.copyOf(posts);
    Map<Long, List<RealPost>> groups = new HashMap<>();
    posts.forEach(post -> groups.computeIfAbsent(post.bodyKey(), key -> new ArrayList<>()).add(post));
    this.copies = groups;
  }

  /** Hosts of the site roots, in folder name order. */
  List<String> sites() {
    return sites;
  }

  List<RealPost> posts() {
    return posts;
  }

  /** The posts sharing {@code post}'s body, itself included. */
  List<RealPost> copiesOf(RealPost post) {
    return copies.get(post.bodyKey());
  }

  /** Reads every Hexo site root (a folder with {@code _config.yml} and {@code source/_posts}) directly under {@code root}. */
  static RealCrawl read(Path root) throws IOException {
    List<Path> siteRoots;
    try (Stream<Path> children = Files.list(root)) {
      siteRoots = children.filter(dir -> Files.isRegularFile(dir.resolve("_config.yml")) && Files.isDirectory(dir.resolve("source/_posts")))
          .sorted().toList();
    }
    if (siteRoots.isEmpty()) {
      throw new IllegalArgumentException("no Hexo site roots (folders with _config.yml and source/_posts) in " + root);
    }
    List<String> hosts = new ArrayList<>();
    List<RealPost> posts = new ArrayList<>();
    for (Path siteRoot : siteRoots) {
      int site = hosts.size();
      hosts.add(host(siteRoot));
      List<Path> files;
      try (Stream<Path> walk = Files.walk(siteRoot.resolve("source/_posts"))) {
        files = walk.filter(file -> file.toString().endsWith(".md") && Files.isRegularFile(file)).sorted().toList();
      }
      files.parallelStream().map(file -> post(file, site)).filter(post -> post != null).forEachOrdered(posts::add);
    }
    return new RealCrawl(hosts, posts);
  }

  private static String host(Path siteRoot) throws IOException {
    Object config = yaml().loadFromString(Files.readString(siteRoot.resolve("_config.yml"), StandardCharsets.UTF_8));
    if (config instanceof Map<?, ?> map && map.get("url") instanceof String url) {
      String host = URI.create(url.strip()).getHost();
      if (host != null) {
        return host.toLowerCase(Locale.ROOT);
      }
    }
    return siteRoot.getFileName().toString();
  }

  /** The post in {@code file}, or null when its front matter is missing or not strict YAML. */
  private static RealPost post(Path file, int site) {
    PostText text;
    try {
      text = PostText.split(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (text == null) {
      return null;
    }
    Object parsed;
    try {
      parsed = yaml().loadFromString(text.frontMatter());
    } catch (YamlEngineException e) {
      return null;
    }
    if (!(parsed instanceof Map<?, ?> fields) || !(fields.get("title") instanceof String title)) {
      return null;
    }
    List<String> tags = new ArrayList<>();
    if (fields.get("tags") instanceof List<?> list) {
      list.forEach(tag -> tags.add(String.valueOf(tag)));
    }
    return new RealPost(file, site, title, string(fields.get("date")), List.copyOf(tags), fields.get("categories"),
        string(fields.get("keywords")), string(fields.get("description")), string(fields.get("thumbnail")), text.bodyKey());
  }

  private static String string(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  /** A fresh loader: snakeyaml-engine's {@code Load} is not thread-safe. */
  private static Load yaml() {
    return new Load(LoadSettings.builder().build());
  }
}
