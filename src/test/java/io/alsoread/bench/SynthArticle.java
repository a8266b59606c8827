package io.alsoread.bench;

/**
 * The plan of one synthetic article: which real post's body it copies, under which title and slug,
 * on which synthetic site, and which copy of that body lends it tags and categories.
 *
 * @param number the article's number, 0 to N-1; its slug ends with it, so slugs are unique
 * @param seed the article's own random seed, for the choices made while writing it
 */
record SynthArticle(long number, RealPost source, RealPost donor, String host, String title, String slug, long seed) {

  String url() {
    return "https://" + host + "/" + slug + "/";
  }
}
