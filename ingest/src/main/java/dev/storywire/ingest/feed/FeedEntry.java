package dev.storywire.ingest.feed;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
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
   * summary.
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

  private static int textLength(String html) {
    return Jsoup.parseBodyFragment(html).text().length();
  }
}
