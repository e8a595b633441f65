package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bad input gets a valid membership, with bounded work. The timeouts are hang guards, far above
 * the expected milliseconds, not performance assertions (those live in the bench module).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BadInputTest {

  private final StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT);

  @Test
  void anItemWithNoTextAndNoRepresentationFoundsAStory() {
    clusterer.add(SeedItems.arabic().build());

    Membership membership = clusterer.add(TestItem.article("empty", null).build());

    assertThat(membership.founded()).isTrue();
  }

  @Test
  void anItemOfOneWordFoundsAStoryEvenWhenTheStoryHasThatWord() {
    clusterer.add(SeedItems.chinese().build());

    Membership membership = clusterer.add(TestItem.flash("one", 1, "zh").text("xAI").build());

    assertThat(membership.founded()).isTrue();
  }

  @Test
  void tenThousandAnchorsAreCappedToTheRarestAndStrongest() {
    clusterer.add(SeedItems.arabic().build());
    List<String> anchors = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      anchors.add("e:entity-" + i);
      anchors.add("n:" + i + "|unit");
    }
    Item flood = TestItem.article("flood", "en").text("a list").anchors(anchors).build();

    Membership first = clusterer.add(flood);
    Membership second = clusterer.add(TestItem.article("flood-2", "en").text("another list").anchors(anchors).build());

    assertThat(first.founded()).isTrue();
    assertThat(second.storyId()).as("sharing its considered anchors, it joins").isEqualTo(first.storyId());
    assertThat(second.shared()).hasSizeLessThanOrEqualTo(ClusterConfig.DEFAULT_MAX_ANCHORS_PER_ITEM);
    assertThat(second.shared()).allSatisfy(a -> assertThat(a.anchor()).startsWith("e:"));
  }

  @Test
  void tenThousandNamedEntitiesAreCappedAndStillExplained() {
    clusterer.add(SeedItems.arabic().build());
    TestItem first = TestItem.article("names", "en").text("a list of names");
    TestItem second = TestItem.article("names-2", "en").text("another list of names");
    for (int i = 0; i < 10_000; i++) {
      first.entity("Name " + i, "name-" + i);
      second.entity("Name " + i, "name-" + i);
    }

    Membership founder = clusterer.add(first.build());
    Membership joiner = clusterer.add(second.build());

    assertThat(founder.founded()).isTrue();
    assertThat(joiner.storyId()).as("sharing its considered names, it joins").isEqualTo(founder.storyId());
    assertThat(joiner.shared()).isNotEmpty().hasSizeLessThanOrEqualTo(ClusterConfig.DEFAULT_MAX_ANCHORS_PER_ITEM);
    assertThat(joiner.shared()).allSatisfy(a -> assertThat(a.label()).startsWith("Name "));
  }

  @Test
  void onlyNumbersWithoutUnitsNeverJoin() {
    List<String> numbers = new ArrayList<>();
    Map<String, Integer> terms = new HashMap<>();
    for (int i = 0; i < 500; i++) {
      numbers.add("n:" + i);
      terms.put("xx:" + i, 1);
    }
    Membership first = clusterer.add(TestItem.article("numbers-1", "xx").anchors(numbers).terms(terms)
        .shingles(new long[] {1, 2, 3}).contentHash("h1").build());
    Membership second = clusterer.add(TestItem.article("numbers-2", "xx").anchors(numbers).terms(Map.of("xx:7", 1))
        .shingles(new long[] {4, 5, 6}).contentHash("h2").build());

    assertThat(first.founded()).isTrue();
    assertThat(second.founded()).isTrue();
    assertThat(second.shared()).isEmpty();
  }

  @Test
  void theSameTextRepeatedIsHandledAsOneText() {
    String sentence = "أعلن إيغور بابوشكين رحيله عن الشركة. ";
    long[] shingles = new long[200_000];
    Arrays.fill(shingles, 42L);
    Item repeated = TestItem.article("repeated", "ar")
        .text(sentence.repeat(20_000))
        .terms(Map.of("ar:أعلن", 20_000, "ar:بابوشكين", 20_000, "ar:رحيله", 20_000, "ar:الشركة", 20_000))
        .shingles(shingles)
        .entity("بابوشكين", "Babuschkin")
        .build();
    clusterer.add(SeedItems.arabic().build());

    Membership membership = clusterer.add(repeated);

    assertThat(membership.founded()).as("one name and four words are not the story").isTrue();
  }

  @Test
  void malformedAnchorsAndDatesAreIgnored() {
    Item odd = TestItem.article("odd", "en")
        .text("text")
        .published("yesterday-ish")
        .anchors("", "e:", "x:unknown", "d:not-a-day", "n:3|", "e:" + "x".repeat(10_000), "zz")
        .build();

    Membership membership = clusterer.add(odd);

    assertThat(membership.founded()).isTrue();
  }

  @Test
  void aPublicationDateFarInTheFutureDoesNotEvictLiveStories() {
    clusterer.add(SeedItems.arabic().build());

    clusterer.add(TestItem.article("future", "en").text("from the future").published("2099-01-01").build());

    assertThat(clusterer.liveStoryCount()).isEqualTo(2);
    assertThat(clusterer.add(SeedItems.chinese().build()).founded()).isFalse();
  }
}
