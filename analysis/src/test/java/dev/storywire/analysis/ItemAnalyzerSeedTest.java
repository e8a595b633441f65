package dev.storywire.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.AnalyzedParagraph;
import dev.storywire.model.Entity;
import dev.storywire.model.EntityType;
import dev.storywire.model.Ids;
import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import dev.storywire.model.NumberMention;
import dev.storywire.model.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two seed pages, end to end: the Arabic and Chinese reports of one event, and a ticker. */
class ItemAnalyzerSeedTest {
  private static ItemAnalyzer analyzer;
  private static final Locale DEFAULT = Locale.getDefault();

  @BeforeAll
  static void load() {
    analyzer = ItemAnalyzer.create();
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(DEFAULT);
  }

  private static List<Item> arabicItems() {
    return analyzer.analyze(SeedPages.raw(SeedPages.ARABIC), SeedPages.arabic());
  }

  private static List<Item> chineseItems() {
    return analyzer.analyze(SeedPages.raw(SeedPages.CHINESE), SeedPages.chinese());
  }

  private static Set<String> keys(Item item) {
    return item.entities().stream().map(Entity::key).collect(Collectors.toSet());
  }

  @Test
  void itemsAreTheArticleThenOneItemPerFlashEntryWithPositionalIds() {
    List<Item> zh = chineseItems();
    assertThat(zh).hasSize(13);
    assertThat(zh.getFirst().kind()).isEqualTo(ItemKind.ARTICLE);
    assertThat(zh.getFirst().id()).isEqualTo(Ids.item(SeedPages.CHINESE, 0));
    for (int k = 1; k < zh.size(); k++) {
      assertThat(zh.get(k).kind()).isEqualTo(ItemKind.FLASH);
      assertThat(zh.get(k).id()).isEqualTo(Ids.item(SeedPages.CHINESE, k));
    }
    assertThat(arabicItems()).hasSize(1);
  }

  @Test
  void languagesPerParagraphAndMainLanguage() {
    Item ar = arabicItems().getFirst();
    assertThat(ar.lang()).isEqualTo("ar");
    for (AnalyzedParagraph p : ar.paragraphs()) {
      assertThat(p.lang()).as(p.text()).isEqualTo(p.role() == Role.QUOTE ? "en" : "ar");
      assertThat(p.sentences()).isNotEmpty();
    }
    Item zh = chineseItems().getFirst();
    assertThat(zh.lang()).isEqualTo("zh");
    assertThat(zh.paragraphs()).allSatisfy(p -> assertThat(p.lang()).isEqualTo("zh"));
    assertThat(zh.paragraphs().getFirst().sentences()).hasSizeGreaterThan(3);
  }

  @Test
  void titlesAndSummaries() {
    Item ar = arabicItems().getFirst();
    assertThat(ar.title()).startsWith("بعد مساهمته");
    assertThat(ar.summary()).startsWith("أعلن إيغور بابوشكين").hasSizeLessThanOrEqualTo(Titles.SUMMARY_MAX);
    Item zh = chineseItems().getFirst();
    assertThat(zh.title()).isEqualTo("xAI联合创始人Babuschkin离职创业 投资AI安全领域");
    assertThat(zh.summary()).startsWith("xAI联合创始人Igor Babuschkin").hasSizeLessThanOrEqualTo(Titles.SUMMARY_MAX);
    for (Item flash : chineseItems().subList(1, 13)) {
      assertThat(flash.title()).isNotBlank().hasSizeLessThanOrEqualTo(Titles.FLASH_TITLE_MAX);
      assertThat(flash.summary()).hasSizeLessThanOrEqualTo(Titles.SUMMARY_MAX);
    }
  }

  @Test
  void bothReportsShareTheEventsNamesAcrossScripts() {
    Set<String> ar = keys(arabicItems().getFirst());
    Set<String> zh = keys(chineseItems().getFirst());
    QueryKeys query = QueryKeys.create();
    for (String name : List.of("Babuschkin", "Musk", "xAI", "Memphis")) {
      String key = query.entityKeys(name).iterator().next();
      assertThat(ar).as("Arabic has " + name).contains(key);
      assertThat(zh).as("Chinese has " + name).contains(key);
    }
    Set<String> shared = new HashSet<>(ar);
    shared.retainAll(zh);
    System.out.println("entity keys shared by the Arabic and Chinese reports: " + shared);
  }

  @Test
  void entitiesHaveTypesAndNoCommonWords() {
    Item ar = arabicItems().getFirst();
    assertThat(ar.entities()).filteredOn(e -> e.text().equals("بابوشكين")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
    assertThat(ar.entities()).filteredOn(e -> e.text().equals("Babuschkin Ventures")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
    assertThat(ar.entities()).filteredOn(e -> e.text().equals("ممفيس")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.PLACE));
    for (Item item : List.of(ar, chineseItems().getFirst())) {
      assertThat(item.entities()).extracting(Entity::text)
          .doesNotContain("Today", "The", "I", "We", "AI", "يوم الأربعاء", "周三", "اليوم");
    }
  }

  @Test
  void theArabicEventDayComesFromWednesdayResolvedAgainstThePost() {
    Item ar = arabicItems().getFirst();
    assertThat(ar.published()).isNull();
    assertThat(ar.referenceDate()).isEqualTo("2025-08-13");
    assertThat(ar.eventDates()).first().isEqualTo("2025-08-13");
    assertThat(ar.dates()).anySatisfy(d -> {
      assertThat(d.text()).isEqualTo("يوم الأربعاء");
      assertThat(d.iso()).isEqualTo("2025-08-13");
      assertThat(d.relative()).isTrue();
    });
    assertThat(ar.dates()).anySatisfy(d -> assertThat(d.iso()).isEqualTo("2023"));
    assertThat(ar.representation().anchors()).contains("d:2025-08-13", "h:ibab", "n:3|month");
  }

  @Test
  void theChineseArticleGetsNoInventedEventDay() {
    Item zh = chineseItems().getFirst();
    assertThat(zh.referenceDate()).isNull();
    assertThat(zh.eventDates()).isEmpty();
    assertThat(zh.dates()).allSatisfy(d -> assertThat(d.relative()).isFalse());
    assertThat(zh.dates()).extracting(d -> d.iso()).contains("2023", "2019");
  }

  @Test
  void flashItemsCarryTheirOwnDates() {
    List<Item> flash = chineseItems().subList(1, 13);
    assertThat(flash.getFirst().published()).isEqualTo("2025-11-28T13:39");
    assertThat(flash.getFirst().referenceDate()).isEqualTo("2025-11-28");
    Item fire = flash.stream().filter(i -> i.text().startsWith("2025年11月26日") && i.text().contains("香港大埔区宏福苑"))
        .findFirst().orElseThrow();
    assertThat(fire.eventDates()).containsExactly("2025-11-26");
    assertThat(fire.title()).startsWith("香港大埔区宏福苑");
    assertThat(fire.truncated()).isTrue();
    assertThat(fire.numbers()).contains(new NumberMention("300万港元", 3_000_000, "HKD"));
    assertThat(fire.representation().anchors()).contains("n:3000000|HKD", "d:2025-11-26");
    assertThat(flash).allSatisfy(i -> assertThat(i.eventDates()).isNotEmpty());
  }

  @Test
  void numbersWithUnitsInBothLanguages() {
    assertThat(arabicItems().getFirst().numbers()).contains(new NumberMention("ثلاثة أشهر", 3, "month"));
    assertThat(chineseItems().getFirst().numbers()).contains(new NumberMention("三个月", 3, "month"));
    assertThat(arabicItems().getFirst().numbers()).noneMatch(n -> n.value() == 2023);
    assertThat(chineseItems().getFirst().representation().anchors()).contains("n:3|month");
  }

  @Test
  void representationHasTermsPerLanguageShinglesAndAStableHash() {
    Item ar = arabicItems().getFirst();
    assertThat(ar.representation().terms().keySet()).anyMatch(t -> t.startsWith("ar:")).anyMatch(t -> t.startsWith("en:"));
    assertThat(chineseItems().getFirst().representation().terms().keySet()).allMatch(t -> t.startsWith("zh:"));
    assertThat(ar.representation().shingles()).isNotEmpty().isSorted();
    assertThat(arabicItems().getFirst().representation().contentHash()).isEqualTo(ar.representation().contentHash());
    assertThat(arabicItems().getFirst().representation().shingles()).isEqualTo(ar.representation().shingles());
    assertThat(ar.representation().contentHash()).isNotEqualTo(chineseItems().getFirst().representation().contentHash());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "tr"})
  void theSameItemsUnderAnyDefaultLocale(String locale) {
    Locale.setDefault(Locale.forLanguageTag(locale));
    Item ar = arabicItems().getFirst();
    Item zh = chineseItems().getFirst();
    assertThat(keys(ar)).contains("PSKN", "MSK", "xai", "MFS", "TNS");
    assertThat(keys(zh)).contains("PSKN", "MSK", "xai", "MFS", "TNS");
    assertThat(ar.eventDates()).first().isEqualTo("2025-08-13");
  }

  @Test
  void reportsMillisecondsPerPage() {
    var arabic = SeedPages.arabic();
    var chinese = SeedPages.chinese();
    var rawAr = SeedPages.raw(SeedPages.ARABIC);
    var rawZh = SeedPages.raw(SeedPages.CHINESE);
    for (int i = 0; i < 20; i++) {
      analyzer.analyze(rawAr, arabic);
      analyzer.analyze(rawZh, chinese);
    }
    int pages = 50;
    long t0 = System.nanoTime();
    for (int i = 0; i < pages; i++) {
      analyzer.analyze(rawAr, arabic);
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < pages; i++) {
      analyzer.analyze(rawZh, chinese);
    }
    long t2 = System.nanoTime();
    int arChars = arabic.paragraphs().stream().mapToInt(p -> p.text().length()).sum();
    int zhChars = chinese.paragraphs().stream().mapToInt(p -> p.text().length()).sum()
        + chinese.flash().stream().mapToInt(f -> f.text().length()).sum();
    System.out.printf("analysis, one thread: Arabic page (%d paragraphs, %d chars) %.2f ms; Chinese page (%d paragraphs + %d flash items, %d chars) %.2f ms%n",
        arabic.paragraphs().size(), arChars, (t1 - t0) / 1e6 / pages,
        chinese.paragraphs().size(), chinese.flash().size(), zhChars, (t2 - t1) / 1e6 / pages);
  }

  @Test
  void threadsShareOneAnalyzer() throws Exception {
    var raw = SeedPages.raw(SeedPages.CHINESE);
    var page = SeedPages.chinese();
    List<Item> expected = analyzer.analyze(raw, page);
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      var futures = java.util.stream.IntStream.range(0, 8).mapToObj(i -> pool.submit(() -> analyzer.analyze(raw, page))).toList();
      for (var f : futures) {
        List<Item> got = f.get();
        for (int k = 0; k < got.size(); k++) {
          assertThat(got.get(k).entities()).isEqualTo(expected.get(k).entities());
          assertThat(got.get(k).representation().anchors()).isEqualTo(expected.get(k).representation().anchors());
          assertThat(got.get(k).representation().terms()).isEqualTo(expected.get(k).representation().terms());
        }
      }
    }
  }
}
