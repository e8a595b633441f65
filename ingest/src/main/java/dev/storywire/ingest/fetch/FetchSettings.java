package dev.storywire.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and identity of the fetcher. Every response is bounded in time and size; the defaults
 * suit news pages and feeds fetched every few minutes.
 *
 * @param userAgent sent with every request; sites block anonymous clients, and a contact address
 *     lets an operator reach us rather than block us
 * @param connectTimeout a host that does not accept a connection by then is down for this poll
 * @param requestTimeout the whole exchange, headers and body: cuts slow-drip and endless responses
 * @param maxBodyBytes the largest body read, before and after decompression; beyond it the
 *     response is cut and reported, never held (a decompression bomb stops here too)
 * @param maxRedirects redirects followed per request; real sites need two or three
 * @param retries further attempts after a transient failure (timeout, connection reset, 429,
 *     502–504)
 * @param retryBackoff wait before the first retry; doubled for each further one
 * @param maxRetryAfter the longest {@code Retry-After} honoured within one fetch; a longer one is
 *     reported as a failure for the poller to reschedule
 * @param perHostInterval least time between the starts of two requests to one host
 * @param maxCrawlDelay the longest robots.txt {@code Crawl-delay} honoured; a site asking for more
 *     is still polled at this pace rather than starved
 * @param perHostConnections requests in flight to one host at a time
 * @param maxConnections requests in flight in all
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBodyBytes,
    int maxRedirects,
    int retries,
    Duration retryBackoff,
    Duration maxRetryAfter,
    Duration perHostInterval,
    Duration maxCrawlDelay,
    int perHostConnections,
    int maxConnections) {

  /** The robots.txt product token: the first word of the User-Agent. */
  public static final String ROBOT_NAME = "storywire";

  public static final String DEFAULT_USER_AGENT =
      "Storywire/0.1 (+https://github.com/storywire/storywire; news reader)";

  public static final FetchSettings DEFAULT = new FetchSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(10),
      Duration.ofSeconds(30), 16L * 1024 * 1024, 5, 2, Duration.ofSeconds(2), Duration.ofSeconds(30),
      Duration.ofSeconds(1), Duration.ofSeconds(30), 2, 64);

  public FetchSettings {
    Objects.requireNonNull(userAgent);
    if (maxBodyBytes <= 0 || maxRedirects < 0 || retries < 0 || perHostConnections < 1 || maxConnections < 1) {
      throw new IllegalArgumentException("fetch limits must be positive");
    }
  }

  public FetchSettings withUserAgent(String agent) {
    return new FetchSettings(agent, connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, retries,
        retryBackoff, maxRetryAfter, perHostInterval, maxCrawlDelay, perHostConnections, maxConnections);
  }

  public FetchSettings withTimeouts(Duration connect, Duration request) {
    return new FetchSettings(userAgent, connect, request, maxBodyBytes, maxRedirects, retries, retryBackoff,
        maxRetryAfter, perHostInterval, maxCrawlDelay, perHostConnections, maxConnections);
  }

  public FetchSettings withMaxBodyBytes(long bytes) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, bytes, maxRedirects, retries, retryBackoff,
        maxRetryAfter, perHostInterval, maxCrawlDelay, perHostConnections, maxConnections);
  }

  public FetchSettings withRetries(int count, Duration backoff) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, count, backoff,
        maxRetryAfter, perHostInterval, maxCrawlDelay, perHostConnections, maxConnections);
  }

  public FetchSettings withPoliteness(Duration interval, int perHost, int total) {
    return new FetchSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, retries,
        retryBackoff, maxRetryAfter, interval, maxCrawlDelay, perHost, total);
  }
}
