package io.alsoread.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides every synthetic article as a pure function of its number and the seed, so that any
 * article can name any other (for "Also read" links) without holding a million plans in memory,
 * and the same seed always makes the same crawl.
 *
 * <p>An article copies a real post drawn uniformly (so sites and duplication keep the real
 * proportions), takes the title of a random copy of the same body, spun half of the time the way
 * the network spins titles, and the tags and categories of another random copy.
 */
final class SynthPlanner {
  private static final String[] SPINS = {"[New] ", "[Updated] ", "2024 Approved: ", "In 2024, ", "New ", "Updated "};
  private static final int SLUG_LENGTH_MAX = 60;

  private final RealCrawl real;
  private final List<String> hosts;
  private final long count;
  private final long seed;

  SynthPlanner(RealCrawl real, long count, long seed) {
    this.real = real;
    this.count = count;
    this.seed = seed;
    this.hosts = real.sites().stream().map(SynthPlanner::synthHost).toList();
  }

  long count() {
    return count;
  }

  /** The synthetic sites' hosts, in the order of the real ones. */
  List<String> hosts() {
    return hosts;
  }

  SynthArticle plan(long number) {
    SplittableRandom random = random(number);
    RealPost source = real.posts().get(random.nextInt(real.posts().size()));
    List<RealPost> copies = real.copiesOf(source);
    String title = copies.get(random.nextInt(copies.size())).title();
    if (random.nextBoolean()) {
      title = SPINS[random.nextInt(SPINS.length)] + title;
    }
    RealPost donor = copies.get(random.nextInt(copies.size()));
    String slug = slug(title) + "-" + Long.toString(number, 36);
    return new SynthArticle(number, source, donor, hosts.get(source.site()), title, slug, random.nextLong());
  }

  /**
   * Another article for a link from {@code from}: like the real network's lists, mostly on the same
   * site (a few draws), any site otherwise.
   */
  SynthArticle linkTarget(SynthArticle from, SplittableRandom random) {
    SynthArticle target = null;
    for (int attempt = 0; attempt < 4; attempt++) {
      target = plan(random.nextLong(count));
      if (target.host().equals(from.host()) && target.number() != from.number()) {
        return target;
      }
    }
    return target;
  }

  /** {@code vp-tips.techidaily.com} becomes {@code vp-tips.synth.example}. */
  static String synthHost(String realHost) {
    int dot = realHost.indexOf('.');
    return (dot < 0 ? realHost : realHost.substring(0, dot)) + ".synth.example";
  }

  /** Lower-case letters and digits joined by single dashes, at most about 60 characters, like Hexo's slugs. */
  static String slug(String title) {
    StringBuilder slug = new StringBuilder(Math.min(title.length(), SLUG_LENGTH_MAX + 8));
    boolean dash = false;
    for (int i = 0; i < title.length() && slug.length() < SLUG_LENGTH_MAX; i++) {
      char c = Character.toLowerCase(title.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return slug.length() == 0 ? "post" : slug.toString();
  }

  private SplittableRandom random(long number) {
    return new SplittableRandom(seed ^ (number * 0x9E3779B97F4A7C15L));
  }
}
