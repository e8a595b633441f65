package dev.storywire.app.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What polling learned about one subscription: validators for conditional GET, when it was polled
 * and what happened, when it is due next, counts, and which entries were already taken (so that a
 * restart refetches nothing).
 *
 * @param kind what the URL turned out to be: {@code feed} with its format, {@code sitemap}, or null
 *     before the first successful poll
 * @param lastErrorKind a {@code FetchResult.Failure} wire name, {@code not-a-feed}, or null
 * @param failures consecutive failed polls; 0 after a success
 * @param interval the current interval, the base one stretched for quiet feeds
 * @param entries new entries taken, in all
 * @param pages pages archived, in all (article pages and entries with full content)
 * @param pageErrors article pages that could not be fetched (the entry's summary was kept instead)
 * @param seen keys of entries already taken, oldest first, at most {@link #MAX_SEEN}
 */
public record FeedState(
    String id,
    @Nullable String kind,
    @Nullable String feedTitle,
    @Nullable String etag,
    @Nullable String lastModified,
    @Nullable Instant lastPoll,
    @Nullable Instant lastSuccess,
    @Nullable Instant lastNew,
    @Nullable String lastErrorKind,
    @Nullable String lastError,
    @Nullable Instant lastErrorAt,
    int failures,
    @Nullable Instant nextPoll,
    @Nullable Duration interval,
    long polls,
    long entries,
    long pages,
    long pageErrors,
    List<String> seen) {

  /**
   * Entry keys remembered per subscription: more than any feed lists at once, and enough for a
   * large news sitemap (sitemaps.org allows 50,000 URLs in one file).
   */
  public static final int MAX_SEEN = 50_000;

  public FeedState {
    seen = List.copyOf(seen);
  }

  public static FeedState initial(String id) {
    return new FeedState(id, null, null, null, null, null, null, null, null, null, null, 0, null, null, 0, 0, 0, 0,
        List.of());
  }

  /** After a poll that reached the feed (200 or 304). */
  FeedState succeeded(Instant at, String newKind, @Nullable String title, @Nullable String newEtag,
      @Nullable String newLastModified, int newEntries, int newPages, int newPageErrors, List<String> taken,
      Instant next, Duration newInterval) {
    List<String> merged = merge(taken);
    return new FeedState(id, newKind, title != null ? title : feedTitle, newEtag, newLastModified, at, at,
        newEntries > 0 ? at : lastNew, null, null, null, 0, next, newInterval, polls + 1, entries + newEntries,
        pages + newPages, pageErrors + newPageErrors, merged);
  }

  /** Mid-poll: the entries taken so far are remembered, nothing else changes (a checkpoint). */
  FeedState withSeen(List<String> taken) {
    return new FeedState(id, kind, feedTitle, etag, lastModified, lastPoll, lastSuccess, lastNew, lastErrorKind,
        lastError, lastErrorAt, failures, nextPoll, interval, polls, entries, pages, pageErrors, merge(taken));
  }

  private List<String> merge(List<String> taken) {
    if (taken.isEmpty()) {
      return seen;
    }
    LinkedHashSet<String> all = new LinkedHashSet<>(seen);
    all.addAll(taken);
    List<String> list = new ArrayList<>(all);
    return list.size() > MAX_SEEN ? list.subList(list.size() - MAX_SEEN, list.size()) : list;
  }

  /** After a poll that failed; the validators and seen entries are kept. */
  FeedState failed(Instant at, String errorKind, String error, Instant next) {
    return new FeedState(id, kind, feedTitle, etag, lastModified, at, lastSuccess, lastNew, errorKind, error, at,
        failures + 1, next, interval, polls + 1, entries, pages, pageErrors, seen);
  }
}
