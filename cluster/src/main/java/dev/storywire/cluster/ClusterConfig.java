package dev.storywire.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * How the streaming clusterer decides and what it may spend per item.
 *
 * @param window how far apart in time an item and a story may be and still join; a story leaves
 *     memory once the newest item time seen is more than this past its last member
 * @param joinThreshold the join probability an item needs to join its best story
 * @param mergeThreshold the join probability an item needs for each of two stories at once before
 *     they are merged (they converged); at least the join threshold, and infinite for never
 * @param nearDuplicateJaccard the estimated shingle Jaccard from which an item is a near copy
 * @param maxAnchorsPerItem how many anchors of one item are considered (strongest, rarest first)
 * @param maxPostingsPerKey how many stories one anchor or term remembers (most recent first)
 * @param maxCandidates how many candidate stories are scored per item
 * @param weights the scorer's weights
 */
public record ClusterConfig(
    Duration window,
    double joinThreshold,
    double mergeThreshold,
    double nearDuplicateJaccard,
    int maxAnchorsPerItem,
    int maxPostingsPerKey,
    int maxCandidates,
    ScorerWeights weights) {

  /** A week: most news stories run their course in days; a longer window only adds candidates. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

  /** Join when the scorer thinks it more likely than not. */
  public static final double DEFAULT_JOIN_THRESHOLD = 0.5;

  /**
   * Well above the join threshold, since a merge joins every member of one story to the other at
   * once: an item must be all but certain of both stories.
   */
  public static final double DEFAULT_MERGE_THRESHOLD = 0.97;

  /** Syndicated copies with a changed byline or footer still share 80% of their shingles. */
  public static final double DEFAULT_NEAR_DUPLICATE_JACCARD = 0.8;

  /** A long article names a few dozen entities; more than this is a list or bad input. */
  public static final int DEFAULT_MAX_ANCHORS_PER_ITEM = 64;

  /** Enough to reach every live story about a busy entity of the day; bounds cost per key. */
  public static final int DEFAULT_MAX_POSTINGS_PER_KEY = 64;

  /** The best few dozen by cheap overlap always include the right story when there is one. */
  public static final int DEFAULT_MAX_CANDIDATES = 48;

  public static final ClusterConfig DEFAULT =
      new ClusterConfig(
          DEFAULT_WINDOW,
          DEFAULT_JOIN_THRESHOLD,
          DEFAULT_MERGE_THRESHOLD,
          DEFAULT_NEAR_DUPLICATE_JACCARD,
          DEFAULT_MAX_ANCHORS_PER_ITEM,
          DEFAULT_MAX_POSTINGS_PER_KEY,
          DEFAULT_MAX_CANDIDATES,
          ScorerWeights.DEFAULT);

  public ClusterConfig {
    Objects.requireNonNull(window);
    Objects.requireNonNull(weights);
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    requireProbability("joinThreshold", joinThreshold);
    if (!(mergeThreshold >= joinThreshold && (mergeThreshold <= 1 || mergeThreshold == Double.POSITIVE_INFINITY))) {
      throw new IllegalArgumentException("mergeThreshold must be within [joinThreshold, 1], or infinite for never: "
          + mergeThreshold);
    }
    requireProbability("nearDuplicateJaccard", nearDuplicateJaccard);
    requirePositive("maxAnchorsPerItem", maxAnchorsPerItem);
    requirePositive("maxPostingsPerKey", maxPostingsPerKey);
    requirePositive("maxCandidates", maxCandidates);
  }

  /** A copy with another window. */
  public ClusterConfig withWindow(Duration newWindow) {
    return new ClusterConfig(
        newWindow, joinThreshold, mergeThreshold, nearDuplicateJaccard, maxAnchorsPerItem, maxPostingsPerKey,
        maxCandidates, weights);
  }

  /** A copy with other weights, for example trained ones. */
  public ClusterConfig withWeights(ScorerWeights newWeights) {
    return new ClusterConfig(
        window, joinThreshold, mergeThreshold, nearDuplicateJaccard, maxAnchorsPerItem, maxPostingsPerKey,
        maxCandidates, newWeights);
  }

  /** A copy with another merge threshold ({@link Double#POSITIVE_INFINITY}: stories never merge). */
  public ClusterConfig withMergeThreshold(double newMergeThreshold) {
    return new ClusterConfig(window, joinThreshold, newMergeThreshold, nearDuplicateJaccard, maxAnchorsPerItem,
        maxPostingsPerKey, maxCandidates, weights);
  }

  private static void requireProbability(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be within [0, 1]: " + value);
    }
  }

  private static void requirePositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
