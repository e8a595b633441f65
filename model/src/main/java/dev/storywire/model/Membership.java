package dev.storywire.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why an item belongs to its story.
 *
 * @param itemId the item
 * @param storyId its story
 * @param score the join score against the story (1.0 for the item that founded it)
 * @param matchedItem the member it matched best, or null for a founding item
 * @param shared the evidence shared with the story, strongest first
 * @param textSimilarity same-language lexical similarity to the story, 0 when none applied
 * @param duplicateOf the item it copies (exact or near duplicate), or null
 */
public record Membership(
    String itemId,
    String storyId,
    double score,
    @Nullable String matchedItem,
    List<SharedAnchor> shared,
    double textSimilarity,
    @Nullable String duplicateOf) {

  public Membership {
    shared = List.copyOf(shared);
  }

  public static Membership founder(String itemId, String storyId) {
    return new Membership(itemId, storyId, 1.0, null, List.of(), 0, null);
  }

  public boolean founded() {
    return matchedItem == null && duplicateOf == null;
  }
}
