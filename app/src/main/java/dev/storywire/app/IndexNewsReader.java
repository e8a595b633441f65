package dev.storywire.app;

import dev.storywire.analysis.QueryKeys;
import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.model.SearchHit;
import dev.storywire.model.Story;
import dev.storywire.server.NewsReader;
import dev.storywire.store.StoryIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the server reads, over the Lucene index; search adds the cross-script keys of the query. */
final class IndexNewsReader implements NewsReader {
  private static final Comparator<Story> NEWEST_FIRST = Comparator
      .comparing((Story s) -> s.updated() == null ? "" : s.updated()).reversed()
      .thenComparing(Story::id);
  /** Merges chain (a story merged into one merged later): a few hops at most, bounded all the same. */
  private static final int MAX_MERGE_HOPS = 32;

  private final StoryIndex index;
  private final QueryKeys queryKeys;

  IndexNewsReader(StoryIndex index, QueryKeys queryKeys) {
    this.index = index;
    this.queryKeys = queryKeys;
  }

  @Override
  public List<Item> latest(int limit) {
    return index.latest(limit);
  }

  @Override
  public Optional<Item> item(String id) {
    return index.item(id);
  }

  @Override
  public Optional<Membership> membership(String itemId) {
    return index.membership(itemId);
  }

  @Override
  public List<Story> stories(int limit) {
    return index.stories().stream().sorted(NEWEST_FIRST).limit(limit).toList();
  }

  @Override
  public Optional<Story> story(String id) {
    return index.story(id);
  }

  @Override
  public Optional<String> mergedInto(String storyId) {
    String current = storyId;
    for (int hop = 0; hop < MAX_MERGE_HOPS; hop++) {
      Optional<String> next = index.mergedInto(current);
      if (next.isEmpty() || next.get().equals(current)) {
        return Optional.empty();
      }
      current = next.get();
      if (index.story(current).isPresent()) {
        return Optional.of(current);
      }
    }
    return Optional.empty();
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    try {
      return index.search(query, queryKeys.entityKeys(query), limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
