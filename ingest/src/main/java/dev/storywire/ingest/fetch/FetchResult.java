package dev.storywire.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What one fetch gave: a body, "not modified", or a failure with a reason a person can act on. */
public sealed interface FetchResult {

  /**
   * A 2xx response, body decoded (no content encoding left).
   *
   * @param url the URL asked for
   * @param finalUrl where the content was found after redirects
   * @param headers the response headers, in order
   */
  record Ok(URI url, URI finalUrl, int status, List<Map.Entry<String, String>> headers, byte[] body,
      Instant fetchedAt) implements FetchResult {
    /** @return the first value of the header, or null when absent */
    public @Nullable String header(String name) {
      for (Map.Entry<String, String> header : headers) {
        if (header.getKey().equalsIgnoreCase(name)) {
          return header.getValue();
        }
      }
      return null;
    }

    public @Nullable String contentType() {
      return header("Content-Type");
    }

    public @Nullable String etag() {
      return header("ETag");
    }

    public @Nullable String lastModified() {
      return header("Last-Modified");
    }
  }

  /** A 304: our copy is current. */
  record NotModified(URI url, Instant fetchedAt) implements FetchResult {}

  /**
   * Nothing usable came back.
   *
   * @param status the last HTTP status seen, 0 when none
   * @param reason one sentence for a person: what happened and, where it helps, what to do
   * @param retryAfter how long the server asked us to wait ({@code Retry-After}), or null
   */
  record Failed(URI url, Failure kind, int status, String reason, @Nullable Duration retryAfter)
      implements FetchResult {
    public Failed(URI url, Failure kind, int status, String reason) {
      this(url, kind, status, reason, null);
    }
  }

  /** Kinds of failure, as listed to users per feed. */
  enum Failure {
    BAD_URL,
    BLOCKED_ADDRESS,
    ROBOTS_DISALLOWED,
    DNS,
    CONNECT,
    TLS,
    TIMEOUT,
    HTTP_STATUS,
    RATE_LIMITED,
    ANTI_BOT,
    TOO_MANY_REDIRECTS,
    REDIRECT_LOOP,
    TOO_LARGE,
    BAD_ENCODING,
    IO;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether trying again soon may help. */
    boolean transientFailure() {
      return this == TIMEOUT || this == CONNECT || this == IO || this == RATE_LIMITED;
    }
  }
}
