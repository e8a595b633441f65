package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import dev.storywire.model.Membership;
import dev.storywire.model.Story;
import dev.storywire.model.StoryMember;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAssemblerTest {

  @Test
  void assemblesTheSeedStory() {
    Item flash = TestItem.flash("ticker", 1, "en").title("Babuschkin leaves xAI")
        .firstSeen("2025-08-13T10:00:00Z").eventDates("2025-08-12").build();
    Item arabic = SeedItems.arabic().build();
    Item chinese = SeedItems.chinese().eventDates("2025-08-13", "2023-03-01").build();
    StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT);
    List<Membership> memberships = List.of(
        Membership.founder(flash.id(), "s1"),
        new Membership(arabic.id(), "s1", 0.9, flash.id(), List.of(), 0, null),
        new Membership(chinese.id(), "s1", 0.99, arabic.id(), List.of(), 0, null));

    Story story = StoryAssembler.assemble("s1", List.of(flash, arabic, chinese), memberships);

    assertThat(story.id()).isEqualTo("s1");
    assertThat(story.title()).as("the earliest article, not the flash item").isEqualTo(arabic.title());
    assertThat(story.languages()).containsExactly("ar", "en", "zh");
    assertThat(story.members()).extracting(StoryMember::id).containsExactly(flash.id(), arabic.id(), chinese.id());
    assertThat(story.members()).extracting(StoryMember::kind)
        .containsExactly(ItemKind.FLASH, ItemKind.ARTICLE, ItemKind.ARTICLE);
    assertThat(story.members().get(2).membership()).isEqualTo(memberships.get(2));
    assertThat(story.eventDates()).containsExactly("2025-08-13", "2025-08-12", "2023-03-01");
    assertThat(story.updated()).isEqualTo("2025-08-14T02:00:00Z");
    assertThat(clusterer.storyCount()).isZero();
  }

  @Test
  void aStoryOfFlashItemsTakesTheFirstTitle() {
    Item first = TestItem.flash("t", 1, "zh").title("第一").build();
    Item second = TestItem.flash("t", 2, "zh").title("第二").build();

    Story story = StoryAssembler.assemble("s", List.of(first, second),
        List.of(Membership.founder(first.id(), "s"), Membership.founder(second.id(), "s")));

    assertThat(story.title()).isEqualTo("第一");
  }

  @Test
  void updatedIsTheLatestOfPublishedAndFirstSeen() {
    Item item = TestItem.article("d", "en").title("t").published("2025-08-13T23:30:00+00:00")
        .firstSeen("2025-08-13T12:00:00Z").build();

    Story story = StoryAssembler.assemble("s", List.of(item), List.of(Membership.founder(item.id(), "s")));

    assertThat(story.updated()).isEqualTo("2025-08-13T23:30:00Z");
  }

  @Test
  void anItemWithoutMembershipIsRejected() {
    Item item = TestItem.article("d", "en").build();

    assertThatThrownBy(() -> StoryAssembler.assemble("s", List.of(item), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoryAssembler.assemble("s", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
