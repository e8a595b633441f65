package dev.storywire.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.model.SearchHit;
import dev.storywire.model.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryIndexTest {
  private static final Item ARABIC = SeedItems.arabic();
  private static final Item CHINESE = SeedItems.chinese();

  @TempDir Path dir;
  private final Analyzers analyzers = new Analyzers();

  /** Lucene's own analyzers, as the analysis module would supply them. */
  private static final class Analyzers implements AnalyzerProvider, AutoCloseable {
    private final Analyzer arabic = new ArabicAnalyzer();
    private final Analyzer chinese = new SmartChineseAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer other = new StandardAnalyzer();

    @Override
    public Analyzer forLanguage(@Nullable String lang) {
      return switch (lang == null ? "" : lang) {
        case "ar" -> arabic;
        case "zh" -> chinese;
        case "en" -> english;
        default -> other;
      };
    }

    @Override
    public void close() {
      arabic.close();
      chinese.close();
      english.close();
      other.close();
    }
  }

  @AfterEach
  void closeAnalyzers() {
    analyzers.close();
  }

  private StoryIndex open() throws IOException {
    return StoryIndex.open(dir, analyzers);
  }

  /** The Arabic founder, the Chinese member, and their story, committed at archive seq 2. */
  private StoryIndex seeded() throws IOException {
    StoryIndex index = open();
    index.putItem(ARABIC, SeedItems.founder(ARABIC));
    index.putItem(CHINESE, SeedItems.joined(CHINESE, ARABIC));
    index.putStory(SeedItems.story(ARABIC, CHINESE));
    index.commit(2);
    return index;
  }

  /**
   * Items compared field by field: {@code Representation.shingles} is a {@code long[]}, which
   * record equality compares by reference, so {@code Item.equals} is false for equal copies.
   */
  private static void assertSameItem(Item actual, Item expected) {
    assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    assertThat(actual.representation().shingles()).containsExactly(expected.representation().shingles());
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::itemId).toList();
  }

  @Test
  void freshIndexIsEmptyAtSeqZero() throws IOException {
    try (StoryIndex index = open()) {
      assertThat(index.committedArchiveSeq()).isZero();
      assertThat(index.itemCount()).isZero();
      assertThat(index.items()).isEmpty();
      assertThat(index.stories()).isEmpty();
      assertThat(index.latest(10)).isEmpty();
      assertThat(index.search("بابوشكين", Set.of(), 10)).isEmpty();
    }
  }

  @Test
  void itemsMembershipsAndStoriesRoundTripExactly() throws IOException {
    try (StoryIndex index = seeded()) {
      assertThat(index.itemCount()).isEqualTo(2);
      assertThat(index.storyCount()).isEqualTo(1);
      assertSameItem(index.item(ARABIC.id()).orElseThrow(), ARABIC);
      assertSameItem(index.item(CHINESE.id()).orElseThrow(), CHINESE);
      assertThat(index.membership(ARABIC.id())).contains(SeedItems.founder(ARABIC));
      assertThat(index.membership(CHINESE.id())).contains(SeedItems.joined(CHINESE, ARABIC));
      assertThat(index.memberships()).containsExactly(SeedItems.founder(ARABIC), SeedItems.joined(CHINESE, ARABIC));
      assertThat(index.stories()).containsExactly(SeedItems.story(ARABIC, CHINESE));
      assertThat(index.story(SeedItems.founder(ARABIC).storyId())).contains(SeedItems.story(ARABIC, CHINESE));
      assertThat(index.item("i-missing")).isEmpty();
      assertThat(index.membership("i-missing")).isEmpty();
      assertThat(index.story("s-missing")).isEmpty();
    }
  }

  @Test
  void nullableFieldsAndEdgeValuesRoundTrip() throws IOException {
    Item flash = SeedItems.flash(1, "没有语言的快讯", "2025-11-28T13:39");
    Item odd = new Item(flash.id(), flash.kind(), flash.documentKey(), flash.archiveSeq(), flash.source(), null,
        flash.title(), flash.summary(), flash.paragraphs(), flash.related(), null, flash.firstSeen(), null,
        flash.eventDates(), flash.entities(), flash.numbers(), flash.dates(), flash.truncated(), flash.representation());
    Membership m = new Membership(odd.id(), "s1", Double.NaN, null, List.of(), Double.MIN_VALUE, "i-dup");
    try (StoryIndex index = open()) {
      index.putItem(odd, m);
      index.commit(1);
      assertSameItem(index.item(odd.id()).orElseThrow(), odd);
      assertThat(index.membership(odd.id())).contains(m);
    }
  }

  @Test
  void itemsComeInArchiveOrderThenPutOrder() throws IOException {
    Item f1 = SeedItems.flash(1, "第一条", "2025-11-28T13:39");
    Item f2 = SeedItems.flash(2, "第二条", "2025-11-28T13:39");
    Item f3 = SeedItems.flash(3, "第三条", "2025-11-28T13:39");
    try (StoryIndex index = open()) {
      index.putItem(CHINESE, SeedItems.founder(CHINESE)); // archive seq 2
      index.putItem(f1, SeedItems.founder(f1));           // seq 2
      index.putItem(f2, SeedItems.founder(f2));
      index.putItem(ARABIC, SeedItems.founder(ARABIC));   // seq 1: sorts first
      index.putItem(f3, SeedItems.founder(f3));
      index.commit(2);
      index.putItem(f1, SeedItems.joined(f1, CHINESE));   // replaced: keeps its place
      index.commit(2);

      List<String> expected = List.of(ARABIC.id(), CHINESE.id(), f1.id(), f2.id(), f3.id());
      assertThat(index.items()).extracting(Item::id).containsExactlyElementsOf(expected);
      assertThat(index.memberships()).extracting(Membership::itemId).containsExactlyElementsOf(expected);
      assertThat(index.membership(f1.id())).contains(SeedItems.joined(f1, CHINESE));
    }
  }

  @Test
  void putReplacesByIdAndReadsSeeOnlyCommits() throws IOException {
    Item retitled = new Item(ARABIC.id(), ARABIC.kind(), ARABIC.documentKey(), ARABIC.archiveSeq(), ARABIC.source(),
        ARABIC.lang(), "عنوان جديد", ARABIC.summary(), ARABIC.paragraphs(), ARABIC.related(), ARABIC.published(),
        ARABIC.firstSeen(), ARABIC.referenceDate(), ARABIC.eventDates(), ARABIC.entities(), ARABIC.numbers(),
        ARABIC.dates(), ARABIC.truncated(), ARABIC.representation());
    try (StoryIndex index = seeded()) {
      index.putItem(retitled, SeedItems.joined(retitled, CHINESE));
      assertThat(index.item(ARABIC.id()).orElseThrow().title()).isEqualTo(ARABIC.title());

      index.commit(3);
      assertThat(index.itemCount()).isEqualTo(2);
      assertThat(index.item(ARABIC.id()).orElseThrow().title()).isEqualTo("عنوان جديد");
      assertThat(index.membership(ARABIC.id()).orElseThrow().storyId()).isEqualTo(SeedItems.founder(CHINESE).storyId());
      assertThat(index.items()).extracting(Item::id).containsExactly(ARABIC.id(), CHINESE.id());
    }
  }

  @Test
  void storiesAreReplacedAndDeletedById() throws IOException {
    try (StoryIndex index = seeded()) {
      Story story = SeedItems.story(ARABIC, CHINESE);
      Story renamed = new Story(story.id(), "renamed", story.languages(), story.members(), story.eventDates(), null);
      index.putStory(renamed);
      index.commit(3);
      assertThat(index.stories()).containsExactly(renamed);

      index.deleteStory(story.id());
      index.commit(4);
      assertThat(index.storyCount()).isZero();
      assertThat(index.story(story.id())).isEmpty();
      assertThat(index.itemCount()).isEqualTo(2);
    }
  }

  @Test
  void commitDataSurvivesReopenAndUncommittedPutsDoNot() throws IOException {
    try (StoryIndex index = seeded()) {
      index.commit(42);
      index.putItem(SeedItems.arabicOnly(), SeedItems.founder(SeedItems.arabicOnly()));
    }
    try (StoryIndex index = open()) {
      assertThat(index.committedArchiveSeq()).isEqualTo(42);
      assertThat(index.items()).extracting(Item::id).containsExactly(ARABIC.id(), CHINESE.id());
      assertThat(index.stories()).hasSize(1);
      assertThat(index.search("الحاسوب", Set.of(), 10)).isNotEmpty();
    }
  }

  @Test
  void indexOfAnotherSchemaIsDiscardedOnOpen() throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.addDocument(List.of());
      writer.setLiveCommitData(Map.of(StoryIndex.DATA_SCHEMA, "0", StoryIndex.DATA_ARCHIVE_SEQ, "9").entrySet());
      writer.commit();
    }
    try (StoryIndex index = open()) {
      assertThat(index.committedArchiveSeq()).isZero();
      index.putItem(ARABIC, SeedItems.founder(ARABIC));
      index.commit(1);
      assertThat(index.items()).hasSize(1);
    }
  }

  @Test
  void arabicQueryFindsTheArabicItem() throws IOException {
    try (StoryIndex index = seeded()) {
      List<SearchHit> hits = index.search("الحاسوب العملاق في ممفيس", Set.of(), 10);

      assertThat(ids(hits)).containsExactly(ARABIC.id());
      SearchHit hit = hits.getFirst();
      assertThat(hit.storyId()).isEqualTo(SeedItems.founder(ARABIC).storyId());
      assertThat(hit.lang()).isEqualTo("ar");
      assertThat(hit.title()).isEqualTo(ARABIC.title());
      assertThat(hit.score()).isPositive();
    }
  }

  @Test
  void arabicStemmingMatchesOtherFormsOfAWord() throws IOException {
    try (StoryIndex index = seeded()) {
      // the text writes الحواسيب and الحاسوب; Arabic normalisation matches the bare form
      assertThat(ids(index.search("حاسوب", Set.of(), 10))).containsExactly(ARABIC.id());
    }
  }

  @Test
  void chineseQueryFindsTheChineseItem() throws IOException {
    try (StoryIndex index = seeded()) {
      List<SearchHit> hits = index.search("超级计算机", Set.of(), 10);

      assertThat(ids(hits)).containsExactly(CHINESE.id());
      assertThat(hits.getFirst().storyId()).isEqualTo(SeedItems.founder(ARABIC).storyId());
      assertThat(hits.getFirst().lang()).isEqualTo("zh");
    }
  }

  @Test
  void englishWordOfTheQuoteInsideTheArabicArticleFindsIt() throws IOException {
    try (StoryIndex index = seeded()) {
      // "remember" in the embedded post; English stemming matches the inflected query
      assertThat(ids(index.search("remembered", Set.of(), 10))).containsExactly(ARABIC.id());
    }
  }

  @Test
  void entityKeyFindsBothReports() throws IOException {
    try (StoryIndex index = seeded()) {
      assertThat(ids(index.search("", Set.of(SeedItems.PERSON_KEY), 10)))
          .containsExactlyInAnyOrder(ARABIC.id(), CHINESE.id());
    }
  }

  @Test
  void latinNameFindsAnArabicItemThatWritesItInArabicScript() throws IOException {
    Item arabicOnly = SeedItems.arabicOnly();
    try (StoryIndex index = open()) {
      index.putItem(arabicOnly, SeedItems.founder(arabicOnly));
      index.commit(3);

      assertThat(arabicOnly.text()).doesNotContain("Babuschkin").contains("بابوشكين");
      assertThat(ids(index.search("Babuschkin", Set.of(SeedItems.PERSON_KEY), 10))).containsExactly(arabicOnly.id());
      // the name typed as its key matches even before the caller resolves it
      assertThat(ids(index.search("Babuschkin", Set.of(), 10))).containsExactly(arabicOnly.id());
      assertThat(ids(index.search("Tegmark", Set.of(), 10))).isEmpty();
    }
  }

  @Test
  void queryOfOnlySyntaxOrNothingFindsNothingWithoutFailing() throws IOException {
    try (StoryIndex index = seeded()) {
      assertThat(index.search("AND (( ]]", Set.of(), 10)).isEmpty();
      assertThat(index.search("", Set.of(), 10)).isEmpty();
      assertThat(index.search("   ", Set.of(), 10)).isEmpty();
      assertThat(index.search("\"*:* OR title:x~2^3 -!/\\", Set.of(), 10)).isNotNull();
      assertThat(index.search("超级计算机", Set.of(), 0)).isEmpty();
    }
  }

  @Test
  void veryLongQueryStaysWithinTheClauseLimit() throws IOException {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      words.append("word").append(i).append(' ');
    }
    try (StoryIndex index = seeded()) {
      assertThat(index.search(words + "xAI", Set.of(), 10)).isNotNull();
    }
  }

  @Test
  void latestIsNewestFirstByPublishedElseFirstSeen() throws IOException {
    // published 2025-08-13T15:30Z; first seen 2025-08-14T02:00Z (no published); published 2025-11-28
    Item flash = SeedItems.flash(1, "快讯", "2025-11-28T13:39");
    Item older = SeedItems.flash(2, "旧快讯", "2025-08-01");
    try (StoryIndex index = seeded()) {
      index.putItem(flash, SeedItems.founder(flash));
      index.putItem(older, SeedItems.founder(older));
      index.commit(2);

      assertThat(index.latest(10)).extracting(Item::id).containsExactly(flash.id(), CHINESE.id(), ARABIC.id(), older.id());
      assertThat(index.latest(2)).extracting(Item::id).containsExactly(flash.id(), CHINESE.id());
      assertThat(index.latest(0)).isEmpty();
    }
  }

  @Test
  void readsAreOptionalWhenAbsent() throws IOException {
    try (StoryIndex index = open()) {
      assertThat(index.item(ARABIC.id())).isEqualTo(Optional.empty());
    }
  }
}
