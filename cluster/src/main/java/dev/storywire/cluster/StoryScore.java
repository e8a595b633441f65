package dev.storywire.cluster;

import java.util.Comparator;

/**
 * How well an item fits one story.
 *
 * @param story the story
 * @param probability the join probability
 * @param textSimilarity the same-language TF-IDF cosine, 0 when no language is shared
 */
record StoryScore(StoryState story, double probability, double textSimilarity) {

  /** Higher probability first, ties by story id, so the choice never depends on map order. */
  static final Comparator<StoryScore> BEST_FIRST =
      Comparator.comparingDouble((StoryScore s) -> -s.probability()).thenComparing(s -> s.story().id());
}
