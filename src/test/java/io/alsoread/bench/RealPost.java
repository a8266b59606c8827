package io.alsoread.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * A post of the real crawl, as the synthetic crawl samples it: where it is, its site, its front
 * matter values, and the key of its body (posts with the same key are copies of one article).
 *
 * @param site index into {@link RealCrawl#sites()}
 * @param date the front matter's date as written, or null
 * @param categories Hexo categories as written: a list of names (one path) or a list of lists
 * @param bodyKey hash of the body without its "Also read" list and title heading
 */
record RealPost(
    Path file,
    int site,
    String title,
    String date,
    List<String> tags,
    Object categories,
    String keywords,
    String description,
    String thumbnail,
    long bodyKey) {}
