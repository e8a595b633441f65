package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A synthetic stream of 20,000 items over more than a year: the work per item (candidates reached
 * and scored) and the memory held (live stories, index keys, originals) stay bounded. Counts, not
 * times, are asserted; timing belongs to the bench module.
 */
class ScalingTest {

  /** Replayable: the seed of the generated stream. */
  private static final long SEED = 20251128L;

  private static final int ITEMS = 20_000;
  private static final int ITEMS_PER_EVENT = 10;
  private static final Duration STEP = Duration.ofMinutes(30);
  private static final int COMMON_ENTITIES = 200;
  private static final int COMMON_WORDS = 300;

  @Test
  void costPerItemAndMemoryStayBoundedOverALongStream() {
    StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT);
    Random random = new Random(SEED);
    int maxScored = 0;
    int maxReached = 0;
    int maxLive = 0;
    int keysAtHalf = 0;
    for (int i = 0; i < ITEMS; i++) {
      clusterer.add(generated(i, random));
      maxScored = Math.max(maxScored, clusterer.lastCandidatesScored());
      maxReached = Math.max(maxReached, clusterer.lastStoriesReached());
      maxLive = Math.max(maxLive, clusterer.liveStoryCount());
      if (i == ITEMS / 2) {
        keysAtHalf = clusterer.indexedKeyCount();
      }
    }
    int itemsPerWindow = (int) (ClusterConfig.DEFAULT_WINDOW.toMinutes() / STEP.toMinutes());

    assertThat(maxScored).isLessThanOrEqualTo(ClusterConfig.DEFAULT_MAX_CANDIDATES);
    assertThat(maxReached).isLessThanOrEqualTo(
        (StreamingClusterer.MAX_QUERY_ANCHORS + ItemProfiler.MAX_QUERY_TERMS) * ClusterConfig.DEFAULT_MAX_POSTINGS_PER_KEY);
    assertThat(maxLive).as("about one live story per event in the window")
        .isLessThanOrEqualTo(2 * itemsPerWindow / ITEMS_PER_EVENT);
    assertThat(clusterer.indexedOriginalCount()).as("the window's items, and the older members of stories it still holds")
        .isLessThanOrEqualTo(itemsPerWindow + 2 * ITEMS_PER_EVENT);
    assertThat(clusterer.indexedKeyCount()).as("index keys do not grow with the archive")
        .isLessThan(keysAtHalf * 3 / 2);
  }

  @Test
  void reportsOfOneGeneratedEventMostlyEndUpTogether() {
    StreamingClusterer clusterer = new StreamingClusterer(ClusterConfig.DEFAULT);
    Random random = new Random(SEED);
    int items = 2_000;
    List<Membership> memberships = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      memberships.add(clusterer.add(generated(i, random)));
    }

    int events = items / ITEMS_PER_EVENT;
    assertThat(clusterer.storyCount()).as("about one story per event").isBetween(events, events * 3 / 2);
    long joined = memberships.stream().filter(m -> !m.founded()).count();
    assertThat(joined).isGreaterThan(items / 2);
  }

  /**
   * Item {@code i} reports event {@code i / 10} in one of three languages: five event entities,
   * two entities drawn from a common pool, the event day, and words from the event and a common
   * vocabulary.
   */
  private static Item generated(int i, Random random) {
    int event = i / ITEMS_PER_EVENT;
    String lang = List.of("en", "ar", "zh").get(random.nextInt(3));
    Instant time = Instant.parse("2024-01-01T00:00:00Z").plus(STEP.multipliedBy(i));
    TestItem item = TestItem.article("gen-" + i, lang).firstSeen(time.toString());
    for (int k = 0; k < 5; k++) {
      item.anchors("e:event-" + event + "-" + k);
    }
    item.anchors("e:common-" + random.nextInt(COMMON_ENTITIES), "e:common-" + random.nextInt(COMMON_ENTITIES));
    item.anchors("d:" + time.toString().substring(0, 10), "n:" + random.nextInt(10) + "|percent");
    Map<String, Integer> terms = new LinkedHashMap<>();
    for (int k = 0; k < 30; k++) {
      terms.merge(lang + ":w" + random.nextInt(COMMON_WORDS), 1, Integer::sum);
      terms.merge(lang + ":event" + event + "-" + random.nextInt(10), 1, Integer::sum);
    }
    long[] shingles = random.longs(60).toArray();
    return item.terms(terms).shingles(shingles).contentHash("hash-" + i).build();
  }
}
