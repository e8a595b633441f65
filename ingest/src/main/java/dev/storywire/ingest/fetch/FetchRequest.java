package dev.storywire.ingest.fetch;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * One GET, with the validators of the copy we already have so that an unchanged resource costs a
 * 304 and no body (conditional GET, RFC 9110 §13).
 *
 * @param etag the {@code ETag} of our copy, sent as {@code If-None-Match}
 * @param lastModified the {@code Last-Modified} of our copy, sent as {@code If-Modified-Since}
 * @param accept the {@code Accept} header: feeds and pages ask for different things
 */
public record FetchRequest(URI url, @Nullable String etag, @Nullable String lastModified, String accept) {
  public static final String ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/feed+json, "
      + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
  public static final String ACCEPT_PAGE = "text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.5";

  public static FetchRequest page(URI url) {
    return new FetchRequest(url, null, null, ACCEPT_PAGE);
  }

  public static FetchRequest feed(URI url, @Nullable String etag, @Nullable String lastModified) {
    return new FetchRequest(url, etag, lastModified, ACCEPT_FEED);
  }
}
