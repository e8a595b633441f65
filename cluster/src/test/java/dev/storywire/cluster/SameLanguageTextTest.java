package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In one language, high text similarity joins reports that share few anchors. */
class SameLanguageTextTest {

  private final StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT);

  @Test
  void aRewrittenChineseReportWithOneAnchorJoinsOnText() {
    Membership chinese = clusterer.add(SeedItems.chinese().build());
    List<String> lines = SeedItems.lines(SeedItems.CHINESE_DOC);
    Item rewrite = TestItem.article("rewrite", "zh")
        .title("xAI联合创始人Babuschkin宣布离职")
        .text(lines.get(1), lines.get(2))
        .firstSeen("2025-08-14T06:00:00Z")
        .entity("Babuschkin", "Babuschkin")
        .build();

    Membership membership = clusterer.add(rewrite);

    assertThat(membership.storyId()).isEqualTo(chinese.storyId());
    assertThat(membership.duplicateOf()).isNull();
    assertThat(membership.textSimilarity()).isGreaterThan(0.5);
  }

  @Test
  void commonWordsAloneDoNotJoin() {
    clusterer.add(SeedItems.chinese().build());
    Item other = TestItem.article("other", "zh")
        .title("公司发布新产品")
        .text("该公司周三正式宣布推出一款新的产品,公司表示这款产品将在未来几个月内上市。")
        .firstSeen("2025-08-14T06:00:00Z")
        .build();

    assertThat(clusterer.add(other).founded()).isTrue();
  }
}
