package dev.storywire.ingest.feed;

import org.jspecify.annotations.Nullable;

/** What {@link FeedParser#parse} made of a response: a feed, or the reason it is none. */
public sealed interface FeedResult permits FeedResult.Parsed, FeedResult.NotAFeed {

  /**
   * A feed was read.
   *
   * @param encoding the character encoding the text was finally read with, lower case
   *     ({@code "utf-8"}, {@code "windows-1252"}, ...); {@code "utf-8"} for JSON
   * @param bozo true when the document was ill-formed or mis-labelled and had to be recovered
   * @param bozoReason what was wrong, when {@code bozo}
   */
  record Parsed(Feed feed, String encoding, boolean bozo, @Nullable String bozoReason) implements FeedResult {}

  /** The bytes are not a feed we can read; {@code reason} is a short sentence for people. */
  record NotAFeed(Kind kind, String reason) implements FeedResult {
    /** Why the bytes are not a feed. */
    public enum Kind {
      /** No bytes, or only white space. */
      EMPTY,
      /** An HTML document rather than a feed (often a login page, an error page or a home page). */
      HTML_PAGE,
      /** Neither XML nor JSON. */
      NOT_XML_OR_JSON,
      /** JSON, but not a JSON Feed. */
      JSON_NOT_FEED,
      /** XML with a root element that is no feed format we know. */
      XML_NOT_FEED,
      /** Entity expansion bombs, external entities, absurd nesting: refused before reading. */
      UNSAFE,
      /** Larger than {@link FeedLimits#MAX_FEED_BYTES}. */
      TOO_LARGE
    }
  }
}
