package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Item;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void namesSharedAsASmallPartOfTwoLongArticlesCountLessThanAsMostOfTwoShortReports() {
    List<String> shared = List.of("e:senate", "e:kavanaugh", "e:fbi", "e:flake", "e:ford", "e:grassley");
    // Two short reports of one event: they share all their names. Two long articles on one
    // subject: the same six names, among forty each.
    Item shortA = TestItem.article("short-a", "en").anchors(shared).build();
    Item shortB = TestItem.article("short-b", "zh").anchors(shared).build();
    Item longA = TestItem.article("long-a", "en").anchors(withOthers(shared, "a", 34)).build();
    Item longB = TestItem.article("long-b", "zh").anchors(withOthers(shared, "b", 34)).build();
    PairScorer scorer = new PairScorer(ClusterConfig.DEFAULT);
    List.of(shortA, shortB, longA, longB).forEach(scorer::observe);

    double reports = scorer.score(shortA, shortB).probability();
    double subject = scorer.score(longA, longB).probability();
    assertThat(reports).isGreaterThanOrEqualTo(ClusterConfig.DEFAULT.joinThreshold());
    assertThat(subject).isLessThan(ClusterConfig.DEFAULT.joinThreshold());
    assertThat(SameStoryScorer.shareFactor(6, 6, 6)).isEqualTo(1.0);
    assertThat(SameStoryScorer.shareFactor(6, 40, 40)).isCloseTo(Math.sqrt(0.15 / 0.3), org.assertj.core.api.Assertions.within(1e-12));
  }

  private static List<String> withOthers(List<String> shared, String prefix, int others) {
    List<String> out = new ArrayList<>(shared);
    for (int i = 0; i < others; i++) {
      out.add("e:" + prefix + "-name-" + i);
    }
    return out;
  }
}
