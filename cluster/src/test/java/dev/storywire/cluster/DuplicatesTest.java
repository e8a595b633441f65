package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact and near copies link to the original, in its story, and are not new reports. */
class DuplicatesTest {

  private final StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT);

  @Test
  void anExactCopyLinksToTheOriginal() {
    Item original = SeedItems.arabic().build();
    Item copy = copyOf(SeedItems.arabic(), "syndicated").build();

    Membership first = clusterer.add(original);
    Membership second = clusterer.add(copy);

    assertThat(second.duplicateOf()).isEqualTo(original.id());
    assertThat(second.matchedItem()).isEqualTo(original.id());
    assertThat(second.storyId()).isEqualTo(first.storyId());
    assertThat(second.textSimilarity()).isEqualTo(1.0);
    assertThat(second.founded()).isFalse();
    assertThat(clusterer.storyCount()).isEqualTo(1);
  }

  @Test
  void aNearCopyWithAnotherClosingParagraphLinksToTheOriginal() {
    Item original = SeedItems.arabic().build();
    List<String> lines = SeedItems.lines(SeedItems.ARABIC_DOC);
    List<String> body = new ArrayList<>(lines.subList(1, lines.size() - 1));
    body.add("تابعونا على منصاتنا للمزيد من أخبار التكنولوجيا والذكاء الاصطناعي.");
    Item near = copyOf(TestItem.article("mirror", "ar"), "mirror")
        .title(lines.getFirst())
        .text(body.toArray(String[]::new))
        .entity("بابوشكين", "Babuschkin")
        .build();

    clusterer.add(original);
    Membership membership = clusterer.add(near);

    assertThat(membership.duplicateOf()).isEqualTo(original.id());
    assertThat(membership.textSimilarity()).isBetween(0.8, 1.0);
  }

  @Test
  void aCopyOfACopyLinksToTheFirstOriginal() {
    Item original = SeedItems.arabic().build();
    clusterer.add(original);
    clusterer.add(copyOf(SeedItems.arabic(), "copy-1").build());

    Membership second = clusterer.add(copyOf(SeedItems.arabic(), "copy-2").build());

    assertThat(second.duplicateOf()).isEqualTo(original.id());
  }

  @Test
  void aCopyIsNotANewReportAndDoesNotChangeTheStory() {
    StreamingClusterer withCopies = new StreamingClusterer(ClusterConfig.DEFAULT);
    withCopies.add(SeedItems.arabic().build());
    withCopies.add(copyOf(SeedItems.arabic(), "copy-1").build());
    clusterer.add(SeedItems.arabic().build());

    Membership afterCopies = withCopies.add(SeedItems.chinese().build());
    Membership plain = clusterer.add(SeedItems.chinese().build());

    assertThat(afterCopies).isEqualTo(plain);
  }

  @Test
  void twoItemsWithoutTextAreNotCopiesOfEachOther() {
    Membership first = clusterer.add(TestItem.flash("empty", 1, "zh").build());
    Membership second = clusterer.add(TestItem.flash("empty", 2, "zh").build());

    assertThat(first.founded()).isTrue();
    assertThat(second.founded()).isTrue();
    assertThat(second.duplicateOf()).isNull();
  }

  @Test
  void aDifferentReportInTheSameLanguageIsNotACopy() {
    clusterer.add(SeedItems.chinese().build());

    Membership flash = clusterer.add(SeedItems.flash().getFirst().build());

    assertThat(flash.duplicateOf()).isNull();
  }

  /** The same builder under another document key: another id, the same text and hash. */
  private static TestItem copyOf(TestItem builder, String documentKey) {
    return builder.documentKey(documentKey);
  }
}
