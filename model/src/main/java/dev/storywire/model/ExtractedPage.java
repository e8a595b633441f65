package dev.storywire.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What extraction found on a page: the article (possibly absent, for a page that is only a
 * ticker) and the flash items of any ticker, kept apart.
 *
 * @param title the article's title, or null when the page gives none
 * @param paragraphs the article body in reading order; empty when there is no article
 * @param related related links ("read also"), not part of the body
 * @param flash the ticker's items in page order
 * @param published the publication time the page states, or null
 * @param modified the modification time the page states, or null
 * @param canonicalUrl the page's canonical URL, or null
 * @param langHint the language the page declares (ISO 639-1), or null
 * @param rules the names of the extraction rules that fired, for explanations
 * @param authors the article's authors as the page names them, in page order; empty when none
 * @param image the article's lead image (absolute URL), or null
 */
public record ExtractedPage(
    @Nullable String title,
    List<Paragraph> paragraphs,
    List<Link> related,
    List<FlashEntry> flash,
    @Nullable PageDate published,
    @Nullable PageDate modified,
    @Nullable String canonicalUrl,
    @Nullable String langHint,
    List<String> rules,
    List<String> authors,
    @Nullable String image) {

  public ExtractedPage {
    paragraphs = List.copyOf(paragraphs);
    related = List.copyOf(related);
    flash = List.copyOf(flash);
    rules = List.copyOf(rules);
    authors = List.copyOf(authors);
  }

  /** A page with no byline or lead image known (plain-text captures, tests). */
  public ExtractedPage(@Nullable String title, List<Paragraph> paragraphs, List<Link> related, List<FlashEntry> flash,
      @Nullable PageDate published, @Nullable PageDate modified, @Nullable String canonicalUrl, @Nullable String langHint,
      List<String> rules) {
    this(title, paragraphs, related, flash, published, modified, canonicalUrl, langHint, rules, List.of(), null);
  }

  public boolean hasArticle() {
    return !paragraphs.isEmpty();
  }
}
