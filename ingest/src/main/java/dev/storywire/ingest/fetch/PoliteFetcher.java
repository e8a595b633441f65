package dev.storywire.ingest.fetch;

import dev.storywire.ingest.fetch.FetchResult.Failed;
import dev.storywire.ingest.fetch.FetchResult.Failure;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The fetcher the rest of Storywire uses: robots.txt first, then a turn at the host's gate, then
 * the guarded HTTP fetch. Blocking and thread-safe; call it from virtual threads.
 */
public final class PoliteFetcher implements Closeable {
  private final HttpFetcher http;
  private final HostGate gate;
  private final RobotsCache robots;
  private final boolean obeyRobots;

  /**
   * @param obeyRobots false only for tests and for a user's own explicit one-off fetches; feeds
   *     and the pages they link are always fetched with it on
   */
  public PoliteFetcher(FetchSettings settings, AddressPolicy policy, Clock clock, boolean obeyRobots) {
    this(new HttpFetcher(settings, policy, clock), clock, obeyRobots);
  }

  PoliteFetcher(HttpFetcher http, Clock clock, boolean obeyRobots) {
    FetchSettings settings = http.settings();
    this.http = http;
    this.gate = new HostGate(clock, settings.perHostConnections(), settings.maxConnections());
    this.obeyRobots = obeyRobots;
    this.robots = new RobotsCache(clock, url -> guarded(url,
        new FetchRequest(url, null, null, "text/plain, */*;q=0.5"), Duration.ZERO));
  }

  public FetchResult fetch(FetchRequest request) {
    String bad = HttpFetcher.badUrl(request.url());
    if (bad != null) {
      return new Failed(request.url(), Failure.BAD_URL, 0, bad);
    }
    Duration delay = Duration.ZERO;
    if (obeyRobots) {
      RobotsCache.Verdict verdict = robots.check(request.url());
      if (verdict.failure() != null) {
        Failed unreachable = verdict.failure();
        return new Failed(request.url(), unreachable.kind(), 0, unreachable.reason(), unreachable.retryAfter());
      }
      if (!verdict.allowed()) {
        return new Failed(request.url(), Failure.ROBOTS_DISALLOWED, 0, verdict.note().contains("unreachable")
            ? verdict.note() : "disallowed for Storywire by " + verdict.note());
      }
      delay = verdict.crawlDelay();
    }
    return guarded(request.url(), request, delay);
  }

  private FetchResult guarded(URI url, FetchRequest request, Duration crawlDelay) {
    FetchSettings settings = http.settings();
    Duration interval = crawlDelay.compareTo(settings.perHostInterval()) > 0
        ? min(crawlDelay, settings.maxCrawlDelay()) : settings.perHostInterval();
    try (HostGate.Turn turn = gate.enter(RobotsCache.origin(url), interval)) {
      return http.fetch(request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Failed(url, Failure.IO, 0, "interrupted while waiting for a turn at " + url.getHost());
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }


  @Override
  public void close() throws IOException {
    http.close();
  }
}
