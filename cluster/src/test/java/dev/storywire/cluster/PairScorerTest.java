package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Item;
import org.junit.jupiter.api.Test;

class PairScorerTest {
  @Test
  void theSeedReportsScoreAsTheStreamWouldJoinThemAndTheScoreIsSymmetric() {
    Item arabic = SeedItems.arabic().build();
    Item chinese = SeedItems.chinese().build();
    PairScorer scorer = new PairScorer(ClusterConfig.DEFAULT);
    scorer.observe(arabic);
    scorer.observe(chinese);

    PairScorer.PairScore ab = scorer.score(arabic, chinese);
    PairScorer.PairScore ba = scorer.score(chinese, arabic);

    assertThat(ab.probability()).isGreaterThanOrEqualTo(ClusterConfig.DEFAULT.joinThreshold());
    assertThat(ba.probability()).isEqualTo(ab.probability());
    assertThat(ab.shared()).extracting(s -> s.anchor()).isNotEmpty();
  }
}
