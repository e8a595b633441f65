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
  public List<SearchHit> search(String query, int limit) {
    try {
      return index.search(query, queryKeys.entityKeys(query), limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
