package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.model.SharedAnchor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The product's hard requirement on the seed pages: one story in two languages, twelve apart. */
class StreamingClustererSeedsTest {

  private final StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT);

  @Test
  void arabicAndChineseReportsOfOneEventJoin() {
    Item arabic = SeedItems.arabic().build();
    Item chinese = SeedItems.chinese().build();

    Membership founder = clusterer.add(arabic);
    Membership joined = clusterer.add(chinese);

    assertThat(founder.founded()).isTrue();
    assertThat(joined.storyId()).isEqualTo(founder.storyId());
    assertThat(joined.matchedItem()).isEqualTo(arabic.id());
    assertThat(joined.duplicateOf()).isNull();
    assertThat(joined.score()).isGreaterThan(0.9);
    assertThat(joined.textSimilarity()).as("no shared language, anchors only").isZero();
    assertThat(joined.shared()).extracting(SharedAnchor::anchor)
        .contains("e:Babuschkin", "e:xAI", "e:Musk", "e:Memphis", "e:OpenAI", "e:Google DeepMind",
            "e:Anthropic", "e:Grok", "e:ChatGPT", "n:3|month", "d:2025-08-13", "d:2023");
    assertThat(clusterer.storyCount()).isEqualTo(1);
  }

  @Test
  void sharedEvidenceIsLabelledWithTheItemsSurfaceFormsStrongestFirst() {
    clusterer.add(SeedItems.arabic().build());
    Membership joined = clusterer.add(SeedItems.chinese().build());

    assertThat(joined.shared()).filteredOn(a -> a.anchor().equals("e:Musk"))
        .singleElement().extracting(SharedAnchor::label).isEqualTo("埃隆·马斯克");
    assertThat(joined.shared()).filteredOn(a -> a.anchor().equals("n:3|month"))
        .singleElement().extracting(SharedAnchor::label).isEqualTo("3 month");
    List<Double> weights = joined.shared().stream().map(SharedAnchor::weight).toList();
    assertThat(weights).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(joined.shared().getFirst().anchor()).startsWith("e:");
  }

  @Test
  void twelveFlashItemsOfTheTickerStayApartFromEachOtherAndFromTheReports() {
    List<Item> items = new ArrayList<>();
    items.add(SeedItems.arabic().build());
    items.add(SeedItems.chinese().build());
    items.addAll(SeedItems.build(SeedItems.flash()));

    List<Membership> memberships = items.stream().map(clusterer::add).toList();

    assertThat(memberships.get(1).storyId()).isEqualTo(memberships.get(0).storyId());
    assertThat(memberships.subList(2, 14)).allSatisfy(m -> assertThat(m.founded()).isTrue());
    assertThat(clusterer.storyCount()).isEqualTo(13);
  }

  @Test
  void flashItemsSharingADayOneEntityAndANumberWithEachOtherAndTheReportStayApart() {
    clusterer.add(SeedItems.arabic().anchors("e:Google").build());
    clusterer.add(SeedItems.chinese().anchors("e:Google").build());
    List<TestItem> flash = SeedItems.flash();
    flash.forEach(f -> f.anchors("e:Google", "d:2025-08-13", "n:3|month", "d:2023"));

    List<Membership> memberships = SeedItems.build(flash).stream().map(clusterer::add).toList();

    assertThat(memberships).allSatisfy(m -> assertThat(m.founded()).isTrue());
    Set<String> stories = new HashSet<>();
    memberships.forEach(m -> stories.add(m.storyId()));
    assertThat(stories).hasSize(12);
    assertThat(clusterer.storyCount()).isEqualTo(13);
  }

  @Test
  void flashItemsSharingThreeGenericEntitiesADayAndANumberStayApartWithAMargin() {
    clusterer.add(SeedItems.arabic().build());
    clusterer.add(SeedItems.chinese().build());
    List<TestItem> flash = SeedItems.flash();
    flash.forEach(f -> f.anchors("e:China", "e:AI", "e:Beijing", "d:2025-08-13", "n:3|month", "d:2023"));

    for (Item item : SeedItems.build(flash)) {
      assertThat(clusterer.add(item).founded()).isTrue();
      assertThat(clusterer.lastBestProbability()).as("best rejected candidate").isLessThan(0.3);
    }
  }

  @Test
  void oneSharedEntityIsNotEnough() {
    clusterer.add(SeedItems.arabic().build());
    Item tesla = TestItem.article("tesla", "zh")
        .title("特斯拉公布季度交付量")
        .text("马斯克旗下的特斯拉周三公布了第二季度的交付数据,交付量低于市场预期,股价在盘后交易中下跌。")
        .firstSeen("2025-08-13T20:00:00Z")
        .entity("马斯克", "Musk")
        .entity("特斯拉", "Tesla")
        .anchors("d:2025-08-13")
        .build();

    Membership membership = clusterer.add(tesla);

    assertThat(membership.founded()).isTrue();
    assertThat(clusterer.lastBestProbability()).isLessThan(0.1);
    assertThat(clusterer.storyCount()).isEqualTo(2);
  }

  @Test
  void aReportThirtyDaysLaterFoundsANewStory() {
    Membership arabic = clusterer.add(SeedItems.arabic().build());
    Item late = SeedItems.chinese().published("2025-09-13T09:30:00+08:00").firstSeen("2025-09-13T02:00:00Z").build();

    Membership membership = clusterer.add(late);

    assertThat(membership.founded()).isTrue();
    assertThat(membership.storyId()).isNotEqualTo(arabic.storyId());
    assertThat(clusterer.liveStoryCount()).as("the August story left the window").isEqualTo(1);
  }

  @Test
  void lateReportsOfOneEventStillMeetEachOther() {
    clusterer.add(TestItem.article("news-of-november", "en").text("a report of another day")
        .published("2025-11-20T08:00:00Z").firstSeen("2025-11-20T08:00:00Z").build());

    Membership arabic = clusterer.add(SeedItems.arabic().build()); // three months behind the newest time seen
    Membership chinese = clusterer.add(SeedItems.chinese().build());

    assertThat(arabic.founded()).isTrue();
    assertThat(chinese.storyId()).as("a back catalogue replayed after newer news").isEqualTo(arabic.storyId());
  }

  @Test
  void storiesOutOfTheWindowStayOnlyWhileLateItemsTouchThem() {
    clusterer.add(SeedItems.arabic().build());
    clusterer.add(TestItem.article("news-of-november", "en").text("a report of another day")
        .published("2025-11-20T08:00:00Z").firstSeen("2025-11-20T08:00:00Z").build());
    assertThat(clusterer.liveStoryCount()).as("in time order nothing is kept out of the window").isEqualTo(1);

    Membership late = clusterer.add(SeedItems.chinese().build()); // late: founds a story kept for other late items
    assertThat(clusterer.isLive(late.storyId())).isTrue();
    for (int i = 0; i < StreamingClusterer.LATE_ARRIVALS; i++) {
      clusterer.add(TestItem.article("filler-" + i, "en").text("filler")
          .published("2025-11-20T08:00:00Z").firstSeen("2025-11-20T08:00:00Z").build());
    }
    assertThat(clusterer.isLive(late.storyId())).as("evicted once no late item touched it for a while").isFalse();
  }

  @Test
  void aReportSixDaysLaterStillJoins() {
    Membership arabic = clusterer.add(SeedItems.arabic().build());
    Item later = SeedItems.chinese().published("2025-08-19T09:30:00+08:00").firstSeen("2025-08-19T02:00:00Z").build();

    assertThat(clusterer.add(later).storyId()).isEqualTo(arabic.storyId());
  }
}
