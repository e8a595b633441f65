package dev.storywire.app.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A feed or sitemap the user follows: what they said, not what polling learned (that is {@link
 * FeedState}).
 *
 * @param id stable: derived from the URL, so adding a URL twice finds the same subscription
 * @param title the user's or the OPML file's title; null until the user or the feed names it
 * @param category a folder, as in OPML
 * @param interval the user's poll interval; null for the default with adaptive back-off
 */
public record Subscription(String id, String url, @Nullable String title, @Nullable String category,
    @Nullable Duration interval, Instant added) {

  /** The shortest interval a user may ask for: more often only burdens the publisher. */
  public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

  /**
   * @throws IllegalArgumentException when the URL is not an absolute http(s) URL or the interval
   *     is shorter than {@link #MIN_INTERVAL}
   */
  public static Subscription of(String url, @Nullable String title, @Nullable String category,
      @Nullable Duration interval, Instant added) {
    String normalized = normalize(url);
    if (interval != null && interval.compareTo(MIN_INTERVAL) < 0) {
      throw new IllegalArgumentException("the poll interval must be at least " + MIN_INTERVAL.toMinutes() + " minute");
    }
    return new Subscription(idOf(normalized), normalized, blankToNull(title), blankToNull(category), interval, added);
  }

  /** The URL as stored: trimmed, scheme and host lower-cased, fragment dropped. */
  static String normalize(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("a feed URL must be an absolute http or https URL: " + url);
    }
    try {
      return new URI(scheme, uri.getRawUserInfo(), uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(),
          null, null, null).toString() + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + url);
    }
  }

  static String idOf(String normalizedUrl) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalizedUrl.getBytes(StandardCharsets.UTF_8));
      return "f" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
