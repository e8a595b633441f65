package dev.storywire.ingest.feed;

/** Bounds on what one feed may cost; each names the reason it is safe. */
public final class FeedLimits {
  /**
   * Largest feed read. Big news feeds are a few MB; beyond this it is a dump or an attack, and is
   * refused as {@link FeedResult.NotAFeed.Kind#TOO_LARGE} without being decoded.
   */
  public static final int MAX_FEED_BYTES = 32 * 1024 * 1024;

  /** Entries kept from one feed; the rest are dropped (and flagged bozo). No real feed has more. */
  public static final int MAX_ENTRIES = 10_000;

  /**
   * Deepest element nesting accepted. Feeds nest a handful of levels (XHTML content a few more);
   * deep nesting only serves to exhaust the stack of the code walking the tree.
   */
  public static final int MAX_DEPTH = 256;

  /**
   * Most characters all declared internal entities may expand to together. Real feeds declare a
   * few short entities; a billion-laughs document needs gigabytes and is refused on arithmetic,
   * before anything is expanded.
   */
  public static final long MAX_ENTITY_EXPANSION_CHARS = 64 * 1024;

  /** Internal entities a DTD may declare; a few in practice. */
  public static final int MAX_ENTITY_DECLARATIONS = 256;

  private FeedLimits() {}
}
