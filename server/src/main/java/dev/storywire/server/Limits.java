package dev.storywire.server;

/** Every size limit the server enforces, with its reason. */
final class Limits {

  /**
   * Longest request target (path and query) accepted. Every page and API call fits in a few
   * hundred characters; anything longer is a mistake or an attack, and is refused with 414 before
   * any parsing.
   */
  static final int MAX_REQUEST_TARGET_CHARS = 2_048;

  /** Longest search query: a long sentence in any script; longer queries only cost the index. */
  static final int MAX_SEARCH_QUERY_CHARS = 500;

  /** Longest item or story id looked up; real ids are 17 characters ({@code i} + 16 hex). */
  static final int MAX_ID_CHARS = 128;

  /** Most query parameters parsed from one request; no route takes more than two. */
  static final int MAX_QUERY_PARAMETERS = 16;

  /**
   * Largest request body read (write endpoints only): an OPML file of thousands of feeds fits in a
   * few hundred KiB; a larger body is refused with 413 before it is read.
   */
  static final int MAX_REQUEST_BODY_BYTES = 2 * 1024 * 1024;

  /** Items or stories per page when the client does not say. */
  static final int DEFAULT_LIMIT = 50;

  /** Most items, stories or hits per request: bounds the work and the response size. */
  static final int MAX_LIMIT = 500;

  /** Search hits per HTML results page. */
  static final int SEARCH_PAGE_HITS = 50;

  /** Seconds {@code close()} lets requests in flight finish before the server stops. */
  static final int STOP_GRACE_SECONDS = 1;

  private Limits() {}
}
