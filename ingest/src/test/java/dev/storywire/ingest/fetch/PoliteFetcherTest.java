package dev.storywire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.ingest.fetch.FetchResult.Failed;
import dev.storywire.ingest.fetch.FetchResult.Failure;
import dev.storywire.ingest.testing.TestSite;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** robots.txt and per-host pacing, against a real local server. */
class PoliteFetcherTest {
  private TestSite site;

  @BeforeEach
  void start() throws IOException {
    site = new TestSite();
    site.serve("/news/a.html", "text/html", "<p>a</p>");
    site.serve("/private/b.html", "text/html", "<p>b</p>");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private PoliteFetcher fetcher(Duration interval) {
    FetchSettings settings = FetchSettings.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
        .withRetries(0, Duration.ZERO).withPoliteness(interval, 1, 8);
    return new PoliteFetcher(settings, AddressPolicy.allowing(List.of("127.0.0.1")), Clock.systemUTC(), true);
  }

  @Test
  void obeysRobotsTxtAndFetchesItOnce() throws IOException {
    site.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    try (PoliteFetcher fetcher = fetcher(Duration.ZERO)) {
      assertThat(fetcher.fetch(FetchRequest.page(site.url("/news/a.html")))).isInstanceOf(FetchResult.Ok.class);
      Failed refused = (Failed) fetcher.fetch(FetchRequest.page(site.url("/private/b.html")));
      assertThat(refused.kind()).isEqualTo(Failure.ROBOTS_DISALLOWED);
      assertThat(refused.reason()).startsWith("disallowed for Storywire by robots.txt of http://127.0.0.1:");
    }
    assertThat(site.hits("/private/b.html")).isZero();
    assertThat(site.hits("/robots.txt")).isEqualTo(1);
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() throws IOException {
    try (PoliteFetcher fetcher = fetcher(Duration.ZERO)) {
      assertThat(fetcher.fetch(FetchRequest.page(site.url("/private/b.html")))).isInstanceOf(FetchResult.Ok.class);
    }
  }

  @Test
  void anUnreachableRobotsTxtHoldsTheSiteBack() throws IOException {
    site.serve("/robots.txt", 500, "text/plain", new byte[0]);
    try (PoliteFetcher fetcher = fetcher(Duration.ZERO)) {
      Failed held = (Failed) fetcher.fetch(FetchRequest.page(site.url("/news/a.html")));
      assertThat(held.kind()).isEqualTo(Failure.ROBOTS_DISALLOWED);
      assertThat(held.reason()).contains("unreachable");
    }
    assertThat(site.hits("/news/a.html")).isZero();
  }

  @Test
  void spacesRequestsToOneHost() throws Exception {
    site.serve("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    List<Long> starts = Collections.synchronizedList(new ArrayList<>());
    site.on("/t", exchange -> {
      starts.add(System.nanoTime());
      TestSite.respond(exchange, 200, "text/plain", "ok".getBytes());
    });
    try (PoliteFetcher fetcher = fetcher(Duration.ofMillis(200));
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 4; i++) {
        threads.submit(() -> fetcher.fetch(FetchRequest.page(site.url("/t"))));
      }
      threads.shutdown();
      threads.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    }
    List<Long> sorted = new ArrayList<>(starts);
    Collections.sort(sorted);
    assertThat(sorted).hasSize(4);
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(Duration.ofNanos(sorted.get(i) - sorted.get(i - 1))).isGreaterThan(Duration.ofMillis(150));
    }
  }
}
