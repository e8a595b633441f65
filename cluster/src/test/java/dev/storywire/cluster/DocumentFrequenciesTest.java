package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.cluster.DocumentFrequencies.Count;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts found ahead (by a preparing thread) count exactly as keys looked up when counting. */
class DocumentFrequenciesTest {

  @Test
  void aCountFoundBeforeTheKeyWasCountedReadsAsAbsentAndThenCounts() {
    DocumentFrequencies frequencies = new DocumentFrequencies(1_000);
    Count ahead = frequencies.termCount("en:harbour");

    assertThat(frequencies.termFrequency("en:harbour", ahead)).isZero();
    assertThat(frequencies.termFrequency("en:harbour")).isZero();
    assertThat(frequencies.size()).as("a key found ahead is not a counted key").isZero();

    frequencies.add(List.of(), null, List.of("en:harbour"), new Count[] {ahead});
    frequencies.add(List.of("e:haydarpasa"), List.of("en:harbour"));

    assertThat(frequencies.termFrequency("en:harbour", ahead)).isEqualTo(2);
    assertThat(frequencies.termFrequency("en:harbour")).isEqualTo(2);
    assertThat(frequencies.size()).isEqualTo(2);
  }

  @Test
  void aCountDroppedByADecayIsNotReadOrCountedAgain() {
    DocumentFrequencies frequencies = new DocumentFrequencies(2);
    frequencies.add(List.of(), List.of("en:harbour"));
    Count stale = frequencies.termCount("en:harbour");
    Count neverCounted = frequencies.termCount("en:ferry");
    frequencies.add(List.of(), List.of("en:train")); // the second report: counts halve, ones drop to zero

    assertThat(frequencies.termFrequency("en:harbour", stale)).isZero();
    assertThat(frequencies.termFrequency("en:ferry", neverCounted)).isZero();
    assertThat(frequencies.size()).isZero();

    frequencies.add(List.of(), null, List.of("en:harbour", "en:ferry"), new Count[] {stale, neverCounted});

    assertThat(frequencies.termFrequency("en:harbour")).isEqualTo(1);
    assertThat(frequencies.termFrequency("en:ferry")).isEqualTo(1);
    assertThat(frequencies.termFrequency("en:harbour", stale)).as("the dropped count is not the key's any more").isEqualTo(1);
    assertThat(frequencies.size()).isEqualTo(2);
  }
}
