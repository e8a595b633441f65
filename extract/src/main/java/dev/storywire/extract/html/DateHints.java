package dev.storywire.extract.html;

import java.util.List;
import java.util.Set;
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

  /**
   * Lower-case words one of which every match of {@link #NOT_THE_ARTICLE} contains (its
   * case-insensitivity is ASCII-only): names without any skip the regex. Derived from that
   * pattern; change both together (a test checks this list against the pattern).
   */
  static final List<String> NOT_THE_ARTICLE_WORDS = List.of(
      "comment", "widget_recent", "related", "nav", "blockquote", "top", "ticker", "menu-item", "current-time", "site-header");

  /**
   * Lower-case words one of which every match of {@link HtmlHints#DATE_CLASS} contains (see
   * {@link #NOT_THE_ARTICLE_WORDS}).
   */
  static final List<String> DATE_CLASS_WORDS = List.of(
      "date", "time", "byline", "publish", "posted", "meta", "info", "datum", "fecha", "author");

  /**
   * Words that introduce a publication date in running page text, in the languages of our
   * sources: "Datum: 03.11.2021", "Veröffentlicht am 16.08.2019", "Erschienen am: 13.10.2021",
   * "Published: 7 April 2020", "Publié le 3 mars 2021". Update labels ("Stand", "Updated",
   * "Aktualisiert") are deliberately absent: they introduce a modification date.
   */
  static final Pattern PUBLICATION_LABEL = Pattern.compile(
      "(?iu)(?<!\\p{L})(?:datum|date|published(?: on)?|publication date|posted(?: on)?"
          + "|ver[öo]ffentlicht(?: am)?|erschienen(?: am)?|erstellt(?: am)?|gepostet am"
          + "|publi[ée](?: le)?|publicado(?: el| em)?|pubblicato(?: il)?|gepubliceerd(?: op)?|opublikowano)"
          + "(?!\\p{L})\\s*:?\\s*");

  /**
   * The first two letters of every {@link #PUBLICATION_LABEL} alternative, lower case: positions
   * not opening with one of them skip the regex. Derived from that pattern; change both together
   * (a test checks the fast path against the pattern).
   */
  static final List<String> LABEL_OPENINGS = List.of("da", "pu", "po", "ve", "er", "ge", "op");

  /** Characters after a label that may hold its date ("7 September 2021, 12:30 Uhr" fits). */
  static final int LABELLED_DATE_CHARS = 40;

  /**
   * Page text read for labelled dates: press releases and small CMSs print "Datum: …" below the
   * article, so the whole page is read, up to this bound on pathological pages.
   */
  static final int MAX_LABEL_SCAN_CHARS = 200_000;

  /**
   * Meta names so generic that CMSs fill them with the page's generation or modification time
   * ({@code <meta name="date">}, Dublin Core's unqualified date): a labelled date on the page
   * overrides them.
   */
  static final Set<String> GENERIC_META = Set.of("date", "dc.date", "dcterms.date");

  /**
   * Publication keys of the application state that script-rendered pages embed ({@code <script
   * type="application/json">}, {@code window.__STATE__ = {…}}): Shopify's "published_at", review
   * sites' "publishedDate", headless CMSs' "createdAt". Only an ISO day directly in the value counts.
   * Read as the last resort ({@code html.date.script-state}); publication keys before creation keys.
   */
  static final List<Pattern> SCRIPT_STATE_KEYS = List.of(
      Pattern.compile("\"(?:datePublished|publishedDate|publishDate|published_at|publishedAt|publish_date|firstPublished(?:Date|At)?)\""
          + "\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2}[^\"]{0,30})\""),
      Pattern.compile("\"(?:dateCreated|createdAt|created_at)\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2}[^\"]{0,30})\""));

  /** A comment key ("comments", "commentList") shortly before a script-state date: the date is a comment's. */
  static final Pattern STATE_COMMENT = Pattern.compile("(?i)\"comment");

  /** Characters before a script-state date searched for {@link #STATE_COMMENT}. */
  static final int STATE_COMMENT_CHARS = 300;

  /** Longest first paragraph read as an author line ("Von Claudia Lindner") above a lead dateline. */
  static final int BYLINE_PARAGRAPH_CHARS = 50;

  /**
   * Class/id words of byline elements beyond {@link HtmlHints#DATE_CLASS}: Drupal's "submitted"
   * ("Submitted by rasos on 24 July 2017", "Gespeichert von … am …").
   */
  static final Pattern MORE_DATE_CLASS = Pattern.compile("(?i)(?<![a-z])submitted");

  private DateHints() {}
}
