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
 * @param joinedStory the story the item went to when it was clustered; it differs from {@code
 *     storyId} once that story was merged into another (null when they are the same)
 * @param merged stories this item found to be the same as its own, merged into its story when it
 *     joined (the reports converged); empty for most items
 */
public record Membership(
    String itemId,
    String storyId,
    double score,
    @Nullable String matchedItem,
    List<SharedAnchor> shared,
    double textSimilarity,
    @Nullable String duplicateOf,
    @Nullable String joinedStory,
    List<String> merged) {

  public Membership {
    shared = List.copyOf(shared);
    merged = merged == null ? List.of() : List.copyOf(merged);
    joinedStory = storyId.equals(joinedStory) ? null : joinedStory;
  }

  /** A membership that merged no story, in the story it joined. */
  public Membership(String itemId, String storyId, double score, @Nullable String matchedItem, List<SharedAnchor> shared,
      double textSimilarity, @Nullable String duplicateOf) {
    this(itemId, storyId, score, matchedItem, shared, textSimilarity, duplicateOf, null, List.of());
  }

  /** The story the item went to when it was clustered (its story, unless that was merged since). */
  public String clusteredStory() {
    return joinedStory == null ? storyId : joinedStory;
  }

  /** The same membership in the story its own was merged into; what it joined and merged is kept. */
  public Membership movedTo(String survivor) {
    return new Membership(itemId, survivor, score, matchedItem, shared, textSimilarity, duplicateOf, clusteredStory(),
        merged);
  }

  /** The same membership, recording the stories it merged into its own. */
  public Membership merging(List<String> stories) {
    return new Membership(itemId, storyId, score, matchedItem, shared, textSimilarity, duplicateOf, joinedStory, stories);
  }

  public static Membership founder(String itemId, String storyId) {
    return new Membership(itemId, storyId, 1.0, null, List.of(), 0, null);
  }

  public boolean founded() {
    return matchedItem == null && duplicateOf == null;
  }
}
