package dev.storywire.app.feeds;

import dev.storywire.ingest.feed.Feed;
import dev.storywire.ingest.feed.FeedEntry;
import dev.storywire.ingest.feed.FeedParser;
import dev.storywire.ingest.feed.FeedResult;
import dev.storywire.ingest.fetch.FetchRequest;
import dev.storywire.ingest.fetch.FetchResult;
import dev.storywire.ingest.fetch.PoliteFetcher;
import dev.storywire.ingest.sitemap.Sitemap;
import dev.storywire.ingest.sitemap.SitemapParser;
import dev.storywire.ingest.sitemap.SitemapUrl;
import dev.storywire.ingest.warc.WarcRecords;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Polls subscriptions: fetches each feed with its validators, takes the entries it has not taken
 * before, fetches the article page of every entry that carries only a summary, and hands each page
 * to the pipeline as one WARC record. Then it saves the new state and schedules the next poll.
 *
 * <p>{@link #poll} polls one subscription now; {@link #start} runs a loop that polls every
 * subscription when it is due, picking up subscriptions added or removed while it runs. Pages are
 * handed over one at a time as they arrive, so a new report reaches the flash feed within a
 * moment of being fetched.
 */
public final class FeedPoller implements AutoCloseable {
  /** How often the loop looks for due subscriptions. */
  static final Duration TICK = Duration.ofMillis(500);

  /** Subscriptions polled at once; their requests still queue at the per-host gates. */
  static final int MAX_CONCURRENT_POLLS = 64;

  /**
   * New entries taken per poll; the rest wait for the next poll. Bounds the work of the first poll
   * of a large feed (and of a sitemap) without losing anything.
   */
  static final int MAX_NEW_ENTRIES_PER_POLL = 200;

  /** Child sitemaps of an index fetched per poll: news sitemap indexes list a handful. */
  static final int MAX_CHILD_SITEMAPS = 10;

  /** On a sitemap's first poll, URLs older than this (or undated) are taken as the back catalogue. */
  static final Duration SITEMAP_FIRST_POLL_AGE = Duration.ofDays(2);

  /** State is saved after this many pages, so a crash mid-poll refetches at most these. */
  static final int CHECKPOINT_PAGES = 10;

  /** Content types taken as article pages; anything else (PDF, images, video) is not fetched as one. */
  private static final List<String> PAGE_TYPES = List.of("text/html", "application/xhtml+xml", "text/plain");

  /** A page, fetched or built from a feed entry, as one standalone WARC record. */
  public record FetchedPage(String url, byte[] warcRecord, Instant fetchedAt) {}

  /** Takes pages into the pipeline: archives first, then processes. */
  @FunctionalInterface
  public interface PageSink {
    void accept(FetchedPage page) throws IOException;
  }

  /** What one poll did. */
  public record PollReport(Subscription subscription, FeedState state, int newEntries, int pages, int pageErrors,
      @Nullable String error) {}

  private final FeedBook book;
  private final PoliteFetcher fetcher;
  private final PageSink sink;
  private final Clock clock;
  private final Consumer<String> log;
  private final FeedParser parser = new FeedParser();
  private final Map<String, Instant> due = new ConcurrentHashMap<>();
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final Semaphore slots = new Semaphore(MAX_CONCURRENT_POLLS);
  private final ExecutorService polls = Executors.newThreadPerTaskExecutor(
      Thread.ofVirtual().name("storywire-poll-", 0).factory());
  private volatile boolean closed;
  private @Nullable Thread loop;

  /**
   * @param log receives one line per poll that found something or failed
   */
  public FeedPoller(FeedBook book, PoliteFetcher fetcher, PageSink sink, Clock clock, Consumer<String> log) {
    this.book = book;
    this.fetcher = fetcher;
    this.sink = sink;
    this.clock = clock;
    this.log = log;
  }

  /** Starts the background loop. */
  public synchronized void start() {
    if (loop == null) {
      loop = Thread.ofPlatform().daemon(true).name("storywire-poller").start(this::run);
    }
  }

  private void run() {
    while (!closed) {
      try {
        tick();
      } catch (IOException | RuntimeException e) {
        log.accept("poller: " + e.getMessage());
      }
      try {
        Thread.sleep(TICK);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void tick() throws IOException {
    Instant now = clock.instant();
    for (Subscription subscription : book.subscriptions()) {
      Instant next = due.get(subscription.id());
      if (next == null) {
        next = book.state(subscription.id()).nextPoll();
        due.put(subscription.id(), next == null ? Instant.MIN : next);
      }
      if ((next == null || !next.isAfter(now)) && !running.contains(subscription.id()) && slots.tryAcquire()) {
        running.add(subscription.id());
        polls.submit(() -> {
          try {
            poll(subscription);
          } catch (IOException | RuntimeException e) {
            log.accept("poll " + subscription.url() + ": " + e.getMessage());
            due.put(subscription.id(), clock.instant().plus(PollSchedule.base(subscription)));
          } finally {
            running.remove(subscription.id());
            slots.release();
          }
        });
      }
    }
  }

  /** Polls every subscription now, a bounded number at a time, and waits for all. */
  public List<PollReport> pollAll() throws IOException {
    List<Future<PollReport>> futures = new ArrayList<>();
    Semaphore limit = new Semaphore(MAX_CONCURRENT_POLLS);
    for (Subscription subscription : book.subscriptions()) {
      futures.add(polls.submit(() -> {
        limit.acquire();
        try {
          return poll(subscription);
        } finally {
          limit.release();
        }
      }));
    }
    List<PollReport> reports = new ArrayList<>();
    for (Future<PollReport> future : futures) {
      try {
        reports.add(future.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException(e.getCause().getMessage(), e.getCause());
      }
    }
    return reports;
  }

  /**
   * Polls one subscription now and saves what it learned.
   *
   * @throws IOException when the archive or the state cannot be written (the network never throws)
   */
  public PollReport poll(Subscription subscription) throws IOException {
    FeedState state = book.state(subscription.id());
    FetchResult result = fetcher.fetch(FetchRequest.feed(URI.create(subscription.url()), state.etag(),
        state.lastModified()));
    PollReport report = switch (result) {
      case FetchResult.NotModified nm -> quiet(subscription, state, nm.fetchedAt());
      case FetchResult.Failed failed -> failure(subscription, state, failed.kind().wireName(), failed.reason(),
          failed.retryAfter());
      case FetchResult.Ok ok -> fetched(subscription, state, ok);
    };
    due.put(subscription.id(), report.state().nextPoll() == null ? Instant.MIN : report.state().nextPoll());
    if (report.error() != null) {
      log.accept("feed " + subscription.url() + ": " + report.error());
    } else if (report.newEntries() > 0) {
      log.accept("feed " + label(subscription, report.state()) + ": " + report.newEntries() + " new, "
          + report.pages() + " pages" + (report.pageErrors() > 0 ? ", " + report.pageErrors() + " page errors" : ""));
    }
    return report;
  }

  private PollReport quiet(Subscription subscription, FeedState state, Instant at) throws IOException {
    Duration interval = PollSchedule.afterSuccess(subscription, state.interval(), false);
    FeedState next = state.succeeded(at, state.kind() == null ? "feed" : state.kind(), null, state.etag(),
        state.lastModified(), 0, 0, 0, List.of(), PollSchedule.next(subscription, at, interval), interval);
    book.saveState(next);
    return new PollReport(subscription, next, 0, 0, 0, null);
  }

  private PollReport failure(Subscription subscription, FeedState state, String kind, String reason,
      @Nullable Duration retryAfter) throws IOException {
    Instant at = clock.instant();
    Duration wait = PollSchedule.afterFailure(subscription, state.failures() + 1, retryAfter);
    FeedState next = state.failed(at, kind, reason, PollSchedule.next(subscription, at, wait));
    book.saveState(next);
    return new PollReport(subscription, next, 0, 0, 0, reason);
  }

  private PollReport fetched(Subscription subscription, FeedState state, FetchResult.Ok ok) throws IOException {
    FeedResult parsed = parser.parse(ok.body(), ok.contentType(), ok.finalUrl().toString());
    return switch (parsed) {
      case FeedResult.Parsed feed -> takeEntries(subscription, state, ok, feed.feed(), List.of());
      case FeedResult.NotAFeed notAFeed -> switch (SitemapParser.parse(ok.body(), ok.contentType(),
          ok.finalUrl().toString())) {
        case Sitemap.Urls urls -> takeSitemap(subscription, state, ok, urls.urls());
        case Sitemap.Index index -> takeSitemap(subscription, state, ok, children(index));
        case Sitemap.Invalid invalid -> failure(subscription, state, "not-a-feed", notAFeed.reason(), null);
      };
    };
  }

  /** The URLs of the first {@link #MAX_CHILD_SITEMAPS} sitemaps an index names; failed ones are skipped. */
  private List<SitemapUrl> children(Sitemap.Index index) {
    List<SitemapUrl> urls = new ArrayList<>();
    for (String child : index.sitemaps().subList(0, Math.min(index.sitemaps().size(), MAX_CHILD_SITEMAPS))) {
      URI uri = safeUri(child);
      if (uri != null && fetcher.fetch(FetchRequest.feed(uri, null, null)) instanceof FetchResult.Ok ok
          && SitemapParser.parse(ok.body(), ok.contentType(), ok.finalUrl().toString()) instanceof Sitemap.Urls found) {
        urls.addAll(found.urls());
      }
    }
    return urls;
  }

  /**
   * A sitemap's URLs as entries. On the first poll only URLs dated within {@link
   * #SITEMAP_FIRST_POLL_AGE} are fetched; the rest are remembered as seen, so following a site's
   * sitemap does not mean crawling its whole back catalogue.
   */
  private PollReport takeSitemap(Subscription subscription, FeedState state, FetchResult.Ok ok, List<SitemapUrl> urls)
      throws IOException {
    List<FeedEntry> entries = new ArrayList<>();
    List<String> baseline = new ArrayList<>();
    Instant cutoff = clock.instant().minus(SITEMAP_FIRST_POLL_AGE);
    for (SitemapUrl url : urls) {
      Instant date = url.newsPublished() != null ? url.newsPublished() : url.lastModified();
      FeedEntry entry = new FeedEntry(null, url.newsTitle(), url.loc(), null, null, date, null, url.lastModified(),
          List.of(), List.of(), List.of(), null, url.newsLanguage(), null);
      if (state.kind() == null && (date == null || date.isBefore(cutoff))) {
        baseline.add(key(entry));
      } else {
        entries.add(entry);
      }
    }
    String outlet = urls.stream().map(SitemapUrl::publicationName).filter(java.util.Objects::nonNull).findFirst()
        .orElse(null);
    Feed asFeed = new Feed("sitemap", outlet, null, null, null, null, null, null, entries);
    return takeEntries(subscription, state, ok, asFeed, baseline);
  }

  private static @Nullable URI safeUri(String text) {
    try {
      return new URI(text);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private PollReport takeEntries(Subscription subscription, FeedState state, FetchResult.Ok ok, Feed feed,
      List<String> baseline) throws IOException {
    Set<String> seen = new HashSet<>(state.seen());
    seen.addAll(baseline);
    Map<String, FeedEntry> fresh = new LinkedHashMap<>();
    List<FeedEntry> oldestFirst = inPublicationOrder(feed.entries());
    for (FeedEntry entry : oldestFirst) {
      String key = key(entry);
      if (key != null && !seen.contains(key) && !fresh.containsKey(key) && fresh.size() < MAX_NEW_ENTRIES_PER_POLL) {
        fresh.put(key, entry);
      }
    }
    String kind = feed.format().equals("sitemap") ? "sitemap" : "feed/" + feed.format();
    String outlet = feed.title() != null ? feed.title() : subscription.title();
    Counts counts = new Counts();
    List<String> taken = new ArrayList<>(baseline);
    for (Map.Entry<String, FeedEntry> item : fresh.entrySet()) {
      takeEntry(subscription, outlet, item.getValue(), counts);
      taken.add(item.getKey());
      if (taken.size() % CHECKPOINT_PAGES == 0) {
        book.saveState(state.withSeen(taken));
      }
    }
    Duration interval = PollSchedule.afterSuccess(subscription, state.interval(), !fresh.isEmpty());
    FeedState next = state.succeeded(ok.fetchedAt(), kind, feed.title(), ok.etag(), ok.lastModified(),
        fresh.size(), counts.pages, counts.pageErrors, taken, PollSchedule.next(subscription, clock.instant(), interval),
        interval);
    book.saveState(next);
    return new PollReport(subscription, next, fresh.size(), counts.pages, counts.pageErrors, null);
  }

  /**
   * Entries oldest first, so that the clusterer sees reports in the order they appeared: by
   * publication time where given, undated ones last (they are new now), feed order (newest first,
   * so reversed) breaking ties.
   */
  static List<FeedEntry> inPublicationOrder(List<FeedEntry> entries) {
    List<FeedEntry> reversed = new ArrayList<>(entries);
    java.util.Collections.reverse(reversed);
    reversed.sort(java.util.Comparator.comparing(FeedEntry::published,
        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    return reversed;
  }

  private static final class Counts {
    int pages;
    int pageErrors;
  }

  /**
   * Turns one entry into a page: its own content when it carries the article, else the article
   * page fetched from its link, else (no link, or the page failed) what the entry says.
   */
  private void takeEntry(Subscription subscription, @Nullable String outlet, FeedEntry entry, Counts counts)
      throws IOException {
    Map<String, @Nullable String> fields = new LinkedHashMap<>();
    fields.put(WarcRecords.TITLE, entry.title());
    fields.put(WarcRecords.PUBLISHED, entry.published() != null ? entry.published().toString() : entry.publishedRaw());
    fields.put(WarcRecords.OUTLET, outlet);
    fields.put(WarcRecords.FEED, subscription.url());
    URI link = link(entry);
    if (!entry.hasFullContent() && link != null) {
      FetchResult page = fetcher.fetch(FetchRequest.page(link));
      if (page instanceof FetchResult.Ok ok && isPage(ok.contentType())) {
        sink.accept(new FetchedPage(ok.finalUrl().toString(), WarcRecords.response(ok.finalUrl(), ok.fetchedAt(),
            ok.status(), ok.headers(), ok.body(), fields), ok.fetchedAt()));
        counts.pages++;
        return;
      }
      counts.pageErrors++;
    }
    String html = EntryPage.html(entry);
    if (html == null) {
      return; // neither a page nor any text: nothing to report
    }
    Instant at = clock.instant();
    URI target = link != null ? link : URI.create("urn:storywire:feed:" + subscription.id() + ":" + key(entry));
    sink.accept(new FetchedPage(target.toString(), WarcRecords.resource(target, at, "text/html; charset=utf-8",
        html.getBytes(StandardCharsets.UTF_8), fields), at));
    counts.pages++;
  }

  private static boolean isPage(@Nullable String contentType) {
    if (contentType == null) {
      return true;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return PAGE_TYPES.stream().anyMatch(type::startsWith);
  }

  private static @Nullable URI link(FeedEntry entry) {
    if (entry.link() == null) {
      return null;
    }
    try {
      URI uri = new URI(entry.link());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /**
   * What identifies an entry across polls: its id, else its link, else its title and date; a short
   * digest so that state files stay small.
   *
   * @return null for an entry with nothing to identify it (and nothing to read)
   */
  static @Nullable String key(FeedEntry entry) {
    String basis = entry.id() != null && !entry.id().isBlank() ? "id:" + entry.id()
        : entry.link() != null ? "link:" + entry.link()
        : entry.title() != null ? "title:" + entry.title() + "|" + entry.publishedRaw()
        : null;
    if (basis == null) {
      return null;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String label(Subscription subscription, FeedState state) {
    return subscription.title() != null ? subscription.title()
        : state.feedTitle() != null ? state.feedTitle() : subscription.url();
  }


  @Override
  public void close() {
    closed = true;
    Thread thread = loop;
    if (thread != null) {
      thread.interrupt();
    }
    polls.shutdownNow();
  }
}
