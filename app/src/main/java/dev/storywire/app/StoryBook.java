package dev.storywire.app;

import dev.storywire.cluster.StoryAssembler;
import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members of every story in join order, so a story can be re-assembled whenever one joins.
 * Derived state: rebuilt from the index on start.
 */
final class StoryBook {

  /** A member, numbered in the order items were clustered, so merged stories keep that order. */
  private record Member(long arrival, Item item, Membership membership) {}

  private final Map<String, List<Member>> members = new LinkedHashMap<>();
  private long arrivals;

  void add(Item item, Membership membership) {
    members.computeIfAbsent(membership.storyId(), k -> new ArrayList<>()).add(new Member(arrivals++, item, membership));
  }

  /**
   * Moves every member of a story that was merged into another to that one, each membership
   * pointing at the survivor; the survivor's members stay in the order they were clustered.
   *
   * @return the moved members with their new memberships, to be stored again
   */
  List<Map.Entry<Item, Membership>> merge(String absorbed, String survivor) {
    List<Member> moved = members.remove(absorbed);
    if (moved == null) {
      return List.of();
    }
    List<Member> into = members.computeIfAbsent(survivor, k -> new ArrayList<>());
    List<Map.Entry<Item, Membership>> result = new ArrayList<>();
    for (Member member : moved) {
      Membership membership = member.membership().movedTo(survivor);
      into.add(new Member(member.arrival(), member.item(), membership));
      result.add(Map.entry(member.item(), membership));
    }
    into.sort(Comparator.comparingLong(Member::arrival));
    return result;
  }

  Optional<Story> assemble(String storyId) {
    List<Member> story = members.get(storyId);
    if (story == null) {
      return Optional.empty();
    }
    return Optional.of(StoryAssembler.assemble(storyId, story.stream().map(Member::item).toList(),
        story.stream().map(Member::membership).toList()));
  }

  int storyCount() {
    return members.size();
  }
}
