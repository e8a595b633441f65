package dev.storywire.ingest.feed;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item of a feed.
 *
 * @param id the RSS guid, Atom id or JSON Feed id, as given
 * @param title plain text: entities decoded, tags stripped
 * @param link absolute URL of the article page (the alternate/HTML link)
 * @param summary the description or summary, HTML or text as given
 * @param content the full content (content:encoded, Atom content, content_html), HTML
 * @param published when the entry was first published, null when absent or unparseable
 * @param publishedRaw the date string {@code published} was read from, as given
 * @param imageUrl a picture for the entry: media:thumbnail, an image enclosure or JSON image
 * @param language the entry's own language (xml:lang or dc:language), when it differs or is given
 */
public record FeedEntry(
    @Nullable String id,
    @Nullable String title,
    @Nullable String link,
    @Nullable String summary,
    @Nullable String content,
    @Nullable Instant published,
    @Nullable String publishedRaw,
    @Nullable Instant updated,
    List<String> authors,
    List<String> categories,
    List<Enclosure> enclosures,
    @Nullable String imageUrl,
    @Nullable String language,
    @Nullable GeoPoint point) {

  /**
   * Content of at least this many characters of text is taken as the whole article: news feeds
   * that carry full text carry far more, and teasers rarely pass a few hundred characters.
   */
  static final int FULL_CONTENT_MIN_CHARS = 500;

  /**
   * Content this many times as long as the summary is more than a teaser even when short (brief
   * items, flash news).
   */
  static final int FULL_CONTENT_SUMMARY_FACTOR = 2;

  public FeedEntry {
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
    enclosures = List.copyOf(enclosures);
  }

  /**
   * True when the entry carries the article itself, so the page need not be fetched: content
   * whose text is at least {@value #FULL_CONTENT_MIN_CHARS} characters, or clearly longer than the
   * summary. Text is measured without parsing the HTML (see {@link #textLength}).
   */
  public boolean hasFullContent() {
    if (content == null || content.isBlank()) {
      return false;
    }
    int contentChars = textLength(content);
    if (contentChars >= FULL_CONTENT_MIN_CHARS) {
      return true;
    }
    int summaryChars = summary == null ? 0 : textLength(summary);
    return summaryChars > 0 && contentChars >= FULL_CONTENT_SUMMARY_FACTOR * summaryChars;
  }

  /** The longest character reference counted as one character ({@code &CounterClockwiseContourIntegral;}). */
  private static final int MAX_REFERENCE_CHARS = 33;

  /**
   * The length of the text {@code html} shows, by one cheap scan instead of an HTML parse (this runs
   * for every entry): tags and comments count nothing, a character reference one character, a run
   * of white space one space, leading and trailing white space nothing.
   */
  static int textLength(String html) {
    int length = 0;
    boolean pendingSpace = false;
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<' && startsMarkup(html, i)) {
        int end = html.startsWith("<!--", i) ? html.indexOf("-->", i) : html.indexOf('>', i);
        i = end < 0 ? html.length() : end + (html.startsWith("<!--", i) ? 3 : 1);
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00A0') {
        pendingSpace = length > 0;
        i++;
        continue;
      }
      length += pendingSpace ? 2 : 1;
      pendingSpace = false;
      i = c == '&' ? referenceEnd(html, i) : i + 1;
    }
    return length;
  }

  private static boolean startsMarkup(String html, int i) {
    if (i + 1 >= html.length()) {
      return false;
    }
    char next = html.charAt(i + 1);
    return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
  }

  /** After a character reference starting at {@code i}; just after the {@code &} when it is none. */
  private static int referenceEnd(String html, int i) {
    int limit = Math.min(html.length(), i + MAX_REFERENCE_CHARS);
    for (int j = i + 1; j < limit; j++) {
      char c = html.charAt(j);
      if (c == ';') {
        return j > i + 1 ? j + 1 : i + 1;
      }
      if (!Character.isLetterOrDigit(c) && c != '#') {
        return i + 1;
      }
    }
    return i + 1;
  }
}
