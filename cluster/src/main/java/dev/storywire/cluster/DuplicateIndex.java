package dev.storywire.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Originals of live stories by content hash and by MinHash band, to recognise exact and near
 * copies. Only originals are indexed, so a flood of copies does not grow it.
 */
final class DuplicateIndex {

  /** Items per band bucket; a bucket holding more than this is boilerplate, not a copy. */
  static final int MAX_ITEMS_PER_BUCKET = 16;

  /**
   * One indexed original.
   *
   * @param contentHash null when the item had no text
   * @param signature empty when the item was too short for near copies
   */
  record Original(String itemId, String storyId, @Nullable String contentHash, long[] signature) {}

  /** A copy found: the original and the similarity (1 for an exact copy). */
  record Hit(Original original, double similarity) {}

  private final Map<String, Original> byHash = new HashMap<>();
  private final Map<String, Original> byId = new HashMap<>();
  private final Map<Long, List<String>> buckets = new HashMap<>();

  /**
   * The original this item copies.
   *
   * @return an exact copy's original, else the most similar near copy at or above the threshold
   *     (ties by item id), else empty
   */
  Optional<Hit> find(ItemProfile profile, double threshold) {
    Original exact = profile.contentHash() == null ? null : byHash.get(profile.contentHash());
    if (exact != null) {
      return Optional.of(new Hit(exact, 1.0));
    }
    return nearest(profile.signature(), threshold);
  }

  void add(Original original) {
    byId.put(original.itemId(), original);
    if (original.contentHash() != null) {
      byHash.putIfAbsent(original.contentHash(), original);
    }
    for (long key : MinHasher.bandKeys(original.signature())) {
      List<String> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>());
      bucket.add(original.itemId());
      if (bucket.size() > MAX_ITEMS_PER_BUCKET) {
        bucket.remove(0);
      }
    }
  }

  /** Points an original at another story (its own was merged into that one). */
  void reassign(String itemId, String storyId) {
    Original original = byId.get(itemId);
    if (original == null) {
      return;
    }
    Original moved = new Original(itemId, storyId, original.contentHash(), original.signature());
    byId.put(itemId, moved);
    if (original.contentHash() != null) {
      byHash.replace(original.contentHash(), original, moved);
    }
  }

  void remove(String itemId) {
    Original original = byId.remove(itemId);
    if (original == null) {
      return;
    }
    if (original.contentHash() != null) {
      byHash.remove(original.contentHash(), original);
    }
    for (long key : MinHasher.bandKeys(original.signature())) {
      List<String> bucket = buckets.get(key);
      if (bucket != null && bucket.remove(itemId) && bucket.isEmpty()) {
        buckets.remove(key);
      }
    }
  }

  int size() {
    return byId.size();
  }

  private Optional<Hit> nearest(long[] signature, double threshold) {
    LinkedHashSet<String> candidates = new LinkedHashSet<>();
    for (long key : MinHasher.bandKeys(signature)) {
      candidates.addAll(buckets.getOrDefault(key, List.of()));
    }
    return candidates.stream()
        .map(byId::get)
        .filter(Objects::nonNull)
        .map(original -> new Hit(original, MinHasher.estimateJaccard(signature, original.signature())))
        .filter(hit -> hit.similarity() >= threshold)
        .min(Comparator.comparingDouble((Hit hit) -> -hit.similarity())
            .thenComparing(hit -> hit.original().itemId()));
  }
}
