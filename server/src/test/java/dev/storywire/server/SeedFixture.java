package dev.storywire.server;

import dev.storywire.model.AnalyzedParagraph;
import dev.storywire.model.Attribution;
import dev.storywire.model.DateMention;
import dev.storywire.model.Entity;
import dev.storywire.model.EntityType;
import dev.storywire.model.Granularity;
import dev.storywire.model.Ids;
import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import dev.storywire.model.Link;
import dev.storywire.model.Membership;
import dev.storywire.model.NumberMention;
import dev.storywire.model.Representation;
import dev.storywire.model.Role;
import dev.storywire.model.SharedAnchor;
import dev.storywire.model.SourceRef;
import dev.storywire.model.Story;
import dev.storywire.model.StoryMember;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Real items, memberships and stories built from the two seed pages: the Arabic and the Chinese
 * report of one event form one story; the Chinese page's twelve ticker items each stand alone; and
 * one hostile item carries markup in every text field, to test escaping.
 *
 * <p>This is a hand-made stand-in for the pipeline (which the server module cannot use): it cuts
 * the seed captures by their known layout, so the server is tested on the real texts and scripts.
 */
final class SeedFixture {

  static final String ARABIC_FILE = "000_6571981fc28c5b9a.txt";
  static final String CHINESE_FILE = "004_1c4daa1ff2b208cf.txt";
  static final String HOSTILE_TITLE = "<script>alert(\"pwned\")</script> & 'quoted' \"title\"";

  private static final String TICKER_HEADING = "最新快讯";
  private static final String CAPTION_SUFFIX = "插图";
  private static final String READ_ALSO = "اقرأ أيضًا:";
  private static final Instant ARABIC_SEEN = Instant.parse("2025-08-14T06:00:00Z");
  private static final Instant CHINESE_SEEN = Instant.parse("2025-11-28T05:40:00Z");

  final Item arabic;
  final Item chinese;
  final List<Item> flash;
  final Item hostile;
  final Story event;
  final Story hostileStory;
  final List<Item> items = new ArrayList<>();
  final List<Membership> memberships = new ArrayList<>();
  final List<Story> stories = new ArrayList<>();

  private SeedFixture(Path seeds) {
    arabic = arabic(read(seeds.resolve(ARABIC_FILE)));
    List<Item> fromChinese = chinese(read(seeds.resolve(CHINESE_FILE)));
    chinese = fromChinese.getFirst();
    flash = fromChinese.subList(1, fromChinese.size());
    hostile = hostile();

    String eventId = Ids.story(arabic.id());
    Membership arabicJoin = Membership.founder(arabic.id(), eventId);
    Membership chineseJoin =
        new Membership(
            chinese.id(),
            eventId,
            0.82,
            arabic.id(),
            List.of(
                new SharedAnchor("e:babuschkin", "Babuschkin", 0.31),
                new SharedAnchor("d:2025-08-13", "2025-08-13", 0.22),
                new SharedAnchor("n:3 month", "3 month", 0.12),
                new SharedAnchor("e:xai", "xAI", 0.10)),
            0.0,
            null);
    event =
        new Story(
            eventId,
            arabic.title(),
            List.of("ar", "zh"),
            List.of(member(arabic, arabicJoin), member(chinese, chineseJoin)),
            List.of("2025-08-13"),
            CHINESE_SEEN.toString());
    add(arabic, arabicJoin);
    add(chinese, chineseJoin);
    stories.add(event);
    for (Item item : flash) {
      stories.add(alone(item));
    }
    hostileStory = alone(hostile);
    stories.add(hostileStory);
  }

  /** Loads the seeds from {@code storywire.samples}, falling back to {@code ../samples}. */
  static SeedFixture load() {
    String samples = System.getProperty("storywire.samples");
    Path seeds = samples != null ? Path.of(samples, "seeds") : Path.of("..", "samples", "seeds");
    return new SeedFixture(seeds);
  }

  private Story alone(Item item) {
    Membership founder = Membership.founder(item.id(), Ids.story(item.id()));
    add(item, founder);
    return new Story(
        founder.storyId(), item.title(), item.lang() == null ? List.of() : List.of(item.lang()),
        List.of(member(item, founder)), item.eventDates(), item.firstSeen().toString());
  }

  private void add(Item item, Membership membership) {
    items.add(item);
    memberships.add(membership);
  }

  private static StoryMember member(Item item, Membership membership) {
    return new StoryMember(item.id(), item.kind(), item.lang(), item.title(), item.published(), membership);
  }

  /** The Arabic capture: title line, body lines, question headings, an embedded English post. */
  private static Item arabic(String text) {
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<AnalyzedParagraph> paragraphs = new ArrayList<>();
    List<Link> related = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("Today was my last day")) {
        String signature = lines.get(++i);
        String body = line + " " + signature.substring(0, signature.indexOf('—')).strip();
        Attribution who = new Attribution("Igor Babuschkin", "@ibab", LocalDate.of(2025, 8, 13), null);
        paragraphs.add(new AnalyzedParagraph(Role.QUOTE, "en", body, List.of(body), who));
      } else if (line.startsWith(READ_ALSO)) {
        related.add(new Link(line.substring(READ_ALSO.length()).strip(), "https://example.com/grok-4"));
      } else {
        Role role = line.endsWith("؟") ? Role.HEADING : Role.BODY;
        paragraphs.add(new AnalyzedParagraph(role, "ar", line, List.of(line), null));
      }
    }
    String documentKey = ARABIC_FILE;
    return new Item(
        Ids.item(documentKey, 0), ItemKind.ARTICLE, documentKey, 1,
        new SourceRef("seeds/" + ARABIC_FILE, "https://example.com/ar/babuschkin", "Example Arabic"),
        "ar", lines.getFirst(), paragraphs.getFirst().text(), paragraphs, related,
        "2025-08-13T20:15:00+03:00", ARABIC_SEEN, "2025-08-13", List.of("2025-08-13"),
        List.of(
            new Entity("بابوشكين", "babuschkin", EntityType.PERSON, 12),
            new Entity("xAI", "xai", EntityType.ORGANIZATION, 10),
            new Entity("ممفيس", "memphis", EntityType.PLACE, 1)),
        List.of(new NumberMention("ثلاثة أشهر", 3, "month"), new NumberMention("2023", 2023, null)),
        List.of(new DateMention("يوم الأربعاء", "2025-08-13", Granularity.DAY, true)),
        false, representation());
  }

  /** The Chinese capture: article blocks, an image caption carrying the title, then the ticker. */
  private static List<Item> chinese(String text) {
    String[] halves = text.split(TICKER_HEADING, 2);
    List<String> blocks = List.of(halves[0].strip().split("\n\\s*\n"));
    String title = "";
    List<AnalyzedParagraph> paragraphs = new ArrayList<>();
    for (String block : blocks) {
      String b = block.strip();
      if (b.endsWith(CAPTION_SUFFIX)) {
        title = b.substring(0, b.length() - CAPTION_SUFFIX.length()).strip();
      } else {
        paragraphs.add(new AnalyzedParagraph(Role.BODY, "zh", b, List.of(b), null));
      }
    }
    String documentKey = CHINESE_FILE;
    SourceRef source = new SourceRef("seeds/" + CHINESE_FILE, "https://example.com/zh/babuschkin", "Example 中文");
    List<Item> items = new ArrayList<>();
    items.add(
        new Item(
            Ids.item(documentKey, 0), ItemKind.ARTICLE, documentKey, 2, source, "zh", title,
            paragraphs.getFirst().text().substring(0, 60), paragraphs, List.of(),
            null, CHINESE_SEEN, "2025-08-13", List.of("2025-08-13"),
            List.of(
                new Entity("Babuschkin", "babuschkin", EntityType.PERSON, 9),
                new Entity("xAI", "xai", EntityType.ORGANIZATION, 12)),
            List.of(new NumberMention("三个月", 3, "month")),
            List.of(new DateMention("周三", "2025-08-13", Granularity.DAY, true)),
            false, representation()));
    items.addAll(ticker(documentKey, source, halves[1]));
    return items;
  }

  /** Ticker: a day line, then (time, text) pairs; "..." marks a text the page cut short. */
  private static List<Item> ticker(String documentKey, SourceRef source, String text) {
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String day = "2025-11-28";
    List<Item> items = new ArrayList<>();
    for (int i = 1; i + 1 < lines.size(); i += 2) {
      String time = lines.get(i);
      String body = lines.get(i + 1);
      boolean truncated = body.endsWith("...");
      String clean = truncated ? body.substring(0, body.length() - 3) : body;
      int index = items.size() + 1;
      String title = clean.substring(0, Math.min(40, clean.length()));
      items.add(
          new Item(
              Ids.item(documentKey, index), ItemKind.FLASH, documentKey, 2, source, "zh", title, title,
              List.of(new AnalyzedParagraph(Role.BODY, "zh", clean, List.of(clean), null)), List.of(),
              day + "T" + time, CHINESE_SEEN.plusSeconds(index), day, List.of(day),
              List.of(), List.of(), List.of(), truncated, representation()));
    }
    return items;
  }

  /** An item with markup in every field a page shows. */
  private static Item hostile() {
    String documentKey = "hostile.html";
    List<AnalyzedParagraph> paragraphs =
        List.of(
            new AnalyzedParagraph(Role.HEADING, "en", "<h1>heading</h1>", List.of(), null),
            new AnalyzedParagraph(Role.BODY, "en", "</p><script>alert(1)</script><p>", List.of(), null),
            new AnalyzedParagraph(
                Role.QUOTE, "en\" onmouseover=\"alert(1)", "\"><img src=x onerror=alert(2)>", List.of(),
                new Attribution("<b>Mallory</b>", "@m\"allory", null, "javascript:alert(3)")),
            new AnalyzedParagraph(Role.LIST_ITEM, "en", "<li>one", List.of(), null),
            new AnalyzedParagraph(Role.TABLE_ROW, "en", "<td>a\t'b'", List.of(), null));
    return new Item(
        Ids.item(documentKey, 0), ItemKind.ARTICLE, documentKey, 3,
        new SourceRef("hostile.html", "javascript:alert(4)", "<i>outlet</i>"),
        "en", HOSTILE_TITLE, "<img src=x onerror=alert(5)>", paragraphs,
        List.of(new Link("<a href=x>read</a>", "javascript:alert(6)")),
        "2025-11-29T00:00:00Z", Instant.parse("2025-11-29T00:00:00Z"), null, List.of(),
        List.of(new Entity("<script>", "<script>", EntityType.OTHER, 1)), List.of(), List.of(),
        false, representation(), List.of("<b>Mallory</b> Author", "Eve\"><img src=x onerror=alert(7)>"),
        "javascript:alert(8)");
  }

  private static Representation representation() {
    return new Representation(Set.of(), Map.of(), new long[0], "");
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("seed missing: " + path.toAbsolutePath(), e);
    }
  }

  @Nullable Membership membershipOf(String itemId) {
    return memberships.stream().filter(m -> m.itemId().equals(itemId)).findFirst().orElse(null);
  }
}
