package dev.storywire.cluster;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * An inverted index from a key (an anchor or a term) to the stories that carry it, each list
 * bounded to its most recently updated stories, so that a common key costs no more than a rare one.
 */
final class PostingIndex {

  private final Map<String, LinkedHashSet<String>> postings = new HashMap<>();
  private final int maxPerKey;

  PostingIndex(int maxPerKey) {
    this.maxPerKey = maxPerKey;
  }

  /** Files the story under the key as its most recent entry, dropping the oldest beyond the bound. */
  void add(String key, String storyId) {
    LinkedHashSet<String> stories = postings.computeIfAbsent(key, k -> new LinkedHashSet<>());
    stories.remove(storyId);
    stories.add(storyId);
    if (stories.size() > maxPerKey) {
      Iterator<String> oldest = stories.iterator();
      oldest.next();
      oldest.remove();
    }
  }

  /** Removes the story from the key's list, and the key once its list is empty. */
  void remove(String key, String storyId) {
    LinkedHashSet<String> stories = postings.get(key);
    if (stories != null && stories.remove(storyId) && stories.isEmpty()) {
      postings.remove(key);
    }
  }

  /** Adds {@code weight} to the running pre-score of every story filed under the key. */
  void collect(String key, double weight, Map<String, double[]> preScores) {
    LinkedHashSet<String> stories = postings.get(key);
    if (stories == null) {
      return;
    }
    for (String storyId : stories) {
      preScores.computeIfAbsent(storyId, id -> new double[1])[0] += weight;
    }
  }

  /** The number of keys held, for tests of boundedness. */
  int keyCount() {
    return postings.size();
  }
}
