package dev.storywire.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.app.Config;
import dev.storywire.app.Storywire;
import dev.storywire.ingest.testing.TestSite;
import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import dev.storywire.model.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds end to end against a real local server: an RSS feed whose entries point at the two seed
 * reports (summaries only, so the pages are fetched) and carry one full-text entry; the poller
 * takes them into the archive and the stories, remembers what it took across restarts, and reports
 * failing feeds with a reason without stopping the others.
 */
class FeedPollingTest {
  @TempDir Path data;
  private TestSite site;
  private Config config;

  private static Path seeds() {
    return Path.of(System.getProperty("storywire.samples", "../samples"), "seeds");
  }

  @BeforeEach
  void start() throws IOException {
    site = new TestSite();
    config = new Config(data, new Config.Server("127.0.0.1", 0), new Config.Fetch("StorywireTest/1",
        List.of("127.0.0.1/32")));
    byte[] arabic = Files.readAllBytes(seeds().resolve("000_6571981fc28c5b9a.txt"));
    byte[] chinese = Files.readAllBytes(seeds().resolve("004_1c4daa1ff2b208cf.txt"));
    site.serve("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
    site.serve("/ar/babuschkin", 200, "text/plain; charset=utf-8", arabic);
    site.serve("/zh/babuschkin", 200, "text/plain; charset=utf-8", chinese);
    site.on("/feed.xml", exchange -> {
      if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("ETag", "\"v1\"");
      TestSite.respond(exchange, 200, "application/rss+xml; charset=utf-8", rss().getBytes(StandardCharsets.UTF_8));
    });
    site.serve("/html-not-feed", "text/html", "<!DOCTYPE html><html><head><title>Login</title></head><body><form>"
        + "</form></body></html>");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  /**
   * The Chinese report is dated after the Arabic one, as the two pages were: the poller takes
   * entries in publication order. (The Chinese page's ticker is dated three months later; the
   * clusterer's window follows the newest time it has seen, so an older report taken after the
   * ticker would start a story of its own. That is the clusterer's out-of-order limit, not the
   * poller's.)
   */
  private String rss() {
    String fullText = "<p>" + "Wellington announced a new flood defence plan on Tuesday. ".repeat(12) + "</p>";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Test Wire</title><link>%1$s</link>
        <item><title>بابوشكين يغادر xAI</title><link>%1$s/ar/babuschkin</link><guid>ar-1</guid>
          <description>ملخص قصير</description><pubDate>Wed, 13 Aug 2025 10:00:00 GMT</pubDate></item>
        <item><title>xAI联合创始人离职</title><link>%1$s/zh/babuschkin</link><guid>zh-1</guid>
          <description>简短摘要</description><pubDate>Wed, 13 Aug 2025 19:30:00 +0800</pubDate></item>
        <item><title>Flood defence plan</title><link>%1$s/nz/flood</link><guid>nz-1</guid>
          <content:encoded><![CDATA[%2$s]]></content:encoded></item>
        <item><title>Members only</title><link>%1$s/private/secret</link><guid>p-1</guid>
          <description>Only a teaser of the private story.</description></item>
        </channel></rss>
        """.formatted(site.url("").toString().replaceAll("/$", ""), fullText);
  }

  @Test
  void takesEntriesIntoStoriesAndRemembersThemAcrossRestarts() throws IOException {
    FeedBook book = FeedBook.in(data);
    Subscription feed = book.add(Subscription.of(site.url("/feed.xml").toString(), null, null, null, Instant.now()))
        .subscription();
    try (Storywire storywire = Storywire.open(config)) {
      FeedPoller.PollReport report = storywire.feedPoller(line -> {}).poll(feed);
      assertThat(report.error()).isNull();
      assertThat(report.newEntries()).isEqualTo(4);
      // two fetched pages, one full-text entry, and the robots-disallowed entry kept as its summary
      assertThat(report.pages()).isEqualTo(4);
      assertThat(report.pageErrors()).isEqualTo(1);
      assertThat(report.state().kind()).isEqualTo("feed/rss20");
      assertThat(report.state().feedTitle()).isEqualTo("Test Wire");

      List<Item> articles = storywire.items().stream().filter(i -> i.kind() == ItemKind.ARTICLE).toList();
      assertThat(articles).hasSize(4);
      Item arabic = articles.stream().filter(i -> "ar".equals(i.lang())).findFirst().orElseThrow();
      assertThat(arabic.source().url()).isEqualTo(site.url("/ar/babuschkin").toString());
      assertThat(arabic.firstSeen()).isAfter(Instant.now().minusSeconds(120));
      Set<String> crossLingual = storywire.reader().stories(100).stream()
          .filter(s -> s.languages().containsAll(List.of("ar", "zh")))
          .map(Story::id).collect(Collectors.toSet());
      assertThat(crossLingual).as("the two reports make one story").hasSize(1);
      assertThat(articles.stream().map(Item::title)).anyMatch(t -> t.contains("Flood defence plan"));
      assertThat(site.hits("/private/secret")).as("robots.txt is obeyed").isZero();

      FeedPoller.PollReport again = storywire.feedPoller(line -> {}).poll(feed);
      assertThat(again.newEntries()).isZero();
      assertThat(site.lastRequestHeader("/feed.xml", "If-None-Match")).containsExactly("\"v1\"");
    }
    int items = 0;
    try (Storywire reopened = Storywire.open(config)) {
      items = reopened.itemCount();
      site.on("/feed.xml", exchange -> TestSite.respond(exchange, 200, "application/rss+xml",
          rss().getBytes(StandardCharsets.UTF_8))); // no validators now: the full feed again
      FeedPoller.PollReport afterRestart = reopened.feedPoller(line -> {}).poll(feed);
      assertThat(afterRestart.newEntries()).as("nothing taken twice after a restart").isZero();
      assertThat(reopened.itemCount()).isEqualTo(items);
    }
    assertThat(site.hits("/ar/babuschkin")).isEqualTo(1);
    assertThat(book.state(feed.id()).entries()).isEqualTo(4);
  }

  @Test
  void aFailingFeedIsReportedWithItsReasonAndTheOthersStillPoll() throws IOException {
    FeedBook book = FeedBook.in(data);
    book.add(Subscription.of(site.url("/html-not-feed").toString(), null, null, null, Instant.now()));
    book.add(Subscription.of(site.url("/gone.xml").toString(), null, null, null, Instant.now()));
    book.add(Subscription.of("http://10.0.0.1/feed.xml", null, null, null, Instant.now()));
    book.add(Subscription.of(site.url("/feed.xml").toString(), null, null, null, Instant.now()));
    try (Storywire storywire = Storywire.open(config)) {
      List<FeedPoller.PollReport> reports = storywire.feedPoller(line -> {}).pollAll();
      assertThat(reports).hasSize(4);
      assertThat(reports.get(0).state().lastErrorKind()).isEqualTo("not-a-feed");
      assertThat(reports.get(0).error()).containsIgnoringCase("HTML");
      assertThat(reports.get(1).state().lastErrorKind()).isEqualTo("http-status");
      assertThat(reports.get(1).error()).isEqualTo("HTTP 404 Not Found");
      assertThat(reports.get(2).state().lastErrorKind()).isEqualTo("blocked-address");
      assertThat(reports.get(2).error()).contains("10.0.0.1 is private network");
      assertThat(reports.get(3).error()).isNull();
      assertThat(reports.get(3).newEntries()).isEqualTo(4);
      FeedState failed = book.state(reports.get(1).subscription().id());
      assertThat(failed.failures()).isEqualTo(1);
      assertThat(failed.nextPoll()).isAfter(Instant.now().plusSeconds(60));
    }
  }

  @Test
  void followsANewsSitemapFromNowOn() throws IOException {
    String today = Instant.now().toString();
    String[] urls = {"<url><loc>%1$s/zh/babuschkin</loc><news:news><news:publication><news:name>Wire</news:name>"
        + "<news:language>zh</news:language></news:publication><news:publication_date>" + today
        + "</news:publication_date><news:title>xAI联合创始人离职</news:title></news:news></url>",
        "<url><loc>%1$s/archive/2020/old-story</loc><lastmod>2020-01-01</lastmod></url>"};
    String base = site.url("").toString().replaceAll("/$", "");
    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">";
    site.serve("/news-sitemap.xml", "application/xml", (head + urls[0] + urls[1] + "</urlset>").formatted(base));
    Subscription sitemap = FeedBook.in(data).add(Subscription.of(site.url("/news-sitemap.xml").toString(), null, null,
        null, Instant.now())).subscription();
    try (Storywire storywire = Storywire.open(config)) {
      FeedPoller.PollReport first = storywire.feedPoller(line -> {}).poll(sitemap);
      assertThat(first.error()).isNull();
      assertThat(first.state().kind()).isEqualTo("sitemap");
      assertThat(first.newEntries()).as("only the recent URL; the back catalogue is remembered, not fetched").isEqualTo(1);
      assertThat(site.hits("/archive/2020/old-story")).isZero();
      site.serve("/news-sitemap.xml", "application/xml", (head + urls[0] + urls[1]
          + "<url><loc>%1$s/ar/babuschkin</loc></url></urlset>").formatted(base));
      FeedPoller.PollReport second = storywire.feedPoller(line -> {}).poll(sitemap);
      assertThat(second.newEntries()).isEqualTo(1);
      assertThat(site.hits("/ar/babuschkin")).isEqualTo(1);
      assertThat(site.hits("/zh/babuschkin")).isEqualTo(1);
    }
  }

  @Test
  void theRunningPollerPicksUpASubscriptionAddedWhileItRuns() throws Exception {
    try (Storywire storywire = Storywire.open(config)) {
      storywire.feedPoller(line -> {}).start();
      FeedBook.in(data).add(Subscription.of(site.url("/feed.xml").toString(), null, null, null, Instant.now()));
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
      while (storywire.reader().latest(50).stream().noneMatch(i -> i.title().contains("Flood defence plan"))
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(storywire.reader().latest(50)).anyMatch(i -> i.title().contains("Flood defence plan"));
    }
  }
}
