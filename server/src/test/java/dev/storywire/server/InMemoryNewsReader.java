package dev.storywire.server;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.model.SearchHit;
import dev.storywire.model.Story;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A {@link NewsReader} over fixed lists, standing in for the store in server tests. */
final class InMemoryNewsReader implements NewsReader {

  private static final Comparator<Item> NEWEST_FIRST =
      Comparator.comparing(Item::firstSeen).reversed().thenComparing(Item::id);

  private final List<Item> items;
  private final List<Membership> memberships;
  private final List<Story> stories;

  InMemoryNewsReader(List<Item> items, List<Membership> memberships, List<Story> stories) {
    this.items = items.stream().sorted(NEWEST_FIRST).toList();
    this.memberships = List.copyOf(memberships);
    this.stories = stories.stream().sorted(Comparator.comparing((Story s) -> String.valueOf(s.updated())).reversed()).toList();
  }

  static InMemoryNewsReader of(SeedFixture fixture) {
    return new InMemoryNewsReader(fixture.items, fixture.memberships, fixture.stories);
  }

  @Override
  public List<Item> latest(int limit) {
    return items.stream().limit(limit).toList();
  }

  @Override
  public Optional<Item> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  @Override
  public Optional<Membership> membership(String itemId) {
    return memberships.stream().filter(m -> m.itemId().equals(itemId)).findFirst();
  }

  @Override
  public List<Story> stories(int limit) {
    return stories.stream().limit(limit).toList();
  }

  @Override
  public Optional<Story> story(String id) {
    return stories.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  @Override
  public Optional<String> mergedInto(String storyId) {
    return memberships.stream().filter(m -> m.merged().contains(storyId)).map(Membership::storyId)
        .filter(id -> story(id).isPresent()).findFirst();
  }

  /** Case-insensitive substring search over title and text; earlier hits score higher. */
  @Override
  public List<SearchHit> search(String query, int limit) {
    String needle = query.toLowerCase(Locale.ROOT);
    List<Item> found =
        items.stream()
            .filter(i -> (i.title() + "\n" + i.text()).toLowerCase(Locale.ROOT).contains(needle))
            .limit(limit)
            .toList();
    return found.stream()
        .map(i -> new SearchHit(i.id(), membership(i.id()).orElseThrow().storyId(), i.lang(), i.title(),
            1.0 / (1 + found.indexOf(i))))
        .toList();
  }
}
