package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small parts of the scorer: anchor kinds, item time, MinHash, weights and configuration. */
class ScorerPartsTest {

  @Test
  void anchorsAreReadByKind() {
    assertThat(Anchor.parse("e:Babuschkin")).map(Anchor::kind).contains(AnchorKind.ENTITY);
    assertThat(Anchor.parse("h:@ibab")).map(Anchor::kind).contains(AnchorKind.HANDLE);
    assertThat(Anchor.parse("u:https://x.com/ibab")).map(Anchor::kind).contains(AnchorKind.URL);
    assertThat(Anchor.parse("d:2025-08-13")).map(Anchor::kind).contains(AnchorKind.DAY);
    assertThat(Anchor.parse("d:2023")).map(Anchor::kind).contains(AnchorKind.COARSE_DATE);
    assertThat(Anchor.parse("n:3|month")).map(Anchor::kind).contains(AnchorKind.NUMBER);
    assertThat(Anchor.parse("n:3|month")).map(Anchor::defaultLabel).contains("3 month");
  }

  @Test
  void numbersWithoutUnitsAndMalformedAnchorsAreDropped() {
    for (String key : List.of("n:3", "n:3|", "n:|month", "e:", "e: ", "x:thing", "zz", "", "d:yesterday")) {
      assertThat(Anchor.parse(key)).as(key).isEmpty();
    }
  }

  @Test
  void itemTimeIsPublishedWhenParseableElseFirstSeen() {
    assertThat(ItemTime.parse("2025-08-13")).contains(Instant.parse("2025-08-13T00:00:00Z"));
    assertThat(ItemTime.parse("2025-08-13T18:00")).contains(Instant.parse("2025-08-13T18:00:00Z"));
    assertThat(ItemTime.parse("2025-08-13T18:00:00+03:00")).contains(Instant.parse("2025-08-13T15:00:00Z"));
    assertThat(ItemTime.parse("Wed, 13 Aug 2025")).isEqualTo(Optional.empty());
    assertThat(ItemTime.of(TestItem.article("d", "en").published("soon").firstSeen("2025-08-13T12:00:00Z").build()))
        .isEqualTo(Instant.parse("2025-08-13T12:00:00Z"));
  }

  @Test
  void minHashEstimatesJaccard() {
    long[] a = new long[1000];
    long[] b = new long[1000];
    for (int i = 0; i < 1000; i++) {
      a[i] = MinHasher.mix(i);
      b[i] = MinHasher.mix(i < 900 ? i : i + 10_000);
    }
    double estimate = MinHasher.estimateJaccard(MinHasher.signature(a), MinHasher.signature(b));

    assertThat(estimate).isBetween(0.72, 0.92);
    assertThat(MinHasher.signature(new long[] {1, 2, 3})).as("too short for near copies").isEmpty();
  }

  @Test
  void oneStrongAnchorOrDaysAndNumbersAloneStayFarBelowTheThreshold() {
    ScorerWeights w = ScorerWeights.HAND_SET; // the reasoning the hand-set weights were chosen by
    double oneAnchorAndAllWeak = SameStoryScorer.logistic(w.bias() + w.entity() + w.weakCap());
    double fourAnchorsAndADay = SameStoryScorer.logistic(w.bias() + 4 * w.entity() + w.day());

    assertThat(oneAnchorAndAllWeak).isLessThan(0.1);
    assertThat(SameStoryScorer.logistic(w.bias() + w.weakCap())).isLessThan(0.05);
    assertThat(fourAnchorsAndADay).isGreaterThan(ClusterConfig.DEFAULT_JOIN_THRESHOLD);
  }

  @Test
  void withTheShippedWeightsDaysAndNumbersAloneNeverJoin() {
    ScorerWeights w = ScorerWeights.DEFAULT;
    PairFeatures onlyWeak = new PairFeatures(0, 0, 0, 20, 20, 20, 0, 0, 0);
    assertThat(SameStoryScorer.logistic(w.z(onlyWeak))).isLessThan(ClusterConfig.DEFAULT_JOIN_THRESHOLD);
  }

  @Test
  void documentFrequenciesDecaySoThatOldVocabularyLeaves() {
    DocumentFrequencies frequencies = new DocumentFrequencies(4);
    frequencies.add(List.of("e:old"), List.of("en:old"));
    frequencies.add(List.of("e:common"), List.of());
    frequencies.add(List.of("e:common"), List.of());
    double rarityBefore = frequencies.anchorRarity("e:common");

    frequencies.add(List.of("e:common"), List.of());

    assertThat(frequencies.anchorFrequency("e:old")).isZero();
    assertThat(frequencies.termFrequency("en:old")).isZero();
    assertThat(frequencies.anchorFrequency("e:common")).isEqualTo(1);
    assertThat(frequencies.size()).isEqualTo(1);
    assertThat(rarityBefore).isLessThan(1).isGreaterThan(0.8);
  }

  @Test
  void configurationIsValidated() {
    assertThatThrownBy(() -> ClusterConfig.DEFAULT.withWindow(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ClusterConfig.DEFAULT.withWeights(ScorerWeights.DEFAULT)).isEqualTo(ClusterConfig.DEFAULT);
  }
}
