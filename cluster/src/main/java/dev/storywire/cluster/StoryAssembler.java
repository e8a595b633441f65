package dev.storywire.cluster;

import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import dev.storywire.model.Membership;
import dev.storywire.model.Story;
import dev.storywire.model.StoryMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Builds the {@link Story} value shown for a story from its members and their memberships. */
public final class StoryAssembler {

  private StoryAssembler() {}

  /**
   * Assembles a story.
   *
   * <p>The title is the earliest article's title (an article over a flash item; the first member's
   * when there is no article); the languages are the members' distinct languages, sorted; the event
   * dates are the members' event dates by how many members give them, ties in order of first
   * mention; updated is the latest of the members' published (when parseable) and first-seen times.
   *
   * @param membersInJoinOrder at least one item
   * @param memberships one membership per item, matched by item id
   * @throws IllegalArgumentException when there are no members or an item has no membership
   */
  public static Story assemble(String storyId, List<Item> membersInJoinOrder, List<Membership> memberships) {
    if (membersInJoinOrder.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one member: " + storyId);
    }
    Map<String, Membership> byItem = byItem(memberships);
    List<StoryMember> members = new ArrayList<>();
    for (Item item : membersInJoinOrder) {
      members.add(member(item, byItem));
    }
    return new Story(
        storyId,
        title(membersInJoinOrder),
        languages(membersInJoinOrder),
        members,
        eventDates(membersInJoinOrder),
        updated(membersInJoinOrder));
  }

  private static Map<String, Membership> byItem(List<Membership> memberships) {
    Map<String, Membership> byItem = new HashMap<>();
    memberships.forEach(m -> byItem.putIfAbsent(m.itemId(), m));
    return byItem;
  }

  private static StoryMember member(Item item, Map<String, Membership> byItem) {
    Membership membership = byItem.get(item.id());
    if (membership == null) {
      throw new IllegalArgumentException("no membership for item " + item.id());
    }
    return new StoryMember(item.id(), item.kind(), item.lang(), item.title(), item.published(), membership);
  }

  private static String title(List<Item> members) {
    return members.stream()
        .filter(item -> item.kind() == ItemKind.ARTICLE && !item.title().isBlank())
        .findFirst()
        .or(() -> members.stream().filter(item -> !item.title().isBlank()).findFirst())
        .orElse(members.getFirst())
        .title();
  }

  private static List<String> languages(List<Item> members) {
    TreeSet<String> languages = new TreeSet<>();
    members.stream().map(Item::lang).filter(Objects::nonNull).forEach(languages::add);
    return List.copyOf(languages);
  }

  /** Each member supports each of its distinct event dates once. */
  private static List<String> eventDates(List<Item> members) {
    Map<String, Integer> support = new LinkedHashMap<>();
    for (Item item : members) {
      new LinkedHashSet<>(item.eventDates()).forEach(date -> support.merge(date, 1, Integer::sum));
    }
    List<String> dates = new ArrayList<>(support.keySet());
    dates.sort((a, b) -> Integer.compare(support.get(b), support.get(a)));
    return dates;
  }

  private static String updated(List<Item> members) {
    Instant latest = Instant.MIN;
    for (Item item : members) {
      Instant seen = item.firstSeen();
      Instant stated = ItemTime.of(item);
      Instant newest = stated.isAfter(seen) ? stated : seen;
      latest = newest.isAfter(latest) ? newest : latest;
    }
    return latest.toString();
  }
}
