package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScorerTrainerTest {
  /** Pairs where shared entities decide sameness and numbers are noise. */
  private static List<ScorerTrainer.Sample> samples() {
    Random random = new Random(7);
    List<ScorerTrainer.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      boolean same = i % 2 == 0;
      double entities = same ? 3 + random.nextDouble() * 3 : random.nextDouble();
      PairFeatures f = new PairFeatures(entities, 0, 0, 0, 0, random.nextDouble() * 3, 0, 0, 0);
      samples.add(new ScorerTrainer.Sample(List.of(f, f), same ? 1 : 0));
    }
    return samples;
  }

  @Test
  void learnsWhichEvidenceSeparatesAndIsReproducible() {
    ScorerWeights start = ScorerWeights.HAND_SET;
    ScorerWeights fitted = ScorerTrainer.fit(samples(), start);
    assertThat(fitted).isEqualTo(ScorerTrainer.fit(samples(), start));
    double loss = loss(fitted);
    assertThat(loss).isLessThan(loss(start));
    PairFeatures strong = new PairFeatures(5, 0, 0, 0, 0, 0, 0, 0, 0);
    PairFeatures weak = new PairFeatures(0.5, 0, 0, 0, 0, 3, 0, 0, 0);
    assertThat(SameStoryScorer.logistic(fitted.z(strong))).isGreaterThan(0.9);
    assertThat(SameStoryScorer.logistic(fitted.z(weak))).isLessThan(0.2);
    assertThat(fitted.strongCap()).isEqualTo(start.strongCap());
    assertThat(fitted.flash()).isEqualTo(start.flash());
  }

  private static double loss(ScorerWeights w) {
    double sum = 0;
    for (ScorerTrainer.Sample s : samples()) {
      double p = SameStoryScorer.logistic(w.z(s.directions().get(0)));
      sum -= s.target() * Math.log(p) + (1 - s.target()) * Math.log(1 - p);
    }
    return sum;
  }

  @Test
  void weightsRoundTripAndACorruptFileSaysWhatIsWrong() throws IOException {
    ScorerWeights w = ScorerTrainer.fit(samples(), ScorerWeights.HAND_SET);
    String text = w.write("v-test", "test weights");
    ScorerWeights read = ScorerWeights.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(read.entity()).isCloseTo(w.entity(), org.assertj.core.data.Offset.offset(1e-4));
    assertThat(ScorerWeights.DEFAULT).isEqualTo(ScorerWeights.HAND_SET);
    assertThatThrownBy(() -> ScorerWeights.read(new ByteArrayInputStream(
        text.replace("entity=", "entity=x").getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class).hasMessageContaining("'entity' is not a number");
    assertThatThrownBy(() -> ScorerWeights.read(new ByteArrayInputStream("bias=1\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class).hasMessageContaining("no 'entity'");
  }
}
