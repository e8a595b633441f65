package dev.storywire.cluster;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * An inverted index from a key (an anchor or a term) to the live stories that carry it, each list
 * bounded to its most recently updated stories, so that a common key costs no more than a rare one.
 * Stories are held by reference (a story is removed from every key when it leaves the window), so
 * that collecting candidates needs no lookup of a story by its id.
 */
final class PostingIndex {

  private final Map<String, LinkedHashSet<StoryState>> postings = new HashMap<>();
  private final int maxPerKey;

  PostingIndex(int maxPerKey) {
    this.maxPerKey = maxPerKey;
  }

  /** Files the story under the key as its most recent entry, dropping the oldest beyond the bound. */
  void add(String key, StoryState story) {
    LinkedHashSet<StoryState> stories = postings.computeIfAbsent(key, k -> new LinkedHashSet<>());
    stories.remove(story);
    stories.add(story);
    if (stories.size() > maxPerKey) {
      Iterator<StoryState> oldest = stories.iterator();
      oldest.next();
      oldest.remove();
    }
  }

  /** Removes the story from the key's list, and the key once its list is empty. */
  void remove(String key, StoryState story) {
    LinkedHashSet<StoryState> stories = postings.get(key);
    if (stories != null && stories.remove(story) && stories.isEmpty()) {
      postings.remove(key);
    }
  }

  /**
   * Adds {@code weight} to the running pre-score ({@link StoryState#preScore}) of every story filed
   * under the key, for the query numbered {@code query}; a story reached for the first time in the
   * query starts from 0 and is appended to {@code reached}.
   */
  void collect(String key, double weight, long query, List<StoryState> reached) {
    LinkedHashSet<StoryState> stories = postings.get(key);
    if (stories == null) {
      return;
    }
    for (StoryState story : stories) {
      if (story.collectedFor != query) {
        story.collectedFor = query;
        story.preScore = 0;
        reached.add(story);
      }
      story.preScore += weight;
    }
  }

  /** The number of keys held, for tests of boundedness. */
  int keyCount() {
    return postings.size();
  }
}
