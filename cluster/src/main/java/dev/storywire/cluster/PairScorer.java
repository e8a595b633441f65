package dev.storywire.cluster;

import dev.storywire.model.Item;
import dev.storywire.model.SharedAnchor;
import java.util.List;
import java.util.Objects;

/**
 * The same-story scorer of {@link StreamingClusterer} applied to two items directly, for
 * evaluation on labelled pairs: the probability that one item would join a story made of the
 * other, by the same evidence and weights the stream uses. Rarity of evidence comes from the
 * items {@link #observe observed} first, as a stream would have seen them. Not thread-safe.
 */
public final class PairScorer {
  private final ItemProfiler profiler;
  private final DocumentFrequencies frequencies = new DocumentFrequencies();
  private final SameStoryScorer scorer;

  public PairScorer(ClusterConfig config) {
    Objects.requireNonNull(config);
    this.profiler = new ItemProfiler(config);
    this.scorer = new SameStoryScorer(config.weights(), frequencies);
  }

  /** A pair's score: the join probability (the mean of both directions), text cosine and shared anchors. */
  public record PairScore(double probability, double textSimilarity, List<SharedAnchor> shared) {}

  /** Counts the item's anchors and terms in the corpus statistics that weigh rare evidence higher. */
  public void observe(Item item) {
    ItemProfile profile = profiler.profile(item, ItemTime.of(item), frequencies);
    frequencies.add(profile.anchorKeys(), profile.termKeys());
  }

  /**
   * Scores {@code b} against a story of {@code a} alone and {@code a} against one of {@code b}:
   * the stream's decision depends on arrival order, a pair's score should not.
   */
  public PairScore score(Item a, Item b) {
    ItemProfile pa = profiler.profile(a, ItemTime.of(a), frequencies);
    ItemProfile pb = profiler.profile(b, ItemTime.of(b), frequencies);
    StoryState storyOfA = storyOf(pa);
    StoryState storyOfB = storyOf(pb);
    StoryScore ab = scorer.score(pb, storyOfA);
    StoryScore ba = scorer.score(pa, storyOfB);
    return new PairScore((ab.probability() + ba.probability()) / 2, (ab.textSimilarity() + ba.textSimilarity()) / 2,
        scorer.explain(pb, storyOfA));
  }

  /**
   * The features of both directions ({@code b} against a story of {@code a}, then {@code a}
   * against one of {@code b}), for training the weights on labelled pairs.
   */
  public List<PairFeatures> features(Item a, Item b) {
    ItemProfile pa = profiler.profile(a, ItemTime.of(a), frequencies);
    ItemProfile pb = profiler.profile(b, ItemTime.of(b), frequencies);
    return List.of(scorer.features(pb, storyOf(pa)), scorer.features(pa, storyOf(pb)));
  }

  private static StoryState storyOf(ItemProfile profile) {
    StoryState story = new StoryState("pair:" + profile.id(), profile.time(), 0);
    story.addReport(profile, 0);
    return story;
  }
}
