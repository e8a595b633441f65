package dev.storywire.cluster;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A user's corrections of stories (split, merge), as groups of items that belong together: every
 * item of a group goes to the story of the first item of the group that arrives, whatever the
 * scores say, and an item of a group never joins the story of another group by score. Items of no
 * group are clustered as usual. Groups are keyed by the item ids they name, which stay the same
 * across {@code rebuild}, so corrections survive it.
 */
@FunctionalInterface
public interface Corrections {
  /** No corrections. */
  Corrections NONE = itemId -> null;

  /** @return the group the item was put in by a correction, or null when none names it */
  @Nullable String groupOf(String itemId);

  /** Corrections from an item → group table. */
  static Corrections of(Map<String, String> groupByItem) {
    Map<String, String> copy = Map.copyOf(groupByItem);
    return copy::get;
  }
}
