package dev.storywire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.app.Config;
import dev.storywire.app.FileTrees;
import dev.storywire.app.Storywire;
import dev.storywire.app.feeds.FeedBook;
import dev.storywire.app.feeds.FeedPoller;
import dev.storywire.app.feeds.Subscription;
import dev.storywire.ingest.fetch.FetchSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Poll cycles over many subscriptions: {@code --feeds} RSS feeds of {@code --entries} entries each,
 * served by a loopback {@link FeedSite} on {@code --origins} origins (ports; feed {@code n} on origin
 * {@code n % origins}), polled by Storywire's own poller ({@link Storywire#feedPoller}, fetcher
 * built from the configuration: 1 s between request starts per origin, 2 connections per origin,
 * 64 in all; 64 polls at once) with {@link FeedPoller#pollAll}, {@code --cycles} times.
 *
 * <p>Most feeds carry the article in {@code content:encoded} (the text of a Zyte benchmark
 * article, at least 500 characters, with a line that makes each entry distinct), so their entries
 * become pages without a fetch; a share of {@code --summary-share} of the feeds carry summaries
 * only, and each of their entries costs a page fetch (a real Zyte or htmldate page under its own
 * URL). Cycle 1 takes every entry; cycle 2 finds every feed unchanged (ETag, 304); before each
 * further cycle a share of {@code --changed-share} of the feeds (in turn) publishes one new entry,
 * the steady state of a running poller: 304s, plus a full fetch and parse of the changed feeds and
 * one new page each.
 *
 * <p>Per cycle: wall time, CPU time of the process (the test site's handler threads run in the same
 * JVM; their CPU is shown apart and included in the process figure), peak heap during the cycle
 * (sum of the heap pools' peaks, after a GC before it) and heap used after a GC at its end, feeds
 * OK and failed, entries, pages and page errors.
 */
public final class PollCycleBenchmark {
  private PollCycleBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = new BenchArgs(args, List.of("feeds", "origins", "entries", "summary-share", "cycles",
        "changed-share"));
    int feeds = a.integer("feeds", 1000);
    int origins = Math.min(feeds, a.integer("origins", 100));
    int entries = a.integer("entries", 3);
    double summaryShare = a.decimal("summary-share", 0.05);
    int cycles = a.integer("cycles", 4);
    double changedShare = a.decimal("changed-share", 0.1);
    List<String> articles = articles(a.datasets.resolve("zyte_article_extraction").resolve("ground-truth.json"));
    List<byte[]> pages = FeedSite.loadPages(a.datasets, FreshnessBenchmark.PAGE_SETS);
    if (articles.isEmpty() || pages.isEmpty()) {
      System.err.println("bench: no Zyte ground truth or page folders under " + a.datasets.toAbsolutePath());
      System.exit(2);
    }
    int summaryFeeds = (int) Math.round(feeds * summaryShare);
    BenchArgs.printMachine();
    System.out.printf("feeds: %d feeds on %d origins, %d entries each; %d feeds with full content (%d article"
        + " texts), %d summary-only (%d page fetches, %d distinct pages); %d cycles of pollAll: 1 takes all,"
        + " 2 finds all unchanged, 3.. find %.0f %% of the feeds with one new entry%n", feeds, origins, entries,
        feeds - summaryFeeds, articles.size(), summaryFeeds, summaryFeeds * entries, pages.size(), cycles,
        changedShare * 100);

    Path data = Files.createTempDirectory("storywire-feeds-bench-");
    AtomicInteger logLines = new AtomicInteger();
    Config config = new Config(data, new Config.Server(Config.DEFAULT_HOST, 0),
        new Config.Fetch(FetchSettings.DEFAULT_USER_AGENT, List.of("127.0.0.1/32")));
    try (FeedSite site = new FeedSite(origins, Math.max(entries, 1)); Storywire storywire = Storywire.open(config)) {
      Instant now = Instant.now();
      List<Subscription> subscriptions = new ArrayList<>();
      int page = 0;
      int article = 0;
      // Summary-only feeds spread evenly over the list (every n-th feed).
      double every = summaryFeeds == 0 ? Double.MAX_VALUE : (double) feeds / summaryFeeds;
      int nextSummary = 0;
      boolean[] summaryFeed = new boolean[feeds];
      for (int f = 0; f < feeds; f++) {
        boolean summaryOnly = summaryFeeds > 0 && f == (int) Math.round(nextSummary * every) && nextSummary < summaryFeeds;
        if (summaryOnly) {
          nextSummary++;
          summaryFeed[f] = true;
        }
        site.open(f);
        for (int e = 0; e < entries; e++) {
          Instant published = now.minus(Duration.ofMinutes((long) (entries - e) * 7 + f % 13));
          String id = "f" + f + "e" + e;
          String link = site.pageUrl(f, id);
          String content = null;
          if (summaryOnly) {
            site.putPage(id, FeedSite.Page.of(pages.get(page++ % pages.size())));
          } else {
            content = "<p>Bench feed " + f + ", report " + e + ".</p>" + articles.get(article++ % articles.size());
          }
          site.publish(f, new FeedSite.Entry("bench:" + id, "Bench feed " + f + " report " + e, link, published,
              "Summary of report " + e + " of bench feed " + f + ".", content));
        }
        subscriptions.add(Subscription.of(site.feedUrl(f), "Bench feed " + f, "bench", null, now));
      }
      FeedBook.in(data).addAll(subscriptions);
      FeedPoller poller = storywire.feedPoller(line -> logLines.incrementAndGet());
      var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      var memory = ManagementFactory.getMemoryMXBean();

      System.out.println("cycle | wall s | CPU s (site) | peak heap MiB | heap after GC MiB | feeds ok/failed |"
          + " new entries | pages | page errors | 304 | items");
      int changedFeeds = (int) Math.round(feeds * changedShare);
      int nextChanged = 0;
      for (int c = 1; c <= cycles; c++) {
        for (int i = 0; c >= 3 && i < changedFeeds; i++) {
          int f = nextChanged++ % feeds;
          String id = "f" + f + "c" + c;
          String content = null;
          if (summaryFeed[f]) {
            site.putPage(id, FeedSite.Page.of(pages.get(page++ % pages.size())));
          } else {
            content = "<p>Bench feed " + f + ", cycle " + c + ".</p>" + articles.get(article++ % articles.size());
          }
          site.publish(f, new FeedSite.Entry("bench:" + id, "Bench feed " + f + " cycle " + c, site.pageUrl(f, id),
              Instant.now(), "Summary of the cycle " + c + " report of bench feed " + f + ".", content));
        }
        System.gc();
        resetPeaks();
        long cpu = os.getProcessCpuTime();
        long siteCpu = site.handlerCpuNanos();
        long notModified = site.notModified();
        long start = System.nanoTime();
        List<FeedPoller.PollReport> reports = poller.pollAll();
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        double siteSeconds = (site.handlerCpuNanos() - siteCpu) / 1e9;
        long peak = peakHeap();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        long failed = reports.stream().filter(r -> r.error() != null).count();
        System.out.printf("%d | %.1f | %.1f (%.1f) | %d | %d | %d/%d | %d | %d | %d | %d | %d%n", c, wall, cpuSeconds,
            siteSeconds, peak >> 20, after >> 20, reports.size() - failed, failed,
            reports.stream().mapToInt(FeedPoller.PollReport::newEntries).sum(),
            reports.stream().mapToInt(FeedPoller.PollReport::pages).sum(),
            reports.stream().mapToInt(FeedPoller.PollReport::pageErrors).sum(), site.notModified() - notModified,
            storywire.itemCount());
        reports.stream().filter(r -> r.error() != null).limit(5)
            .forEach(r -> System.out.println("  failed: " + r.subscription().url() + ": " + r.error()));
      }
    } finally {
      FileTrees.delete(data);
    }
  }

  /** Article texts of at least 500 characters from the Zyte ground truth, as HTML paragraphs, in key order. */
  private static List<String> articles(Path groundTruth) throws IOException {
    if (!Files.isRegularFile(groundTruth)) {
      return List.of();
    }
    JsonNode root = new ObjectMapper().readTree(groundTruth.toFile());
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    keys.sort(null);
    List<String> texts = new ArrayList<>();
    for (String key : keys) {
      String body = root.path(key).path("articleBody").asText("");
      if (body.length() >= 500) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : body.split("\n+")) {
          if (!paragraph.isBlank()) {
            html.append("<p>").append(FeedSite.escape(paragraph.strip())).append("</p>");
          }
        }
        texts.add(html.toString());
      }
    }
    return texts;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
