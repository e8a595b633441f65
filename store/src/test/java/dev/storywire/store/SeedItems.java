package dev.storywire.store;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Real items built from the two seed pages (an Arabic and a Chinese report of one event), standing
 * in for the analysis module: each line is a paragraph whose language is set by its script.
 */
final class SeedItems {
  static final String PERSON_KEY = "Babuschkin";
  static final String ORG_KEY = "xAI";
  /** The Chinese ticker starts here; nothing after it belongs to the article. */
  private static final String TICKER_HEADING = "最新快讯";
  private static final String CAPTION_SUFFIX = "插图";

  private SeedItems() {}

  static Path seeds() {
    return Path.of(System.getProperty("storywire.samples", "../samples"), "seeds");
  }

  private static List<String> lines(String prefix) {
    try (Stream<Path> files = Files.list(seeds())) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The language of a line by its dominant script: ar, zh, en, or null when it has no letters. */
  static @Nullable String languageByScript(String text) {
    int arabic = 0;
    int han = 0;
    int latin = 0;
    for (int cp : text.codePoints().toArray()) {
      switch (Character.UnicodeScript.of(cp)) {
        case ARABIC -> arabic++;
        case HAN -> han++;
        case LATIN -> latin++;
        default -> { }
      }
    }
    if (arabic + han + latin == 0) {
      return null;
    }
    if (arabic >= han && arabic >= latin) {
      return "ar";
    }
    return han >= latin ? "zh" : "en";
  }

  private static AnalyzedParagraph paragraph(String text) {
    String lang = languageByScript(text);
    boolean quote = "en".equals(lang);
    Attribution who = text.contains("(@ibab)")
        ? new Attribution("Igor Babuschkin", "@ibab", LocalDate.of(2025, 8, 13), null)
        : null;
    return new AnalyzedParagraph(quote ? Role.QUOTE : Role.BODY, lang, text, List.of(text), who);
  }

  /** The Arabic article, with its embedded English post as English paragraphs. */
  static Item arabic() {
    List<String> lines = lines("000_");
    List<AnalyzedParagraph> paragraphs = lines.subList(1, lines.size()).stream().map(SeedItems::paragraph).toList();
    return article("seeds/000", 1, "ar", lines.getFirst(), paragraphs, "2025-08-13T18:30+03:00",
        Instant.parse("2025-08-13T16:00:00.000000001Z"), new Entity("بابوشكين", PERSON_KEY, EntityType.PERSON, 14));
  }

  /**
   * The Arabic article without its English paragraphs and without the one Arabic paragraph that
   * names "Babuschkin Ventures" in Latin script: the name is written only as بابوشكين.
   */
  static Item arabicOnly() {
    Item full = arabic();
    List<AnalyzedParagraph> arabic = full.paragraphs().stream()
        .filter(p -> "ar".equals(p.lang()) && !p.text().contains(PERSON_KEY))
        .toList();
    return article("seeds/000-ar", 3, "ar", full.title(), arabic, null,
        Instant.parse("2025-08-13T17:00:00Z"), new Entity("بابوشكين", PERSON_KEY, EntityType.PERSON, 12));
  }

  /** The Chinese article, without the ticker; its title is the image caption. */
  static Item chinese() {
    List<String> article = new ArrayList<>();
    String title = "";
    for (String line : lines("004_")) {
      if (line.equals(TICKER_HEADING)) {
        break;
      }
      if (line.endsWith(CAPTION_SUFFIX)) {
        title = line.substring(0, line.length() - CAPTION_SUFFIX.length());
      } else {
        article.add(line);
      }
    }
    return article("seeds/004", 2, "zh", title, article.stream().map(SeedItems::paragraph).toList(), null,
        Instant.parse("2025-08-14T02:00:00Z"), new Entity("Babuschkin", PERSON_KEY, EntityType.PERSON, 9));
  }

  /** A ticker item of the Chinese page, with a local (offset-less) published time. */
  static Item flash(int index, String text, String published) {
    return new Item(Ids.item("seeds/004", index), ItemKind.FLASH, "seeds/004", 2, SourceRef.ofName("seeds/004"), "zh",
        text, text, List.of(new AnalyzedParagraph(Role.BODY, "zh", text, List.of(text), null)), List.of(), published,
        Instant.parse("2025-08-14T02:00:00Z"), null, List.of(), List.of(), List.of(), List.of(), true,
        new Representation(Set.of(), Map.of(), new long[0], "h" + index));
  }

  private static Item article(String doc, long seq, String lang, String title, List<AnalyzedParagraph> paragraphs,
      @Nullable String published, Instant firstSeen, Entity person) {
    return new Item(Ids.item(doc, 0), ItemKind.ARTICLE, doc, seq,
        new SourceRef(doc + ".txt", "https://example.com/" + doc, null), lang, title, paragraphs.getFirst().text(),
        paragraphs, List.of(new Link("اقرأ أيضًا", null)), published, firstSeen, "2025-08-13", List.of("2025-08-13"),
        List.of(person, new Entity("xAI", ORG_KEY, EntityType.ORGANIZATION, 10)),
        List.of(new NumberMention("ثلاثة أشهر", 3, "month"), new NumberMention("0.1+0.2", 0.1 + 0.2, null)),
        List.of(new DateMention("يوم الأربعاء", "2025-08-13", Granularity.DAY, true)), false,
        new Representation(Set.of("e:" + PERSON_KEY, "e:" + ORG_KEY, "d:2025-08-13", "n:3 month"),
            Map.of(lang + ":xai", 12, lang + ":" + title.length(), 1),
            new long[] {Long.MIN_VALUE, -1, 0, 42, Long.MAX_VALUE}, "c" + doc.hashCode()));
  }

  static Membership founder(Item item) {
    return Membership.founder(item.id(), Ids.story(item.id()));
  }

  static Membership joined(Item item, Item founder) {
    return new Membership(item.id(), Ids.story(founder.id()), 0.8125, founder.id(),
        List.of(new SharedAnchor("e:" + PERSON_KEY, "Babuschkin", 0.5), new SharedAnchor("d:2025-08-13", "2025-08-13", 0.3125)),
        0, null);
  }

  static Story story(Item founder, Item member) {
    return new Story(Ids.story(founder.id()), founder.title(), List.of("ar", "zh"),
        List.of(new StoryMember(founder.id(), founder.kind(), founder.lang(), founder.title(), founder.published(), founder(founder)),
            new StoryMember(member.id(), member.kind(), member.lang(), member.title(), null, joined(member, founder))),
        List.of("2025-08-13"), "2025-08-14T02:00:00Z");
  }
}
