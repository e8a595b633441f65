package dev.storywire.extract.html;

import java.util.regex.Pattern;

/**
 * Named hints of the publication-date rules that are not in {@link HtmlHints}: where on a page a
 * visible date is somebody else's (a comment, the site's "today" bar, an embedded post).
 */
final class DateHints {
  /**
   * Class/id words (at a word start) and tags of containers whose dates are not the article's:
   * reader comments ("comment-meta", "commentlist"), WordPress recent-posts widgets, related
   * stories, the site's top bar and menus that print today's date ("td-header-top-menu",
   * "topbar-date"), tickers, navigation, and embedded posts (Instagram and Twitter embeds are
   * blockquotes carrying their own {@code <time>}). Matched against "tag class id".
   */
  static final Pattern NOT_THE_ARTICLE = Pattern.compile(
      "(?i)(?:^|\\s)(?:comment|widget_recent|related)"
          + "|^(?:nav|blockquote) "
          + "|(?<![a-z])(?:top.?bar|top.?menu|top.?nav|header-top|navbar|ticker|menu-item|current-time)"
          + "|site-header");

  private DateHints() {}
}
