package dev.storywire.ingest.feed;

import dev.storywire.ingest.feed.FeedResult.NotAFeed;
import dev.storywire.ingest.feed.FeedResult.NotAFeed.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 documents into a {@link Feed}. A pure
 * function of its arguments: no I/O, no DTD or external entity is ever loaded.
 *
 * <p>Ill-formed XML is read again leniently and reported as {@code bozo} with the reason, as
 * Universal Feed Parser does; documents that are no feed, or that are hostile, come back as {@link
 * NotAFeed} with a short reason.
 */
public final class FeedParser {
  /** How many leading characters are examined to tell JSON, XML and HTML apart. */
  private static final int SNIFF_CHARS = 2048;

  /**
   * Parses one feed response.
   *
   * @param httpContentType the response's Content-Type header, for its charset; null when unknown
   * @param feedUrl the URL the feed came from, to resolve relative links; null when unknown
   */
  public FeedResult parse(byte[] bytes, @Nullable String httpContentType, @Nullable String feedUrl) {
    if (bytes.length > FeedLimits.MAX_FEED_BYTES) {
      return new NotAFeed(Kind.TOO_LARGE, "the response is larger than the "
          + FeedLimits.MAX_FEED_BYTES / (1024 * 1024) + " MiB limit for a feed");
    }
    FeedCharsets.Decoded decoded = FeedCharsets.decode(bytes, httpContentType);
    String text = decoded.text();
    String head = leadingContent(text);
    if (head.isEmpty()) {
      return new NotAFeed(Kind.EMPTY, "the response is empty");
    }
    char first = head.charAt(0);
    if (first == '{' || first == '[') {
      return JsonFeedReader.read(new String(bytes, StandardCharsets.UTF_8), feedUrl);
    }
    if (first != '<') {
      return new NotAFeed(Kind.NOT_XML_OR_JSON, "the response is neither XML nor JSON");
    }
    if (looksLikeHtml(head)) {
      return new NotAFeed(Kind.HTML_PAGE, "the response is an HTML page, not a feed");
    }
    return XmlFeedReader.read(decoded, feedUrl);
  }

  /** The text from its first character that is not white space, a BOM or a stray NUL; bounded. */
  private static String leadingContent(String text) {
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF'
        || text.charAt(i) == 0)) {
      i++;
    }
    return text.substring(i, Math.min(text.length(), i + SNIFF_CHARS));
  }

  /** An HTML document element or HTML doctype, with no feed root in sight (XHTML doctypes front feeds too). */
  private static boolean looksLikeHtml(String head) {
    String lower = head.toLowerCase(Locale.ROOT);
    boolean feedRoot = lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")
        || lower.contains("<channel");
    return !feedRoot && (lower.contains("<html") || lower.contains("<!doctype html"));
  }
}
