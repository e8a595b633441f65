package dev.storywire.app.feeds;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storywire.ingest.feed.Opml;
import dev.storywire.ingest.feed.Outline;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Views of subscriptions shared by the command line and the API: one JSON shape, one text line,
 * and OPML import and export.
 */
public final class Subscriptions {
  private Subscriptions() {}

  /** The JSON object of one subscription with its state (the API's and {@code feeds list --json}'s shape). */
  public static ObjectNode json(Subscription s, FeedState state) {
    ObjectNode node = JsonNodeFactory.instance.objectNode()
        .put("id", s.id())
        .put("url", s.url());
    putIfSet(node, "title", s.title() != null ? s.title() : state.feedTitle());
    putIfSet(node, "category", s.category());
    putIfSet(node, "kind", state.kind());
    node.put("interval_minutes", PollSchedule.base(s).toMinutes());
    if (state.interval() != null) {
      node.put("current_interval_minutes", state.interval().toMinutes());
    }
    putIfSet(node, "added", s.added());
    putIfSet(node, "last_poll", state.lastPoll());
    putIfSet(node, "last_success", state.lastSuccess());
    putIfSet(node, "last_new", state.lastNew());
    putIfSet(node, "next_poll", state.nextPoll());
    if (state.lastError() != null) {
      ObjectNode error = node.putObject("last_error");
      error.put("kind", state.lastErrorKind()).put("reason", state.lastError());
      putIfSet(error, "at", state.lastErrorAt());
      node.put("consecutive_failures", state.failures());
    }
    node.put("polls", state.polls()).put("entries", state.entries()).put("pages", state.pages())
        .put("page_errors", state.pageErrors());
    return node;
  }

  /** One line for {@code feeds list}. */
  public static String line(Subscription s, FeedState state) {
    String title = s.title() != null ? s.title() : state.feedTitle() != null ? state.feedTitle() : "";
    String status = state.lastError() != null
        ? "ERROR " + state.lastErrorKind() + ": " + state.lastError() + " (" + state.failures() + "x)"
        : state.lastSuccess() != null ? "ok " + state.lastSuccess() : "not polled yet";
    return String.format("%s  %s  %s%n    %s; %d entries, %d pages, %d page errors; next %s", s.id(), s.url(), title,
        status, state.entries(), state.pages(), state.pageErrors(),
        state.nextPoll() == null ? "now" : state.nextPoll().toString());
  }

  private static void putIfSet(ObjectNode node, String field, @Nullable Object value) {
    if (value != null) {
      node.put(field, value.toString());
    }
  }

  /**
   * What an OPML import did.
   *
   * @param skipped outlines that could not be followed, each with its reason
   */
  public record Imported(int added, int existing, List<String> skipped) {}

  /** Follows every feed outline of an OPML document. */
  public static Imported importOpml(FeedBook book, byte[] opml, Instant now) throws IOException {
    List<Outline> outlines;
    try {
      outlines = Opml.read(opml);
    } catch (IllegalArgumentException e) {
      throw new IOException("not an OPML file: " + e.getMessage(), e);
    }
    List<Subscription> candidates = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Outline outline : outlines) {
      try {
        candidates.add(Subscription.of(outline.xmlUrl(), outline.title(), outline.category(), null, now));
      } catch (IllegalArgumentException e) {
        skipped.add(outline.xmlUrl() + ": " + e.getMessage());
      }
    }
    int added = 0;
    int existing = 0;
    for (FeedBook.Added result : book.addAll(candidates)) {
      if (result.alreadyThere()) {
        existing++;
      } else {
        added++;
      }
    }
    return new Imported(added, existing, skipped);
  }

  /** Every subscription as an OPML 2.0 document. */
  public static byte[] exportOpml(FeedBook book, Instant now) throws IOException {
    List<Outline> outlines = new ArrayList<>();
    for (Subscription s : book.subscriptions()) {
      FeedState state = book.state(s.id());
      outlines.add(new Outline(s.url(), s.title() != null ? s.title() : state.feedTitle(), null, s.category()));
    }
    return Opml.write(outlines, "Storywire subscriptions", now);
  }
}
