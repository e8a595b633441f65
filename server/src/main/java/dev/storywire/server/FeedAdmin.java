package dev.storywire.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The subscriptions behind {@code /api/feeds}: the application implements it over its feed book.
 * Safe to call from many threads. Invalid input is an {@link IllegalArgumentException} whose
 * message is written for the user (it becomes the 400's message).
 */
public interface FeedAdmin {
  /** @return a JSON array of subscriptions with their state */
  JsonNode list() throws IOException;

  /**
   * Follows a feed, or finds the existing subscription for the URL.
   *
   * @param intervalMinutes null for the default, adaptive interval
   * @return {@code {"subscription": {...}, "created": bool}}
   */
  JsonNode add(String url, @Nullable String title, @Nullable String category, @Nullable Integer intervalMinutes)
      throws IOException;

  /** @return the removed subscription, or empty when no subscription has this id or URL */
  Optional<JsonNode> remove(String idOrUrl) throws IOException;

  /** @return {@code {"added", "existing", "skipped": [...]}} */
  JsonNode importOpml(byte[] opml) throws IOException;

  /** @return every subscription as an OPML 2.0 document */
  byte[] exportOpml() throws IOException;
}
