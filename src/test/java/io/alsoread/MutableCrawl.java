package io.alsoread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A small crawl whose posts a test changes at random, the way new crawls change the files under an
 * index: two Hexo sites ({@code alpha}, permalink {@code :title/}; {@code beta}, a date permalink, so
 * an undated post's URL follows its file's time), a host folder mirroring {@code alpha.example},
 * whose posts take the URLs of alpha's posts of the same name, and rendered pages of posts, which
 * name their URLs in canonical links. It keeps a model of every post ({@link GeneratedPost}) and
 * writes the files from it ({@link PostFiles}), with modification times from its own clock, so that
 * a seed replays the same crawl.
 */
final class MutableCrawl {
  /** A site of the crawl: where its posts lie and how their URLs are made. */
  enum Site {
    ALPHA("sites/alpha/source/_posts/"),
    BETA("sites/beta/source/_posts/"),
    MIRROR("mirror/alpha.example/"),
    /** Rendered pages, as a web crawler saves them: each names its URL in a canonical link. */
    PAGES("pages/alpha.example/");

    final String folder;

    Site(String folder) {
      this.folder = folder;
    }

    /** The folder of the crawl's root this site lies in: a PATH a run may be given alone. */
    String top() {
      return folder.substring(0, folder.indexOf('/'));
    }
  }

  /** Where a post's file lies: its site and its slug (its path under the posts folder, without {@code .md}). */
  record Place(Site site, String slug) implements Comparable<Place> {
    String path() {
      return site.folder + slug + (site == Site.PAGES ? "/index.html" : ".md");
    }

    @Override
    public int compareTo(Place other) {
      return path().compareTo(other.path());
    }
  }

  private static final String[] TAGS = {"printer", "wifi", "video", "windows", "drivers", "audio", "backup", "network"};
  private static final List<List<String>> CATEGORY_PATHS = List.of(
      List.of("hardware", "printers"), List.of("hardware", "memory"), List.of("software"), List.of("os", "windows 11"),
      List.of("network"), List.of("os", "linux"));
    private static final long DAY = 86_400_000L;
  /** Common words first: the vocabulary is drawn with a skew, so a few words are in most posts and most in few. */
  private static final String[] VOCABULARY = GeneratedCrawl.vocabulary(7, 600, 4, 9);

  private final Path root;
  private final Random random;
  private final TreeMap<Place, GeneratedPost> posts = new TreeMap<>();
  /** Words that some post held once: queried after they may have gone from every article. */
  private final Set<String> formerWords = new LinkedHashSet<>();
  private long clock = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
  private int fresh;
  private String betaPermalink = ":year/:month/:day/:title/";
  /** Beta's timezone: its front matter dates are read in it, and an undated post's file time is dated in it. */
  private String betaZone = "UTC";
  /** The top folders (see {@link Site#top()}) whose files changed since {@link #startStep()}. */
  private final Set<String> changedFolders = new TreeSet<>();

  MutableCrawl(Path root, long seed) throws IOException {
    this.root = root;
    this.random = new Random(seed);
    Files.createDirectories(root.resolve(Site.ALPHA.folder));
    Files.createDirectories(root.resolve(Site.BETA.folder));
    Files.createDirectories(root.resolve(Site.MIRROR.folder));
    Files.createDirectories(root.resolve(Site.PAGES.folder));
    Files.writeString(root.resolve("sites/alpha/_config.yml"), "title: Alpha\nurl: https://alpha.example\npermalink: :title/\n");
    writeBetaConfig();
  }

  Path root() {
    return root;
  }

  /** Writes {@code count} new posts, linking among themselves. */
  void populate(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      add();
    }
  }

  /** Starts a step: forgets which folders changed. */
  void startStep() {
    changedFolders.clear();
  }

  /** The top folders whose files changed since {@link #startStep()}. */
  Set<String> changedFolders() {
    return Collections.unmodifiableSet(changedFolders);
  }

  /** The top folders of the crawl, each a PATH a run may be given alone. */
  static List<String> topFolders() {
    return Arrays.stream(Site.values()).map(Site::top).distinct().toList();
  }

  /** Whether a file in {@code folder} and one outside it give one URL (as far as this model predicts URLs). */
  boolean claimsAcross(String folder) {
    Map<String, Set<Boolean>> inside = new HashMap<>();
    posts.forEach((place, post) -> {
      if (!post.listing()) {
        String url = AlsoRead.normalizeUrl(url(place, post)).orElse(url(place, post));
        inside.computeIfAbsent(url, u -> new HashSet<>()).add(place.site().top().equals(folder));
      }
    });
    return inside.values().stream().anyMatch(sides -> sides.size() == 2);
  }

  /** Applies one random change and says what it was; the crawl stays between 20 and 60 posts, about. */
  String mutate() throws IOException {
    if (posts.size() < 20) {
      return add();
    }
    if (posts.size() > 60 && random.nextBoolean()) {
      return delete();
    }
    int pick = random.nextInt(100);
    if (pick < 4) {
      return renderPage();
    } else if (pick < 6) {
      return toggleListing();
    } else if (pick < 12) {
      return add();
    } else if (pick < 24) {
      return editBody();
    } else if (pick < 34) {
      return editFrontMatter();
    } else if (pick < 42) {
      return addLink();
    } else if (pick < 47) {
      return removeLink();
    } else if (pick < 55) {
      return move();
    } else if (pick < 63) {
      return duplicate();
    } else if (pick < 73) {
      return collide();
    } else if (pick < 84) {
      return touch();
    } else if (pick < 86) {
      return reconfigure();
    } else if (pick < 88) {
      return restoreEarlier();
    }
    return delete();
  }

  /** A few queries of this state: common, rare and former words, fields, and words of link titles. */
  List<String> queries() {
    List<String> queries = new ArrayList<>();
    queries.add("");
    queries.add(VOCABULARY[0]);
    queries.add(VOCABULARY[1] + " " + VOCABULARY[2] + " " + VOCABULARY[3]);
    GeneratedPost some = randomPost();
    String rare = someWord(some);
    String former = formerWords.isEmpty() ? "zzvanished" : pickFrom(new ArrayList<>(formerWords));
    queries.add(rare);
    queries.add(rare + " " + former);
    queries.add(former);
    queries.add(VOCABULARY[0] + " " + VOCABULARY[1] + " " + rare + " " + someWord(randomPost()));
    queries.add("title:" + some.title().split(" ")[1].toLowerCase(Locale.ROOT));
    queries.add("tag:" + pickFrom(List.of(TAGS)));
    queries.add("category:hardware");
    queries.add("date:[2023-01-01 TO 2023-12-31]");
    posts.values().stream().filter(p -> !p.more().keywords().isEmpty()).findFirst()
        .ifPresent(p -> queries.add("keywords:" + p.more().keywords().get(0).split(" ")[0]));
    posts.values().stream().filter(p -> p.more().description() != null).findFirst()
        .ifPresent(p -> queries.add("description:" + p.more().description().split(" ")[1]));
    GeneratedPost linking = posts.values().stream().filter(p -> !p.links().isEmpty()).findFirst().orElse(some);
    if (!linking.links().isEmpty()) {
      GeneratedPost.Link link = linking.links().get(0);
      queries.add("anchor:" + link.title().split(" ")[0].toLowerCase(Locale.ROOT));
      queries.add("links_to:\"" + AlsoRead.normalizeUrl(link.url()).orElse(link.url()) + "\"");
    }
    return queries;
  }

  /** URLs worth asking the link graph about: every link target and every post's URL. */
  Set<String> probeUrls() {
    Set<String> urls = new LinkedHashSet<>();
    posts.forEach((place, post) -> {
      urls.add(url(place, post));
      post.links().forEach(link -> urls.add(link.url()));
    });
    return urls;
  }

  // ---- mutations

  private String add() throws IOException {
    Site site = pickFrom(List.of(Site.ALPHA, Site.ALPHA, Site.BETA, Site.BETA, Site.MIRROR));
    Place place = new Place(site, freshSlug());
    String title = capitalised(word()) + " " + word() + " " + word() + " " + freshWord();
    List<String> paragraphs = new ArrayList<>();
    int count = 2 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      paragraphs.add(paragraph(25 + random.nextInt(20)));
    }
    GeneratedPost post = new GeneratedPost(title, randomTags(), randomCategories(), random.nextInt(4) == 0 ? null : randomDate(), null,
        random.nextInt(3) == 0, paragraphs, randomLinks(), random.nextBoolean(), random.nextInt(3) == 0 ? randomExtras() : GeneratedPost.Extras.NONE,
        false);
    write(place, post, laterTime());
    return "add " + place.path();
  }

  private String editBody() throws IOException {
    Place place = randomPlace();
    GeneratedPost post = posts.get(place);
    List<String> paragraphs = new ArrayList<>(post.paragraphs());
    if (paragraphs.isEmpty()) {
      paragraphs.add(paragraph(30));
    }
    int which = random.nextInt(paragraphs.size());
    String what;
    switch (random.nextInt(random.nextInt(12) == 0 ? 4 : 3)) {
      case 3 -> {
        paragraphs.forEach(this::forget);
        paragraphs.clear();
        what = "empty the body";
      }
      case 0 -> {
        forget(paragraphs.get(which));
        paragraphs.set(which, paragraph(20 + random.nextInt(20)));
        what = "rewrite paragraph " + which;
      }
      case 1 -> {
        paragraphs.add(paragraph(10 + random.nextInt(10)));
        what = "add a paragraph";
      }
      default -> {
        String[] words = paragraphs.get(which).split(" ");
        int w = random.nextInt(words.length);
        formerWords.add(words[w].replaceAll("\\W", "").toLowerCase(Locale.ROOT));
        words[w] = freshWord();
        paragraphs.set(which, String.join(" ", words));
        what = "change a word";
      }
    }
    write(place, post.withParagraphs(paragraphs), editTime(place));
    return "edit body of " + place.path() + ": " + what;
  }

  private String editFrontMatter() throws IOException {
    Place place = randomPlace();
    GeneratedPost post = posts.get(place);
    GeneratedPost changed;
    String what;
    switch (random.nextInt(5)) {
      case 4 -> {
        changed = post.withMore(randomExtras());
        what = "description, keywords, updated and author";
      }
      case 0 -> {
        forget(post.title());
        changed = post.withTitle(capitalised(word()) + " " + word() + " " + freshWord());
        what = "title";
      }
      case 1 -> {
        changed = post.withTags(randomTags());
        what = "tags";
      }
      case 2 -> {
        changed = post.withCategories(randomCategories());
        what = "categories";
      }
      default -> {
        changed = post.withDate(post.date() == null || random.nextInt(3) == 0 ? randomDate() : null);
        what = changed.date() == null ? "date removed" : "date";
      }
    }
    write(place, changed, editTime(place));
    return "edit " + what + " of " + place.path();
  }

  private String addLink() throws IOException {
    Place place = randomPlace();
    GeneratedPost post = posts.get(place);
    List<GeneratedPost.Link> links = new ArrayList<>(post.links());
    GeneratedPost.Link link = randomLink();
    links.add(random.nextInt(links.size() + 1), link);
    write(place, post.withLinks(links), editTime(place));
    return "link " + place.path() + " -> " + link.url();
  }

  private String removeLink() throws IOException {
    Place place = randomPlace(p -> !posts.get(p).links().isEmpty());
    if (place == null) {
      return addLink();
    }
    GeneratedPost post = posts.get(place);
    List<GeneratedPost.Link> links = new ArrayList<>(post.links());
    GeneratedPost.Link gone = links.remove(random.nextInt(links.size()));
    write(place, post.withLinks(links), editTime(place));
    return "unlink " + place.path() + " -> " + gone.url();
  }

  private String delete() throws IOException {
    Place place = randomPlace();
    Files.delete(file(place));
    changedFolders.add(place.site().top());
    GeneratedPost post = posts.remove(place);
    forget(post.title());
    post.paragraphs().forEach(this::forget);
    return "delete " + place.path();
  }

  /** Renames a post (a new slug, a sub-folder) or moves it to another site; the file keeps its time, as {@code mv} does. */
  private String move() throws IOException {
    Place from = randomPlace(p -> p.site() != Site.PAGES);
    Site site = random.nextInt(3) == 0 ? pickFrom(List.of(Site.ALPHA, Site.BETA, Site.MIRROR)) : from.site();
    String slug = switch (random.nextInt(3)) {
      case 0 -> site == Site.MIRROR ? from.slug().substring(from.slug().lastIndexOf('/') + 1) : "guides/" + from.slug();
      case 1 -> from.slug().substring(from.slug().lastIndexOf('/') + 1); // the same name, perhaps in another site
      default -> freshSlug();
    };
    Place to = new Place(site, slug);
    if (posts.containsKey(to) || to.equals(from)) {
      to = new Place(site, freshSlug());
    }
    Files.createDirectories(file(to).getParent());
    Files.move(file(from), file(to));
    changedFolders.add(from.site().top());
    changedFolders.add(to.site().top());
    posts.put(to, posts.remove(from));
    return "move " + from.path() + " to " + to.path();
  }

  /** Gives one post another's body: the same text (a republished copy), or the same with a word changed. */
  private String duplicate() throws IOException {
    Place original = randomPlace();
    Place copy = randomPlace(p -> !p.equals(original));
    GeneratedPost source = posts.get(original);
    List<String> paragraphs = new ArrayList<>(source.paragraphs());
    boolean near = random.nextBoolean() && !paragraphs.isEmpty();
    if (near) {
      String[] words = paragraphs.get(0).split(" ");
      words[random.nextInt(words.length)] = freshWord();
      paragraphs.set(0, String.join(" ", words));
    }
    GeneratedPost target = posts.get(copy);
    target.paragraphs().forEach(this::forget);
    write(copy, target.withParagraphs(paragraphs).withHeading(random.nextBoolean()), editTime(copy));
    return (near ? "near-duplicate " : "duplicate ") + original.path() + " as " + copy.path();
  }

  /**
   * Makes two files claim one URL: a front matter permalink naming another post's URL, or a copy of
   * an alpha post in the mirror folder (same host and name); its time is later, earlier or the same.
   */
  private String collide() throws IOException {
    Place owner = randomPlace();
    GeneratedPost owned = posts.get(owner);
    String url = url(owner, owned);
    long time = pickFrom(List.of(laterTime(), mtime(owner), earlierTime()));
    if (owner.site() == Site.ALPHA && owned.permalink() == null && !owner.slug().contains("/") && random.nextBoolean()) {
      Place mirror = new Place(Site.MIRROR, owner.slug());
      if (!posts.containsKey(mirror) && !mirror.equals(owner)) {
        GeneratedPost copy = owned.withTitle(owned.title() + " " + freshWord());
        write(mirror, copy, time);
        return "collide: copy " + owner.path() + " as " + mirror.path() + " at " + relativeTime(time, owner);
      }
    }
    Place claimant = randomPlace(p -> !p.equals(owner) && p.site() != Site.MIRROR);
    if (claimant == null) {
      return add();
    }
    String permalink = claimant.site() == Site.ALPHA && url.startsWith("https://alpha.example/") && random.nextBoolean()
        ? url.substring("https://alpha.example/".length())
        : url;
    GeneratedPost claiming = posts.get(claimant).withPermalink(permalink);
    if (time == mtime(claimant)) {
      time = laterTime();
    }
    write(claimant, claiming, time);
    return "collide: " + claimant.path() + " takes " + url + " of " + owner.path() + " at " + relativeTime(time, owner);
  }

  /** Saves a post as a rendered page too: another file of the same URL (a crawl of the site beside its sources). */
  private String renderPage() throws IOException {
    Place original = randomPlace(p -> p.site() != Site.PAGES);
    GeneratedPost post = posts.get(original);
    Place page = new Place(Site.PAGES, freshSlug());
    long time = pickFrom(List.of(laterTime(), mtime(original), earlierTime()));
    write(page, post.withPermalink(url(original, post)).withListing(false), time);
    return "render " + original.path() + " as " + page.path() + " at " + relativeTime(time, original);
  }

  /** Turns a page into one that is no article (a listing), or back. */
  private String toggleListing() throws IOException {
    Place page = randomPlace(p -> p.site() == Site.PAGES);
    if (page == null) {
      return renderPage();
    }
    GeneratedPost post = posts.get(page);
    write(page, post.withListing(!post.listing()), editTime(page));
    return (post.listing() ? "list " : "unlist ") + page.path();
  }

  /** A new modification time for an unchanged file: later, earlier, or the same as another file's (an unpacked crawl). */
  private String touch() throws IOException {
    Place place = randomPlace();
    long time = switch (random.nextInt(3)) {
      case 0 -> laterTime();
      case 1 -> earlierTime();
      default -> mtime(randomPlace());
    };
    Files.setLastModifiedTime(file(place), FileTime.fromMillis(time));
    changedFolders.add(place.site().top());
    return "touch " + place.path() + " at " + Instant.ofEpochMilli(time);
  }

  /** Every file of a site given its times of an older copy: each file's time goes back by days, its content stays. */
  private String restoreEarlier() throws IOException {
    Site site = pickFrom(List.of(Site.values()));
    for (Place place : posts.keySet()) {
      if (place.site() == site) {
        Files.setLastModifiedTime(file(place), FileTime.fromMillis(mtime(place) - (1 + random.nextInt(20)) * DAY));
      }
    }
    changedFolders.add(site.top());
    return "restore older times in " + site;
  }

  /** Switches beta's permalink pattern (every beta URL changes) or its timezone (dates, and undated posts' URLs, move). */
  private String reconfigure() throws IOException {
    if (random.nextBoolean()) {
      betaPermalink = betaPermalink.startsWith(":year/:month/:day") ? ":year/:title/" : ":year/:month/:day/:title/";
    } else {
      betaZone = betaZone.equals("UTC") ? "Asia/Tokyo" : "UTC";
    }
    writeBetaConfig();
    changedFolders.add(Site.BETA.top());
    return "beta permalink " + betaPermalink + ", timezone " + betaZone;
  }

  // ---- URLs, as the permalink rules make them

  /** The URL the post at {@code place} should get, as the test expects the rules to give it. */
  String url(Place place, GeneratedPost post) {
    if (place.site() == Site.PAGES) {
      return post.permalink();
    }
    if (place.site() == Site.MIRROR) {
      return "https://alpha.example/" + place.slug() + "/";
    }
    if (post.permalink() != null) {
      String host = place.site() == Site.ALPHA ? "https://alpha.example/" : "https://beta.example/";
      return post.permalink().startsWith("https://") ? post.permalink() : host + post.permalink();
    }
    if (place.site() == Site.ALPHA) {
      return "https://alpha.example/" + place.slug() + "/";
    }
    // A front matter date is written as UTC's wall time and read as the zone's: its date parts stay.
    ZonedDateTime date = post.date() != null ? post.date().atZone(ZoneOffset.UTC)
        : Instant.ofEpochMilli(mtimeOrClock(place)).atZone(ZoneId.of(betaZone));
    String datePart = betaPermalink.startsWith(":year/:month/:day")
        ? String.format("%04d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth())
        : String.format("%04d", date.getYear());
    return "https://beta.example/" + datePart + "/" + place.slug() + "/";
  }

  // ---- writing

  private void write(Place place, GeneratedPost post, long time) throws IOException {
    Path file = file(place);
    Files.createDirectories(file.getParent());
    Files.writeString(file, place.site() == Site.PAGES ? PostFiles.html(post) : PostFiles.markdown(post));
    changedFolders.add(place.site().top());
    Files.setLastModifiedTime(file, FileTime.fromMillis(time));
    posts.put(place, post);
  }

  private void writeBetaConfig() throws IOException {
    Files.createDirectories(root.resolve("sites/beta"));
    Files.writeString(root.resolve("sites/beta/_config.yml"),
        "title: Beta\nurl: https://beta.example\npermalink: " + betaPermalink + "\ntimezone: " + betaZone + "\n");
  }

  private Path file(Place place) {
    return root.resolve(place.path());
  }

  private long mtime(Place place) throws IOException {
    return Files.getLastModifiedTime(file(place)).toMillis();
  }

  private long mtimeOrClock(Place place) {
    try {
      return mtime(place);
    } catch (IOException e) {
      return clock;
    }
  }

  /** The time of an edit: mostly later than every earlier write; sometimes another file's time; never the file's own. */
  private long editTime(Place place) throws IOException {
    long own = mtime(place);
    if (random.nextInt(8) == 0) {
      long other = mtime(randomPlace());
      if (other != own) {
        return other;
      }
    }
    return laterTime();
  }

  private long laterTime() {
    clock += 60_000L + (long) random.nextInt(3 * 24 * 60) * 60_000L;
    return clock;
  }

  private long earlierTime() {
    return clock - (1 + random.nextInt(30)) * DAY - random.nextInt(86_400) * 1000L;
  }

  private String relativeTime(long time, Place other) throws IOException {
    long theirs = mtime(other);
    return time > theirs ? "a later time" : time < theirs ? "an earlier time" : "the same time";
  }

  // ---- random content

  private Place randomPlace() {
    return randomPlace(p -> true);
  }

  private Place randomPlace(Predicate<Place> wanted) {
    List<Place> candidates = posts.keySet().stream().filter(wanted).toList();
    return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
  }

  private GeneratedPost randomPost() {
    return posts.get(randomPlace());
  }

  private <T> T pickFrom(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private String freshSlug() {
    return "post-" + word() + "-" + (++fresh);
  }

  /** A word no post has held before. */
  private String freshWord() {
    return "q" + Integer.toString(++fresh * 7919 + 100_000, 36);
  }

  /** A vocabulary word, skewed: the first few are in most posts, the rest in few. */
  private String word() {
    double u = random.nextDouble();
    return VOCABULARY[(int) (VOCABULARY.length * u * u * u)];
  }

  private String someWord(GeneratedPost post) {
    String text = post.paragraphs().isEmpty() ? post.title() : post.paragraphs().get(random.nextInt(post.paragraphs().size()));
    String[] words = text.split(" ");
    return words[random.nextInt(words.length)].replaceAll("\\W", "").toLowerCase(Locale.ROOT);
  }

  private String paragraph(int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      String word = random.nextInt(40) == 0 ? freshWord() : word();
      text.append(w == 0 ? capitalised(word) : word).append(w == words - 1 ? "." : " ");
    }
    return text.toString();
  }

  private void forget(String text) {
    for (String word : text.split(" ")) {
      formerWords.add(word.replaceAll("\\W", "").toLowerCase(Locale.ROOT));
    }
    formerWords.remove("");
  }

  private List<String> randomTags() {
    Set<String> tags = new LinkedHashSet<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      tags.add(TAGS[random.nextInt(TAGS.length)]);
    }
    return List.copyOf(tags);
  }

  private List<List<String>> randomCategories() {
    return switch (random.nextInt(5)) {
      case 0 -> List.of();
      case 1 -> List.of(pickFrom(CATEGORY_PATHS), pickFrom(CATEGORY_PATHS)).stream().distinct().toList();
      default -> List.of(pickFrom(CATEGORY_PATHS));
    };
  }

  private GeneratedPost.Extras randomExtras() {
    List<String> keywords = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      keywords.add(word() + " " + word());
    }
    return new GeneratedPost.Extras(random.nextBoolean() ? "About " + word() + " and " + word() : null, keywords,
        random.nextBoolean() ? randomDate() : null, random.nextBoolean() ? capitalised(word()) : null);
  }

  private Instant randomDate() {
    return Instant.parse("2022-01-01T00:00:00Z").plusSeconds(random.nextInt(4 * 365 * 86_400));
  }

  private List<GeneratedPost.Link> randomLinks() {
    List<GeneratedPost.Link> links = new ArrayList<>();
    int count = random.nextInt(5);
    for (int i = 0; i < count; i++) {
      links.add(randomLink());
    }
    return links;
  }

  /** A link to a post (often under a variant of its URL that normalises to it), or to a page no post is. */
  private GeneratedPost.Link randomLink() {
    int kind = random.nextInt(10);
    if (kind < 6 && !posts.isEmpty()) {
      Place place = randomPlace();
      GeneratedPost target = posts.get(place);
      String url = url(place, target);
      url = switch (random.nextInt(4)) {
        case 0 -> url.replace("https://", "http://");
        case 1 -> url + "#top";
        case 2 -> url.replace("https://alpha.example", "https://ALPHA.example:443");
        default -> url;
      };
      String title = random.nextBoolean() ? target.title() : capitalised(word()) + " " + word();
      return new GeneratedPost.Link(url, title);
    }
    if (kind < 8) {
      return new GeneratedPost.Link("https://alpha.example/missing-" + word() + "/", "Missing " + word());
    }
    return new GeneratedPost.Link("https://elsewhere.example/" + word() + "/", "Elsewhere " + word());
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
