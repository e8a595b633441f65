package dev.storywire.bench;

import dev.storywire.app.Config;
import dev.storywire.app.FileTrees;
import dev.storywire.app.Storywire;
import dev.storywire.app.feeds.FeedBook;
import dev.storywire.app.feeds.FeedPoller;
import dev.storywire.app.feeds.Subscription;
import dev.storywire.ingest.fetch.FetchSettings;
import dev.storywire.model.Item;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Freshness: how soon a report the poller has fetched is in the flash feed.
 *
 * <p>A loopback site ({@link FeedSite}) serves {@code --feeds} RSS feeds, each on its own origin
 * (port), so that the fetcher's per-origin politeness (1 s between request starts, not
 * configurable through {@link Config}) applies as it would to distinct publishers. Every
 * {@code --publish-ms} a new entry is published to the next feed, summary only, linking a real
 * benchmark page (Zyte, then htmldate) on the same origin, so the poller fetches the page. The page
 * is served with its publication time stated ({@code article:published_time}, the time of the
 * entry), since the flash feed orders by stated publication time: otherwise a page archived in 2019
 * would sort below everything fresher and never reach the top of the feed.
 *
 * <p>The poller is Storywire's own ({@link Storywire#feedPoller}, fetcher built from the
 * configuration). Its loop is not started: a subscription's shortest interval is one minute, so the
 * benchmark calls {@link FeedPoller#poll} for each feed every {@code --poll-ms} from one thread per
 * feed (a feed's polls never overlap, as in the loop). A reader thread asks {@code
 * reader().latest(--limit)} every {@code --read-ms} (a pause between queries) and notes when each
 * page's first item appears, as the start time of the first query that returned it: the item became
 * visible between the previous query's start and that one.
 *
 * <p>Reported, over entries published after the {@code --warmup}: <b>visible − fetched</b> (the
 * item's {@code firstSeen}, which is the fetch time of the page, to the reader's first sight: archive
 * append with fsync, extraction, analysis, clustering, index commit, the reader's query and its
 * polling period) and, for context, <b>visible − published</b> (adds the wait for the next poll and
 * the per-origin politeness gaps before the feed and the page are fetched).
 */
public final class FreshnessBenchmark {
  static final List<String> PAGE_SETS = List.of("zyte_article_extraction", "htmldate_eval");

  private FreshnessBenchmark() {}

  /** What the reader saw of one page: when its first item appeared, and that item's fetch time. */
  private record Sight(Instant visible, Instant firstSeen, String title) {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = new BenchArgs(args, List.of("feeds", "seconds", "warmup", "publish-ms", "poll-ms", "read-ms",
        "limit", "drain"));
    int feeds = a.integer("feeds", 20);
    int seconds = a.integer("seconds", 180);
    int warmup = a.integer("warmup", 30);
    int publishMs = a.integer("publish-ms", 1000);
    int pollMs = a.integer("poll-ms", 200);
    int readMs = a.integer("read-ms", 20);
    int limit = a.integer("limit", 50);
    int drain = a.integer("drain", 15);
    List<byte[]> all = FeedSite.loadPages(a.datasets, PAGE_SETS);
    int planned = seconds * 1000 / publishMs;
    List<byte[]> pages = datedByTheEntry(all, planned);
    if (pages.isEmpty()) {
      System.err.println("bench: no page folders under " + a.datasets.toAbsolutePath() + "; nothing to measure");
      System.exit(2);
    }
    BenchArgs.printMachine();
    System.out.printf("freshness: %d feeds on %d origins, an entry every %d ms for %d s (%d entries, %d distinct"
        + " pages of %d tried%s), warm-up %d s, poll every %d ms per feed, latest(%d) every %d ms%n", feeds, feeds, publishMs,
        seconds, planned, pages.size(), tried, planned > pages.size() ? "; pages reused under new URLs" : "", warmup,
        pollMs, limit, readMs);

    Path data = Files.createTempDirectory("storywire-freshness-bench-");
    AtomicInteger pollErrors = new AtomicInteger();
    AtomicLong readNanos = new AtomicLong();
    AtomicLong reads = new AtomicLong();
    Map<String, Instant> published = new ConcurrentHashMap<>();
    Map<String, Sight> sights = new ConcurrentHashMap<>();
    Config config = new Config(data, new Config.Server(Config.DEFAULT_HOST, 0),
        new Config.Fetch(FetchSettings.DEFAULT_USER_AGENT, List.of("127.0.0.1/32")));
    try (FeedSite site = new FeedSite(feeds, 20); Storywire storywire = Storywire.open(config)) {
      List<Subscription> subscriptions = new ArrayList<>();
      for (int f = 0; f < feeds; f++) {
        site.open(f);
        subscriptions.add(Subscription.of(site.feedUrl(f), "Bench feed " + f, "bench", null, Instant.now()));
      }
      FeedBook.in(data).addAll(subscriptions);
      FeedPoller poller = storywire.feedPoller(line -> {
        if (!line.contains(" new, ")) {
          pollErrors.incrementAndGet();
          System.err.println("poller: " + line);
        }
      });

      // The reader: what /api/flash would show, every readMs.
      var reading = new java.util.concurrent.atomic.AtomicBoolean(true);
      Thread reader = Thread.ofPlatform().name("bench-reader").start(() -> {
        var known = new java.util.HashSet<String>();
        while (reading.get()) {
          // The query's start: an item in its answer was visible then (the searcher is taken first),
          // and was not at the start of the previous query.
          Instant now = Instant.now();
          long q = System.nanoTime();
          List<Item> latest = storywire.reader().latest(limit);
          readNanos.addAndGet(System.nanoTime() - q);
          reads.incrementAndGet();
          for (Item item : latest) {
            String url = item.source().url();
            if (url != null && known.add(url)) {
              sights.put(url, new Sight(now, item.firstSeen(), item.title()));
            }
          }
          sleep(readMs);
        }
      });

      // The pollers: one thread per feed, a poll every pollMs (the next starts when the last is done).
      var polling = new java.util.concurrent.atomic.AtomicBoolean(true);
      List<Thread> pollers = new ArrayList<>();
      for (Subscription subscription : subscriptions) {
        pollers.add(Thread.ofVirtual().name("bench-poll-" + subscription.id()).start(() -> {
          while (polling.get()) {
            long next = System.nanoTime() + pollMs * 1_000_000L;
            try {
              poller.poll(subscription);
            } catch (IOException | RuntimeException e) {
              pollErrors.incrementAndGet();
              System.err.println("poll " + subscription.url() + ": " + e);
            }
            sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000L));
          }
        }));
      }

      // The publisher.
      long start = System.nanoTime();
      Instant measureFrom = Instant.now().plusSeconds(warmup);
      for (int k = 0; k < planned; k++) {
        long due = start + k * (long) publishMs * 1_000_000L;
        sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000L));
        int feed = k % feeds;
        String id = "r" + k;
        String url = site.pageUrl(feed, id);
        Instant now = Instant.now();
        site.putPage(id, FeedSite.Page.of(FeedSite.datedAt(pages.get(k % pages.size()), now)));
        published.put(url, now);
        site.publish(feed, new FeedSite.Entry("bench:" + k, "Bench report " + k, url, now,
            "Summary of bench report " + k + ".", null));
        if (k > 0 && k % 30 == 0) {
          System.out.printf("  %d s: %d published, %d seen in the flash feed, %d items%n",
              (System.nanoTime() - start) / 1_000_000_000L, k, sights.size(), storywire.itemCount());
        }
      }
      Instant last = Instant.now();
      long drainUntil = System.nanoTime() + drain * 1_000_000_000L;
      while (System.nanoTime() < drainUntil && !sights.keySet().containsAll(published.keySet())) {
        sleep(100);
      }
      polling.set(false);
      for (Thread t : pollers) {
        t.join();
      }
      reading.set(false);
      reader.join();

      // Pages never seen at the top: indexed (then why not seen), or no item at all (rejected).
      Map<String, Item> indexed = new HashMap<>();
      for (Item item : storywire.items()) {
        if (item.source().url() != null) {
          indexed.putIfAbsent(item.source().url(), item);
        }
      }
      List<Long> fetchedToVisible = new ArrayList<>();
      List<Long> publishedToVisible = new ArrayList<>();
      int inWindow = 0;
      int unseenIndexed = 0;
      int noItem = 0;
      int oldDated = 0;
      for (Map.Entry<String, Instant> p : published.entrySet()) {
        if (p.getValue().isBefore(measureFrom)) {
          continue;
        }
        inWindow++;
        Sight s = sights.get(p.getKey());
        if (s != null) {
          fetchedToVisible.add(Duration.between(s.firstSeen(), s.visible()).toMillis());
          publishedToVisible.add(Duration.between(p.getValue(), s.visible()).toMillis());
        } else if (indexed.containsKey(p.getKey())) {
          unseenIndexed++;
          Item item = indexed.get(p.getKey());
          if (item.published() == null || !item.published().startsWith(p.getValue().toString().substring(0, 10))) {
            oldDated++;
          }
        } else {
          noItem++;
        }
      }
      System.out.printf("published %d entries (last at +%.1f s), %d items in the index, %d poll errors, "
          + "%d requests served (%d 304), latest(%d): %d queries, mean %.2f ms%n", published.size(),
          Duration.between(measureFrom.minusSeconds(warmup), last).toMillis() / 1000.0, storywire.itemCount(),
          pollErrors.get(), site.requests(), site.notModified(), limit, reads.get(),
          reads.get() == 0 ? 0 : readNanos.get() / 1e6 / reads.get());
      System.out.printf("measured: %d entries after the warm-up; %d seen in the flash feed, %d indexed but never "
          + "in latest(%d) (%d of them dated by the page, not the entry), %d without an item (rejected or not"
          + " fetched)%n", inWindow, fetchedToVisible.size(), unseenIndexed, limit, oldDated, noItem);
      print("visible - fetched  ", fetchedToVisible);
      print("visible - published", publishedToVisible);
    } finally {
      FileTrees.delete(data);
    }
  }

  private static int tried;

  /**
   * The first {@code wanted} pages whose extracted publication date is the one the site states for
   * the entry ({@link FeedSite#datedAt}): a page whose own markup wins (JSON-LD, a dateline) would
   * be placed at its 2019 date, below the top of the flash feed, and never be seen there.
   */
  private static List<byte[]> datedByTheEntry(List<byte[]> pages, int wanted) {
    var extractor = new dev.storywire.extract.PageExtractor();
    Instant now = Instant.now();
    java.time.LocalDate today = now.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
    List<byte[]> kept = new ArrayList<>();
    for (byte[] page : pages) {
      if (kept.size() >= wanted) {
        break;
      }
      tried++;
      var raw = dev.storywire.app.eval.PageFiles.html("probe", FeedSite.datedAt(page, now),
          "http://127.0.0.1/pages/probe", now);
      if (extractor.extract(raw) instanceof dev.storywire.model.Extraction.Page p && p.page().published() != null
          && p.page().published().date().equals(today)) {
        kept.add(page);
      }
    }
    return kept;
  }

  private static void print(String what, List<Long> millis) {
    long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
    if (sorted.length == 0) {
      System.out.printf("%s: nothing measured%n", what);
      return;
    }
    System.out.printf("%s: n=%d  p50 %d ms  p90 %d ms  p99 %d ms  max %d ms  (min %d ms, mean %.0f ms)%n", what,
        sorted.length, BenchArgs.percentile(sorted, 50), BenchArgs.percentile(sorted, 90),
        BenchArgs.percentile(sorted, 99), sorted[sorted.length - 1], sorted[0], Arrays.stream(sorted).average()
            .orElse(0));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
