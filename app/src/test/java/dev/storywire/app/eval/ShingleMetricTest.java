package dev.storywire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMetricTest {
  @Test
  void tokensFollowPythonsUnicodeWordCharacters() {
    assertThat(ShingleMetric.tokens("Igor's xAI_2 (2025) — مرحبا 世界")).containsExactly("Igor", "s", "xAI_2", "2025", "مرحبا", "世界");
    // Combining marks are not word characters in Python's re: Devanagari splits at its vowel signs.
    assertThat(ShingleMetric.tokens("हिन्दी")).containsExactly("ह", "न", "द");
    assertThat(ShingleMetric.tokens("½ Ⅻ")).containsExactly("½", "Ⅻ");
  }

  @Test
  void identicalTextsScoreOneAndShortTextsAreOneShingle() {
    ShingleMetric metric = new ShingleMetric();
    metric.add("one two three four five", "one two three four five");
    metric.add("short text", "short text");
    assertThat(metric.precision()).isEqualTo(1.0);
    assertThat(metric.recall()).isEqualTo(1.0);
    assertThat(ShingleMetric.shingles("short text")).containsOnlyKeys("short text");
  }

  @Test
  void perPageCountsAreNormalisedAndEmptyPagesLeftOutOfTheMeans() {
    // gold: 2 shingles (a b c d, b c d e); output: a b c d x → shingles "a b c d", "b c d x": tp 1, fp 1, fn 1
    double[] s = ShingleMetric.score("a b c d e", "a b c d x");
    assertThat(s).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-12));
    ShingleMetric metric = new ShingleMetric();
    metric.add("a b c d e", "a b c d x"); // P 0.5, R 0.5
    metric.add("", ""); // no shingle on either side: in neither mean
    metric.add("g h i j", ""); // nothing extracted: recall 0, not in the precision mean
    assertThat(metric.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(metric.recall()).isCloseTo(0.25, within(1e-12));
    assertThat(metric.f1()).isCloseTo(2 * 0.5 * 0.25 / 0.75, within(1e-12));
  }
}
