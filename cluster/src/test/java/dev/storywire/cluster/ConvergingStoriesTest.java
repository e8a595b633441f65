package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two stories that turn out to be one are merged by the report that matches both, and stay merged. */
class ConvergingStoriesTest {

  private static final String[] SHIP = {"e:Ever Ardent", "e:Kallisto Lines", "e:Bosporus", "e:Anna Petrova",
      "e:Lloyd's Register", "e:Panama", "e:Kumport", "e:Svitzer", "n:240000|t"};
  private static final String[] PORT = {"e:Haydarpasa", "e:Istanbul Port Authority", "e:Mert Aksoy", "e:Ambarli",
      "e:Turkish Maritime", "e:Marmara", "e:Yilport", "e:Kadikoy", "n:37|ship"};

  private static String[] with(String[] anchors, String... more) {
    List<String> all = new ArrayList<>(List.of(anchors));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /** Two facets of one event, first reported apart: an English report of the ship, a German one of the port. */
  private static List<Item> stream() {
    List<Item> items = new ArrayList<>();
    items.add(TestItem.article("ship", "en").text("The container ship ran aground in the strait on Tuesday.")
        .firstSeen("2025-08-13T06:00:00Z").anchors(with(SHIP, "d:2025-08-12")).build());
    items.add(TestItem.article("port", "de").text("Der Hafen bleibt nach dem Unglück für Tage geschlossen.")
        .firstSeen("2025-08-13T07:00:00Z").anchors(with(PORT, "d:2025-08-12")).build());
    items.add(TestItem.article("both", "fr").text("Le navire échoué bloque le port pendant plusieurs jours.")
        .firstSeen("2025-08-13T08:00:00Z").anchors(with(with(SHIP, PORT), "d:2025-08-12")).build());
    items.add(TestItem.article("port-again", "de").text("Die Hafenbehörde nennt noch keinen Termin für die Öffnung.")
        .firstSeen("2025-08-13T09:00:00Z").anchors(with(PORT, "d:2025-08-12")).build());
    return items;
  }

  @Test
  void aReportMatchingTwoStoriesMergesTheYoungerIntoTheOlder() {
    StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT);
    List<Item> items = stream();
    Membership ship = clusterer.add(items.get(0));
    Membership port = clusterer.add(items.get(1));
    assertThat(port.storyId()).as("nothing shared yet").isNotEqualTo(ship.storyId());

    Membership both = clusterer.add(items.get(2));

    assertThat(both.storyId()).as("the older story survives").isEqualTo(ship.storyId());
    assertThat(both.merged()).containsExactly(port.storyId());
    assertThat(clusterer.isLive(port.storyId())).isFalse();
    Membership later = clusterer.add(items.get(3));
    assertThat(later.storyId()).as("the port's follow-up finds the merged story").isEqualTo(ship.storyId());
    assertThat(later.merged()).isEmpty();
    assertThat(clusterer.storyCount()).isEqualTo(2);
  }

  @Test
  void withMergesTurnedOffTheReportJoinsOneStoryAndTheOtherStays() {
    StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT.withMergeThreshold(Double.POSITIVE_INFINITY));
    List<Item> items = stream();
    Membership ship = clusterer.add(items.get(0));
    Membership port = clusterer.add(items.get(1));

    Membership both = clusterer.add(items.get(2));

    assertThat(both.merged()).isEmpty();
    assertThat(both.storyId()).isIn(ship.storyId(), port.storyId());
    assertThat(clusterer.isLive(port.storyId())).isTrue();
    assertThat(clusterer.isLive(ship.storyId())).isTrue();
  }

  @Test
  void aMergeThresholdBelowTheJoinThresholdIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClusterConfig.DEFAULT.withMergeThreshold(0.4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mergeThreshold");
  }

  @Test
  void restoringMergedMembershipsGivesTheSameStateAsClustering() {
    List<Item> items = stream();
    StreamingClusterer original = new StreamingClusterer(ClusterConfig.DEFAULT);
    List<Membership> stored = new ArrayList<>();
    for (Item item : items.subList(0, 3)) {
      stored.add(original.add(item));
    }
    String survivor = stored.get(2).storyId();
    // what the application stores: the absorbed story's members moved to the survivor
    stored.set(1, stored.get(1).movedTo(survivor));
    assertThat(stored.get(1).clusteredStory()).isNotEqualTo(survivor);

    StreamingClusterer restarted = new StreamingClusterer(ClusterConfig.DEFAULT);
    for (int i = 0; i < 3; i++) {
      restarted.restore(items.get(i), stored.get(i));
    }

    assertThat(restarted.add(items.get(3))).isEqualTo(original.add(items.get(3)));
    assertThat(restarted.isLive(stored.get(1).clusteredStory())).isFalse();
  }

  @Test
  void storiesHoldingCorrectedItemsAreNeverMerged() {
    List<Item> items = stream();
    Corrections keepPortApart = itemId -> itemId.equals(items.get(1).id()) ? "user-split-1" : null;
    StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT, keepPortApart);
    clusterer.add(items.get(0));
    Membership port = clusterer.add(items.get(1));

    Membership both = clusterer.add(items.get(2));

    assertThat(both.merged()).isEmpty();
    assertThat(clusterer.isLive(port.storyId())).isTrue();
  }
}
