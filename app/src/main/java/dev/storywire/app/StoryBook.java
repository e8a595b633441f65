package dev.storywire.app;

import dev.storywire.cluster.StoryAssembler;
import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.model.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members of every story in join order, so a story can be re-assembled whenever one joins.
 * Derived state: rebuilt from the index on start.
 */
final class StoryBook {
  private final Map<String, List<Item>> members = new LinkedHashMap<>();
  private final Map<String, List<Membership>> memberships = new LinkedHashMap<>();

  void add(Item item, Membership membership) {
    members.computeIfAbsent(membership.storyId(), k -> new ArrayList<>()).add(item);
    memberships.computeIfAbsent(membership.storyId(), k -> new ArrayList<>()).add(membership);
  }

  Optional<Story> assemble(String storyId) {
    List<Item> items = members.get(storyId);
    if (items == null) {
      return Optional.empty();
    }
    return Optional.of(StoryAssembler.assemble(storyId, items, memberships.get(storyId)));
  }

  int storyCount() {
    return members.size();
  }
}
