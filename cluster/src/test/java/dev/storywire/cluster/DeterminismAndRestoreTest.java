package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.model.Representation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The same input order gives the same memberships, and restoring stored results changes nothing. */
class DeterminismAndRestoreTest {

  @Test
  void theSameOrderTwiceGivesIdenticalMemberships() {
    List<Item> items = stream();

    assertThat(clusterAll(items)).isEqualTo(clusterAll(items));
  }

  @Test
  void anchorsGivenInAnotherOrderGiveIdenticalMemberships() {
    List<Item> items = stream();
    List<Item> reordered = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      reordered.add(i % 2 == 0 ? items.get(i) : rebuiltWithReversedAnchors(i));
    }

    assertThat(clusterAll(reordered)).isEqualTo(clusterAll(items));
  }

  @Test
  void restoreThenAddGivesTheSameAsAddingEverything() {
    List<Item> items = stream();
    List<Membership> expected = clusterAll(items);
    int restored = items.size() / 2;

    StreamingClusterer restarted = new StreamingClusterer(ClusterConfig.DEFAULT);
    for (int i = 0; i < restored; i++) {
      restarted.restore(items.get(i), expected.get(i));
    }
    List<Membership> rest = items.subList(restored, items.size()).stream().map(restarted::add).toList();

    assertThat(rest).isEqualTo(expected.subList(restored, items.size()));
    assertThat(restarted.storyCount()).isEqualTo(countFounders(expected));
  }

  @Test
  void itemsPreparedAheadOnAnotherThreadGiveIdenticalMemberships() throws Exception {
    List<Item> items = stream();
    StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT);
    // Everything is prepared before the first add, so every count the items hold was created at
    // zero by the preparing thread and is counted later by the clusterer's.
    List<PreparedItem> prepared;
    try (ExecutorService other = Executors.newSingleThreadExecutor()) {
      prepared = other.submit(() -> items.stream().map(clusterer::prepare).toList()).get();
    }

    List<Membership> memberships = prepared.stream().map(clusterer::add).toList();

    assertThat(memberships).isEqualTo(clusterAll(items));
  }

  @Test
  void anItemPreparedForAnotherClustererIsClusteredAsIfPreparedForThisOne() {
    List<Item> items = stream();
    StreamingClusterer other = new StreamingClusterer(ClusterConfig.DEFAULT);
    items.subList(0, 3).forEach(other::add); // the other clusterer's counts differ from this one's
    StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT);

    List<Membership> memberships = items.stream().map(item -> clusterer.add(other.prepare(item))).toList();

    assertThat(memberships).isEqualTo(clusterAll(items));
  }

  @Test
  void restoringTheFoundingReportLetsTheSecondReportJoin() {
    Item arabic = SeedItems.arabic().build();
    StreamingClusterer restarted = new StreamingClusterer(ClusterConfig.DEFAULT);
    restarted.restore(arabic, Membership.founder(arabic.id(), "s-stored"));

    Membership chinese = restarted.add(SeedItems.chinese().build());

    assertThat(chinese.storyId()).isEqualTo("s-stored");
    assertThat(chinese.matchedItem()).isEqualTo(arabic.id());
  }

  /** The seeds, a copy, the ticker and a same-language follow-up, in arrival order. */
  private static List<Item> stream() {
    List<Item> items = new ArrayList<>();
    items.add(SeedItems.arabic().build());
    items.addAll(SeedItems.build(SeedItems.flash()));
    items.add(SeedItems.chinese().build());
    items.add(SeedItems.arabic().documentKey("copy").build());
    items.addAll(SeedItems.build(SeedItems.flash().stream().map(f -> f.documentKey("ticker-2")).toList()));
    return items;
  }

  private static Item rebuiltWithReversedAnchors(int index) {
    Item original = stream().get(index);
    List<String> anchors = new ArrayList<>(original.representation().anchors().stream().sorted().toList());
    Collections.reverse(anchors);
    Representation rep = new Representation(
        new LinkedHashSet<>(anchors),
        original.representation().terms(),
        original.representation().shingles(),
        original.representation().contentHash());
    return new Item(original.id(), original.kind(), original.documentKey(), original.archiveSeq(), original.source(),
        original.lang(), original.title(), original.summary(), original.paragraphs(), original.related(),
        original.published(), original.firstSeen(), original.referenceDate(), original.eventDates(),
        original.entities(), original.numbers(), original.dates(), original.truncated(), rep);
  }

  private static List<Membership> clusterAll(List<Item> items) {
    StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT);
    return items.stream().map(clusterer::add).toList();
  }

  private static long countFounders(List<Membership> memberships) {
    return memberships.stream().filter(Membership::founded).count();
  }
}
