package dev.storywire.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * robots.txt rules per origin (RFC 9309), fetched on first use and kept for a day. A missing
 * robots.txt (4xx) allows everything; an unreachable one (5xx, network failure) disallows
 * everything until the next try, as §2.3.1.4 asks, which is sooner than a day.
 */
final class RobotsCache {
  /** How long fetched rules are used: RFC 9309 §2.4 says not longer than 24 hours. */
  private static final Duration TTL = Duration.ofHours(24);

  /** How long an unreachable robots.txt blocks a host before it is tried again. */
  private static final Duration UNREACHABLE_TTL = Duration.ofMinutes(15);

  /** Origins remembered; the least recently used goes beyond this. */
  private static final int MAX_ORIGINS = 10_000;

  private final Clock clock;
  private final Function<URI, FetchResult> fetch;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Rules> byOrigin = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Rules> eldest) {
      return size() > MAX_ORIGINS;
    }
  };

  /** @param failure why robots.txt could not be fetched, when the network (not the site) failed */
  private record Rules(BaseRobotRules rules, Instant expires, String note, FetchResult.@Nullable Failed failure) {
    Rules(BaseRobotRules rules, Instant expires, String note) {
      this(rules, expires, note, null);
    }
  }

  /** Striped locks so that one origin's robots.txt is fetched once even when many wait for it. */
  private final Object[] loading = new Object[64];

  {
    for (int i = 0; i < loading.length; i++) {
      loading[i] = new Object();
    }
  }

  /**
   * What robots.txt says for one URL.
   *
   * @param failure set when robots.txt could not be reached at all (blocked address, DNS,
   *     connection): the page cannot be either, and this says why
   */
  record Verdict(boolean allowed, Duration crawlDelay, String note, FetchResult.@Nullable Failed failure) {}

  RobotsCache(Clock clock, Function<URI, FetchResult> fetch) {
    this.clock = clock;
    this.fetch = fetch;
  }

  Verdict check(URI url) {
    String origin = origin(url);
    Rules entry;
    synchronized (loading[Math.floorMod(origin.hashCode(), loading.length)]) {
      entry = cached(origin);
      if (entry == null) {
        entry = load(origin);
        synchronized (byOrigin) {
          byOrigin.put(origin, entry);
        }
      }
    }
    long delay = entry.rules().getCrawlDelay();
    Duration crawlDelay = delay > 0 ? Duration.ofMillis(delay) : Duration.ZERO;
    return new Verdict(entry.rules().isAllowed(url.toString()), crawlDelay, entry.note(), entry.failure());
  }

  private @Nullable Rules cached(String origin) {
    synchronized (byOrigin) {
      Rules entry = byOrigin.get(origin);
      return entry != null && entry.expires().isAfter(clock.instant()) ? entry : null;
    }
  }

  private Rules load(String origin) {
    URI robots = URI.create(origin + "/robots.txt");
    FetchResult result = fetch.apply(robots);
    Instant now = clock.instant();
    return switch (result) {
      case FetchResult.Ok ok -> new Rules(parser.parseContent(robots.toString(), ok.body(),
          ok.contentType() == null ? "text/plain" : ok.contentType(), List.of(FetchSettings.ROBOT_NAME)),
          now.plus(TTL), "robots.txt of " + origin);
      case FetchResult.NotModified nm -> new Rules(parser.failedFetch(404), now.plus(TTL), "no robots.txt");
      case FetchResult.Failed failed when failed.status() >= 400 && failed.status() < 500 ->
          new Rules(parser.failedFetch(failed.status()), now.plus(TTL), "no robots.txt (HTTP " + failed.status() + ")");
      case FetchResult.Failed failed -> new Rules(parser.failedFetch(503), now.plus(UNREACHABLE_TTL),
          "robots.txt of " + origin + " is unreachable (" + failed.reason() + "); the site is not fetched until it answers",
          failed.status() == 0 ? failed : null);
    };
  }

  static String origin(URI url) {
    int port = url.getPort();
    String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return scheme + "://" + url.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }
}
