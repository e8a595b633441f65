package dev.storywire.server;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.model.SearchHit;
import dev.storywire.model.Story;
import java.util.List;
import java.util.Optional;

/**
 * What the server reads. The application implements it over the store; the server never writes.
 *
 * <p>Implementations must be safe to call from many threads at once: every request runs on its
 * own virtual thread.
 */
public interface NewsReader {

  /**
   * The flash feed: articles and flash items, newest first.
   *
   * @param limit the most items to return, at least 1
   * @return at most {@code limit} items; empty when there are none
   */
  List<Item> latest(int limit);

  /** @return the item with this id, or empty when there is none */
  Optional<Item> item(String id);

  /** @return why the item belongs to its story, or empty when it is in none (yet) */
  Optional<Membership> membership(String itemId);

  /**
   * Stories, most recently updated first.
   *
   * @param limit the most stories to return, at least 1
   */
  List<Story> stories(int limit);

  /** @return the story with this id, or empty when there is none */
  Optional<Story> story(String id);

  /**
   * Where a story that converged with another and was merged away lives now: the story holding
   * its reports, following later merges.
   *
   * @return the id of a story that exists, or empty when the id was never merged away
   */
  Optional<String> mergedInto(String storyId);

  /**
   * Full-text search over items in every language.
   *
   * @param query the user's query, not blank
   * @param limit the most hits to return, at least 1
   * @return hits, best first; empty when nothing matched
   */
  List<SearchHit> search(String query, int limit);
}
