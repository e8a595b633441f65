package dev.storywire.ingest.fetch;

import dev.storywire.ingest.Bytes;
import dev.storywire.ingest.fetch.FetchResult.Failed;
import dev.storywire.ingest.fetch.FetchResult.Failure;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.transport.HttpClientConnectionFactory;
import org.eclipse.jetty.client.transport.HttpClientTransportDynamic;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.http2.client.transport.ClientConnectionFactoryOverHTTP2;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * One GET at a time per call, with every guard the network needs: the address policy on every
 * hop, redirects followed by hand and counted, time and size limits on every response, gzip /
 * deflate / brotli decoded within the size limit, anti-bot challenges recognised, and transient
 * failures retried with back-off. Thread-safe; share one instance. Politeness and robots.txt are
 * the job of {@link PoliteFetcher}, which wraps this.
 */
public final class HttpFetcher implements Closeable {
  /** Threads of the client: I/O selectors and callbacks, not one per request. */
  private static final int CLIENT_THREADS = 16;

  /** Body bytes read from an error response: enough to recognise a challenge page. */
  private static final int ERROR_BODY_BYTES = 64 * 1024;

  /** Redirect statuses whose Location we follow. */
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  /** Statuses that say "try again shortly". */
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(502, 503, 504);

  private static final String ACCEPT_ENCODING = "gzip, deflate, br";

  private final FetchSettings settings;
  private final Clock clock;
  private final HttpClient client;

  /** Blocks the calling thread for the retry back-off; tests replace it to run fast. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final Sleeper sleeper;

  public HttpFetcher(FetchSettings settings, AddressPolicy policy, Clock clock) {
    this(settings, policy, clock, duration -> Thread.sleep(duration));
  }

  HttpFetcher(FetchSettings settings, AddressPolicy policy, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.clock = clock;
    this.sleeper = sleeper;
    QueuedThreadPool threads = new QueuedThreadPool(CLIENT_THREADS, 2);
    threads.setName("storywire-fetch");
    threads.setDaemon(true);
    ClientConnector connector = new ClientConnector();
    connector.setExecutor(threads);
    connector.setSslContextFactory(new SslContextFactory.Client());
    connector.setConnectTimeout(settings.connectTimeout());
    connector.setIdleTimeout(settings.requestTimeout());
    HttpClientTransportDynamic transport = new HttpClientTransportDynamic(connector, HttpClientConnectionFactory.HTTP11,
        new ClientConnectionFactoryOverHTTP2.HTTP2(new HTTP2Client(connector)));
    client = new HttpClient(transport);
    client.setExecutor(threads);
    client.setSocketAddressResolver(new GuardedResolver(policy, threads));
    client.setFollowRedirects(false);
    client.setHttpCookieStore(new HttpCookieStore.Empty());
    client.getContentDecoderFactories().clear();
    client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, settings.userAgent()));
    client.setMaxConnectionsPerDestination(settings.perHostConnections());
    client.setDestinationIdleTimeout(Duration.ofMinutes(2).toMillis());
    try {
      client.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the HTTP client: " + e.getMessage(), e);
    }
  }

  public FetchSettings settings() {
    return settings;
  }

  /**
   * Fetches {@code request.url()}, following redirects and retrying transient failures.
   *
   * @return the body, "not modified", or a failure with its reason; never throws for anything the
   *     network or the server does
   */
  public FetchResult fetch(FetchRequest request) {
    FetchResult result = followRedirects(request);
    for (int attempt = 0; attempt < settings.retries() && result instanceof Failed failed; attempt++) {
      Duration wait = retryWait(failed, attempt);
      if (wait == null) {
        break;
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      result = followRedirects(request);
    }
    return result;
  }

  /** @return how long to wait before trying again, or null when trying again will not help */
  private @Nullable Duration retryWait(Failed failed, int attempt) {
    boolean retryable = failed.kind().transientFailure()
        || (failed.kind() == Failure.HTTP_STATUS && RETRYABLE_STATUSES.contains(failed.status()));
    if (!retryable) {
      return null;
    }
    Duration backoff = settings.retryBackoff().multipliedBy(1L << attempt);
    if (failed.retryAfter() != null) {
      return failed.retryAfter().compareTo(settings.maxRetryAfter()) <= 0 ? failed.retryAfter() : null;
    }
    return backoff;
  }

  private FetchResult followRedirects(FetchRequest request) {
    URI current = request.url();
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      String bad = badUrl(current);
      if (bad != null) {
        return new Failed(request.url(), Failure.BAD_URL, 0, bad);
      }
      if (!visited.add(current)) {
        return new Failed(request.url(), Failure.REDIRECT_LOOP, 0, "redirect loop: " + current + " redirects back to itself");
      }
      Exchange exchange = exchange(current, request);
      if (exchange.failure() != null) {
        return exchange.failure();
      }
      int status = exchange.status();
      String location = exchange.header("Location");
      if (REDIRECTS.contains(status) && location != null) {
        if (hop >= settings.maxRedirects()) {
          return new Failed(request.url(), Failure.TOO_MANY_REDIRECTS, status,
              "more than " + settings.maxRedirects() + " redirects");
        }
        URI next = resolve(current, location);
        if (next == null) {
          return new Failed(request.url(), Failure.BAD_URL, status, "redirect to an invalid URL: " + location);
        }
        current = next;
        continue;
      }
      return outcome(request.url(), current, exchange);
    }
  }

  private FetchResult outcome(URI url, URI finalUrl, Exchange exchange) {
    int status = exchange.status();
    String challenge = AntiBotChallenge.service(status, exchange.header("cf-mitigated"), exchange.body());
    if (challenge != null) {
      return new Failed(url, Failure.ANTI_BOT, status, "blocked by an anti-bot challenge (" + challenge
          + "): the site does not serve automated readers");
    }
    if (status == 304) {
      return new FetchResult.NotModified(url, exchange.at());
    }
    if (status == 429) {
      return rateLimited(url, retryAfter(exchange.header("Retry-After")));
    }
    if (status < 200 || status >= 300) {
      return new Failed(url, Failure.HTTP_STATUS, status, "HTTP " + status + " " + reasonPhrase(status));
    }
    byte[] body;
    try {
      body = ContentDecoding.decode(exchange.body(), exchange.header("Content-Encoding"), settings.maxBodyBytes());
    } catch (ContentDecoding.TooLarge e) {
      return new Failed(url, Failure.TOO_LARGE, status, e.getMessage());
    } catch (IOException e) {
      return new Failed(url, Failure.BAD_ENCODING, status, "the compressed body is corrupt: " + e.getMessage());
    }
    return new FetchResult.Ok(url, finalUrl, status, exchange.headers(), body, exchange.at());
  }

  private static Failed rateLimited(URI url, @Nullable Duration retryAfter) {
    String reason = "rate limited (HTTP 429)" + (retryAfter == null ? "" : "; asked to retry after "
        + retryAfter.toSeconds() + " s");
    return new Failed(url, Failure.RATE_LIMITED, 429, reason, retryAfter);
  }

  /** The HTTP exchange of one hop: status, headers and the body bytes as sent. */
  private record Exchange(int status, List<Map.Entry<String, String>> headers, byte[] body, Instant at,
      @Nullable Failed failure) {
    static Exchange failed(Failed failure, Instant at) {
      return new Exchange(0, List.of(), new byte[0], at, failure);
    }

    @Nullable String header(String name) {
      for (Map.Entry<String, String> header : headers) {
        if (header.getKey().equalsIgnoreCase(name)) {
          return header.getValue();
        }
      }
      return null;
    }
  }

  private Exchange exchange(URI url, FetchRequest request) {
    Request http = client.newRequest(url)
        .method(HttpMethod.GET)
        .timeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .headers(h -> {
          h.put(HttpHeader.ACCEPT, request.accept());
          h.put(HttpHeader.ACCEPT_ENCODING, ACCEPT_ENCODING);
          if (request.etag() != null) {
            h.put(HttpHeader.IF_NONE_MATCH, request.etag());
          }
          if (request.lastModified() != null) {
            h.put(HttpHeader.IF_MODIFIED_SINCE, request.lastModified());
          }
        });
    InputStreamResponseListener listener = new InputStreamResponseListener();
    http.send(listener);
    Response response;
    try {
      response = listener.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      http.abort(e);
      return Exchange.failed(new Failed(request.url(), Failure.IO, 0, "interrupted"), clock.instant());
    } catch (TimeoutException e) {
      http.abort(e);
      return Exchange.failed(timeout(request.url()), clock.instant());
    } catch (ExecutionException e) {
      return Exchange.failed(failure(request.url(), url, e.getCause()), clock.instant());
    }
    Instant at = clock.instant();
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (HttpField field : response.getHeaders()) {
      headers.add(Map.entry(field.getName(), field.getValue() == null ? "" : field.getValue()));
    }
    int status = response.getStatus();
    boolean success = status >= 200 && status < 300;
    long limit = success ? settings.maxBodyBytes() : ERROR_BODY_BYTES;
    long declared = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    if (success && declared > limit) {
      http.abort(new IOException("too large"));
      return Exchange.failed(tooLarge(request.url(), status), at);
    }
    try (InputStream in = listener.getInputStream()) {
      byte[] body = Bytes.readAtMost(in, limit);
      if (body == null) {
        if (success) {
          http.abort(new IOException("too large"));
          return Exchange.failed(tooLarge(request.url(), status), at);
        }
        body = new byte[0];
      }
      return new Exchange(status, List.copyOf(headers), body, at, null);
    } catch (IOException e) {
      http.abort(e);
      return Exchange.failed(failure(request.url(), url, e), at);
    }
  }

  private Failed tooLarge(URI url, int status) {
    return new Failed(url, Failure.TOO_LARGE, status, "the response is larger than "
        + (settings.maxBodyBytes() >> 20) + " MiB; cut at the limit");
  }

  private Failed timeout(URI url) {
    return new Failed(url, Failure.TIMEOUT, 0, "no complete response within "
        + settings.requestTimeout().toSeconds() + " s");
  }

  /** Maps what the client threw to a failure a person can act on. */
  private Failed failure(URI url, URI hop, @Nullable Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof GuardedResolver.BlockedAddressException blocked) {
        return new Failed(url, Failure.BLOCKED_ADDRESS, 0, "refused: " + blocked.getMessage());
      }
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return new Failed(url, Failure.DNS, 0, "DNS: no address for " + hop.getHost());
      }
      if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
        return timeout(url);
      }
      if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
        return new Failed(url, Failure.CONNECT, 0, "cannot connect to " + hop.getHost() + ": " + t.getMessage());
      }
      if (t instanceof SSLException) {
        return new Failed(url, Failure.TLS, 0, "TLS: " + t.getMessage());
      }
    }
    return new Failed(url, Failure.IO, 0, "the connection to " + hop.getHost()
        + " failed before a complete response" + detail(error));
  }

  /** A short cause for a person; the client's internal state dumps are not one. */
  private static String detail(@Nullable Throwable error) {
    String message = error == null ? null : error.getMessage();
    if (message == null || message.length() > 120 || message.contains("@")) {
      return "";
    }
    return " (" + message + ")";
  }

  /** @return why the URL cannot be fetched, or null when it can */
  static @Nullable String badUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "only http and https URLs are fetched, not '" + url + "'";
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      return "the URL has no host: " + url;
    }
    if (url.getRawUserInfo() != null) {
      return "URLs with user names or passwords are not fetched";
    }
    return null;
  }

  private static @Nullable URI resolve(URI base, String location) {
    try {
      URI resolved = base.resolve(location.trim().replace(" ", "%20"));
      return resolved.getFragment() == null ? resolved
          : new URI(resolved.getScheme(), resolved.getRawSchemeSpecificPart(), null);
    } catch (IllegalArgumentException | java.net.URISyntaxException e) {
      return null;
    }
  }

  /** Retry-After as seconds or as an HTTP date (RFC 9110 §10.2.3). */
  private @Nullable Duration retryAfter(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    if (trimmed.chars().allMatch(Character::isDigit) && trimmed.length() <= 9) {
      return Duration.ofSeconds(Long.parseLong(trimmed));
    }
    try {
      Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String reasonPhrase(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized (the feed needs a login)";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 410 -> "Gone (the feed was removed)";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> status >= 500 ? "server error" : status >= 400 ? "client error" : "unexpected status";
    };
  }

  @Override
  public void close() throws IOException {
    try {
      client.stop();
    } catch (Exception e) {
      throw new IOException("cannot stop the HTTP client: " + e.getMessage(), e);
    }
  }
}
