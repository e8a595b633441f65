package dev.storywire.app.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storywire.server.FeedAdmin;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The API's view of a data directory's feed book; the running poller picks changes up on its next tick. */
public final class BookFeedAdmin implements FeedAdmin {
  private final FeedBook book;
  private final Clock clock;

  public BookFeedAdmin(FeedBook book, Clock clock) {
    this.book = book;
    this.clock = clock;
  }

  @Override
  public JsonNode list() throws IOException {
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    for (Subscription s : book.subscriptions()) {
      all.add(Subscriptions.json(s, book.state(s.id())));
    }
    return all;
  }

  @Override
  public JsonNode add(String url, @Nullable String title, @Nullable String category, @Nullable Integer intervalMinutes)
      throws IOException {
    Duration interval = intervalMinutes == null ? null : Duration.ofMinutes(intervalMinutes);
    FeedBook.Added added = book.add(Subscription.of(url, title, category, interval, clock.instant()));
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.set("subscription", Subscriptions.json(added.subscription(), book.state(added.subscription().id())));
    out.put("created", !added.alreadyThere());
    return out;
  }

  @Override
  public Optional<JsonNode> remove(String idOrUrl) throws IOException {
    Optional<Subscription> removed = book.remove(idOrUrl);
    return removed.map(s -> Subscriptions.json(s, FeedState.initial(s.id())));
  }

  @Override
  public JsonNode importOpml(byte[] opml) throws IOException {
    Subscriptions.Imported imported;
    try {
      imported = Subscriptions.importOpml(book, opml, clock.instant());
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode().put("added", imported.added())
        .put("existing", imported.existing());
    ArrayNode skipped = out.putArray("skipped");
    imported.skipped().forEach(skipped::add);
    return out;
  }

  @Override
  public byte[] exportOpml() throws IOException {
    return Subscriptions.exportOpml(book, clock.instant());
  }
}
