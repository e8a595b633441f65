package dev.storywire.extract.html;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The named heuristics of HTML extraction, grouped by stage. */
final class HtmlHints {
  private HtmlHints() {}

  // --- Cleaning -------------------------------------------------------------------------------

  /** Elements that never hold article text: code, styling, navigation, forms and embeds. */
  static final String ALWAYS_DROP =
      "script, style, noscript, template, nav, iframe, svg, canvas, button, select, input, textarea, "
          + "object, embed, link, meta, dialog, menu";

  /**
   * Page chrome that sometimes wraps everything (ASP.NET pages put the whole body in one form; some
   * themes put the article in a header): dropped only when smaller than {@link #WRAPPER_KEEP_CHARS}.
   */
  static final String DROP_UNLESS_WRAPPER = "header, footer, form";

  /**
   * Side content: dropped unless it holds most of the text of its {@code main} element, or of the
   * page when outside one (layouts that put the whole article column in an {@code aside}), see
   * {@link #LAYOUT_SHARE}.
   */
  static final String DROP_UNLESS_LAYOUT = "aside";

  /** An element holding more than this share of the body's text is the page layout, not chrome. */
  static final double LAYOUT_SHARE = 0.5;

  /** A header, footer or form holding this many characters is a wrapper of the page, not chrome. */
  static final int WRAPPER_KEEP_CHARS = 2000;

  /**
   * A paragraph this long in an article's header is its lead (standfirst), kept when the header
   * goes; shorter ones are a kicker, a byline, a one-line dek.
   */
  static final int HEADER_LEAD_CHARS = 150;

  /** Inline styles that hide an element (hidden teaser copies, cookie banners awaiting script). */
  static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  /**
   * Bootstrap's class that hides a box on every screen ("d-none"; "d-none d-print-block" is a
   * citation or notice shown only on paper) ...
   */
  static final String HIDDEN_CLASS = ".d-none";

  /** ... unless a display class shows it from some screen width on ("d-none d-md-block"). */
  static final Pattern SHOWN_AT_SOME_WIDTH = Pattern.compile("(?<![\\w-])d-(?:sm|md|lg|xl|xxl)-(?!none)[a-z-]+");

  /**
   * Elements that mark the article itself (HTML5 and schema.org); an element holding one is never
   * removed as chrome by its class or id.
   */
  static final String ARTICLE_MARKERS = "main, [itemprop=articleBody], [role=main]";

  // --- Class and id hints ---------------------------------------------------------------------

  /** class/id words of containers that hold the article (blog themes, CMS templates, schema.org). */
  static final Set<String> POSITIVE_WORDS = Set.of(
      "article", "articles", "content", "story", "body", "entry", "post", "text", "main", "blog", "news", "hentry", "prose",
      "articlebody", "storybody", "postbody", "entrycontent", "maincontent", "richtext", "copy",
      // The same in the languages of our pages: Spanish, Portuguese, Italian, German, French, Polish.
      "cuerpo", "contenido", "noticia", "corpo", "conteudo", "notizia", "artikel", "inhalt", "beitrag", "contenu",
      "tresc", "artykul");

  /**
   * class/id words of chrome: comment threads, sidebars, sharing bars, related-article rails,
   * promotions, consent banners, newsletter boxes, breadcrumbs and tickers seen on news pages;
   * photo captions and credits written as divs and spans rather than {@code figcaption} (gallery
   * slides that repeat every caption of a photo strip above the article).
   */
  static final Set<String> NEGATIVE_WORDS = Set.of(
      "comment", "comments", "commentlist", "respond", "sidebar", "footer", "foot", "share", "sharing", "shares",
      "sharebar", "social", "socials", "related", "relateds", "promo", "promotion", "ad", "ads", "adv", "advert",
      "advertisement", "advertising", "adsbygoogle", "banner", "sponsor", "sponsored", "cookie", "cookies", "consent", "gdpr",
      "subscribe", "subscription", "newsletter", "signup", "breadcrumb", "breadcrumbs", "tag", "tags",
      "tagcloud", "widget", "widgets", "ticker", "nav", "navbar", "navigation", "menu", "masthead", "popup", "modal",
      "outbrain", "taboola", "recommend", "recommended", "recommendations", "recirculation", "pagination", "pager",
      "toolbar", "skip", "noprint", "mostread", "trending", "teaser", "teasers", "login", "header", "topbar", "disclaimer",
      "copyright", "legal", "sronly", "offscreen", "rail", "newsticker", "livefeed", "caption", "credit",
      // Author boxes closing a post (a bio, a photo, links): "author-bio", "saboxplugin" (Simple Author Box).
      "author", "bio", "authorbox", "saboxplugin",
      // Photo captions by other names ("legend", Italian "didascalia"); reference lists closing a paper.
      "legend", "dida", "didascalia", "references", "bibliography");

  /**
   * Words that make the next word of the same class name a property of the box, not its role:
   * "section--has-ads" is a section beside ads, "layout-with-sidebar" a layout beside a sidebar.
   * Not "no": "no-print" marks chrome that printing leaves out.
   */
  static final Set<String> MODIFIER_WORDS = Set.of("has", "with");

  // Not chrome words, though they look it: "hidden" (field-label-hidden, hidden-xs hide a label or hide only on
  // small screens) and "promoted" (Drupal's node-promoted marks the article itself), "paywall"
  // (news sites wrap the article body itself in it).

  /**
   * A class name ending a part in a hash of letters and digits ("tagStyle_z4kqwb", "css-1q2w3e4",
   * "Title_main__x7Yz2") is generated by CSS-in-JS or CSS modules for a style: its words ("tag",
   * "header") describe the look, not chrome, so the whole name gives no hint.
   */
  static final Pattern GENERATED_CLASS = Pattern.compile(
      "[_-](?=[A-Za-z0-9]{0,7}\\d)(?=[A-Za-z0-9]{0,7}[A-Za-z])[A-Za-z0-9]{5,8}(?![A-Za-z0-9])");

  /**
   * Class prefixes of WordPress page builders and block editors (Elementor, Divi, WPBakery, Beaver
   * Builder, Gutenberg). They name every layout box after its kind, so a text box is an
   * "elementor-widget-text-editor" inside an "elementor-widget-container": the block-kind words
   * ({@link #PAGE_BUILDER_BLOCK_WORDS}) in such names are not the chrome word "widget".
   */
  static final List<String> PAGE_BUILDER_PREFIXES = List.of("elementor", "et_pb", "vc_", "fl-", "wp-block");

  /** Block-kind words of page-builder class names, ignored as hints there. */
  static final Pattern PAGE_BUILDER_BLOCK_WORDS = Pattern.compile("(?i)(?<![a-z])widgets?(?![a-z])");

  /** How much a class/id hint moves a container's score (Readability's weight). */
  static final double CLASS_WEIGHT = 25;

  // --- Scoring --------------------------------------------------------------------------------

  /** Tags whose own text makes a paragraph-like block for scoring. */
  static final Set<String> TEXT_BLOCK_TAGS = Set.of("p", "pre", "td", "blockquote", "div", "section", "article", "span", "font", "dd", "li");

  /** Blocks shorter than this are labels and buttons; they vote for no container. */
  static final int MIN_SCORED_BLOCK_CHARS = 25;

  /**
   * A block whose text recurs this often on the page is a template's label ("Log in to rate this
   * photo" under each of a gallery's slides), not prose: it votes for no container.
   */
  static final int TEMPLATE_REPEATS = 3;

  /** Boxes that may hold prose without paragraphs, straight in their own text. */
  static final Set<String> LOOSE_PROSE_BOXES = Set.of("div", "section", "article", "td");

  /** Own text this long in such a box is a paragraph of prose, not a label or a stray word. */
  static final int LOOSE_PROSE_CHARS = 200;

  /** A block's length bonus is capped: one long block must not outvote many paragraphs. */
  static final double MAX_LENGTH_BONUS = 3;

  /** Characters per length-bonus point. */
  static final double CHARS_PER_POINT = 100;

  /** How many ancestor levels a block's score reaches (paragraph wrappers are often 3–4 deep). */
  static final int SCORE_LEVELS = 4;

  /** A container scoring at least this share of the best is a rival: maybe another section of the same article. */
  static final double RIVAL_SHARE = 0.75;

  /** This many rivals inside one ancestor make that ancestor the article (Readability uses three). */
  static final int MIN_RIVALS = 3;

  /** A twin of the best container (same tag and class: another chunk of the article) counts from this share of its score. */
  static final double TWIN_SHARE = 0.2;

  /** ... and when it holds at least this much text: a chunk of prose, not a field of the same template (a teaser, a notice). */
  static final int MIN_TWIN_CHARS = 80;

  /** How far up the twins' common ancestor is looked for: the same class is stronger evidence than a similar score. */
  static final int MAX_TWIN_CLIMB = 8;

  /** How far up the rivals' common ancestor is looked for; higher is the page layout. */
  static final int MAX_RIVAL_CLIMB = 4;

  /** A sibling of the best container joins it when it scores at least this share of the best. */
  static final double SIBLING_SHARE = 0.2;

  /** ... and at least this absolute score. */
  static final double MIN_SIBLING_SCORE = 10;

  /** An unscored sibling paragraph joins when this long and nearly free of links. */
  static final int SIBLING_PARAGRAPH_CHARS = 80;

  /** Link density below which a sibling paragraph is prose. */
  static final double SIBLING_MAX_LINK_DENSITY = 0.25;

  // --- Lead -----------------------------------------------------------------------------------

  /**
   * class/id words of the article's lead (standfirst, deck, intro) when templates set it apart
   * from the body: English, French ("chapo"), Czech ("perex"), Spanish ("bajada", "entradilla").
   * "teaser" too: elsewhere a teaser of another page (a chrome word), but just before the body's
   * container it is the article's own (news CMSs' "teaser-text").
   */
  static final Set<String> LEAD_WORDS = Set.of(
      "lead", "leadtext", "intro", "introduction", "standfirst", "excerpt", "summary", "abstract", "deck", "dek",
      "subtitle", "subheadline", "chapo", "chapeau", "perex", "epigraph", "bajada", "entradilla", "teaser");

  /** How many levels above the body's container a lead box is looked for (in the preceding siblings of each). */
  static final int MAX_LEAD_CLIMB = 4;

  /** A lead holds at least a short sentence ... */
  static final int LEAD_MIN_CHARS = 30;

  /** ... and at most a few: a longer box is a section of its own, found (or not) by scoring. */
  static final int LEAD_MAX_CHARS = 1200;

  // --- Emission -------------------------------------------------------------------------------

  /** Tags that end and start a text block. */
  static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
      "blockquote", "pre", "tr", "table", "tbody", "thead", "tfoot", "figure", "header", "footer", "address", "center",
      "hr", "br", "details", "summary", "caption", "form", "fieldset", "body", "html");

  /** Elements skipped while emitting the article: captions and credits are not body text. */
  static final String SKIP_IN_ARTICLE = "figcaption";

  /** A block with at least this share of link text is navigation, unless long. */
  static final double MAX_BLOCK_LINK_DENSITY = 0.5;

  /** A link-dense block this long is still prose (a paragraph that cites many sources). */
  static final int LINK_DENSE_KEEP_CHARS = 300;

  /**
   * Labels of page chrome, each a whole line wherever it appears: sharing and ad labels, "read more"
   * prompts, headings of related-article rails, prompts around the article (news and blog templates
   * in many languages).
   */
  static final String CHROME_LABELS = "share|share this|share on \\w+|tweet|print|email|e-mail|advertisement|anzeige|werbung|publicité|publicidad|"
          + "sponsored|read more|more|continue reading|weiterlesen|mehr|lire la suite|leer más|related|related articles|"
          + "comments?|kommentare|\\d+ comments?|skip to (?:main )?content|back to top|nach oben|subscribe|"
          + "sign up|log in|login|follow us|advertisement - scroll to continue|loading\\.*|image|photo|video|"
          + "close|menu|search|suche|recherche|facebook|twitter|whatsapp|linkedin|pinterest|x|gefällt mir|wird geladen|"
          + "like this|like|teilen|drucken|drukuj|imprimer|imprimir|stampa|bild vergrößern|bild anzeigen|zum artikel|"
          // Headings of related-article rails (WordPress, news CMSs; English, German, French, Spanish).
          + "related posts|related stories|related coverage|related content|explore further|you may also like|"
          + "more from \\p{L}+|recommended|ähnliche beiträge|ähnliche artikel|auch interessant|empfohlene beiträge|"
          + "(?:das|das thema|dieses thema|diese themen) könnten? (?:sie|dich|euch) auch interessieren|weitere artikel|mehr zum thema|"
          + "à lire aussi|sur le même sujet|artículos relacionados|te puede interesar|"
          // Prompts and labels around the article: "also read", comments, contents, rating (German, Portuguese, English).
          + "lesen sie auch|lies auch|schon gelesen|zum weiterlesen|verwandte themen|weitere informationen|lust auf mehr|"
          + "inhaltsverzeichnis|table of contents|kommentieren|kommentar schreiben|kommentare schreiben|leave a comment|"
          + "kontakt|contact|downloads|veja também|leia também|beitragsbild|titelbild|\\(noch keine bewertungen\\)|"
          + "sie sind (?:aktuell )?nicht eingeloggt|\\(?alle angaben ohne gewähr\\)?|weiterführende[rn]? links?|quellenangaben|"
          + "release date|lade|bild schließen|"
          + "\\d+ min(?:ute)?s? read";

  /**
   * Whole lines that are page chrome wherever they appear: {@link #CHROME_LABELS}, consent and
   * subscription notices, calls to follow, photo credits (news and blog templates in many languages).
   */
  static final Pattern BOILERPLATE = Pattern.compile(
      "(?iu)^(?:" + CHROME_LABELS + ")[.:!…?]*$"
          + "|^(?:we use cookies|this (?:web)?site uses cookies|by using this (?:web)?site|wir verwenden cookies|"
          + "diese (?:web)?seite verwendet cookies|nous utilisons des cookies|subscribe to (?:our|the) newsletter|"
          + "sign up for (?:our|the) newsletter|all rights reserved|copyright ©|©|"
          // Reprint notices (English, Polish).
          + "this (?:article|story|content) is (?:the )?copyright(?:ed)?|written permission must be obtained|"
          + "materiał chroniony prawem autorskim).{0,200}$"
          // Calls to subscribe or follow, closing news articles (English, Spanish, German).
          + "|^(?:subscribe now|to view the full story|never miss the latest|follow us on|síguenos en|siguenos en|"
          + "follow (?:\\S+ ){1,3}on (?:twitter|facebook|instagram|linkedin|youtube|tiktok)|"
          // Advertising disclosures opening a sponsored post ("*Werbung. Dieser Beitrag enthält Werbung für …").
          + "\\*?(?:werbung|anzeige|advertorial|sponsored post)[.:*]|"
          + "folgen sie uns|for the latest (?:stories|news)|download (?:the|our) (?:\\S+ )?apps?\\b).{0,160}$"
          // Photo credits, sources and taxonomy lines: a label, a colon and a name or two.
          + "|^(?:photo|photos|foto|fotos|bild|bilder|image|credit|credits|crédits? photos?|quelle|source|titelbild|beitragsbild|"
          + "kategorie|kategorien|category|categories|schlagwörter|filed under)\\s*:.{0,60}$");

  /**
   * A short line made only of chrome labels ("Gefällt mir Lade…", "Bild anzeigen Bild schließen"):
   * the buttons of one widget written as one block.
   */
  static final Pattern LABEL_LINE = Pattern.compile(
      "(?iu)^(?:" + CHROME_LABELS + ")(?:[.:!…?]*\\s+(?:" + CHROME_LABELS + "))+[.:!…?]*$");

  /** Lines up to this long are checked against {@link #LABEL_LINE}; the check backtracks over label boundaries. */
  static final int MAX_LABEL_LINE_CHARS = 80;

  /** Decoration around a label ("- Anzeige -", "* Werbung *"), stripped before matching {@link #BOILERPLATE}. */
  static final Pattern LABEL_DECORATION = Pattern.compile("^[-–—*•|\\s]+|[-–—*•|\\s]+$");

  /**
   * A short line ending in a copyright credit ("Marco Odermatt, Ski-Star. © AFP / Marco Bertorello")
   * is a photo caption written as a paragraph.
   */
  static final Pattern CREDITED_CAPTION = Pattern.compile("^.{0,200}\\s©\\s?[^.!?©]{1,50}$");

  /**
   * A short block that names a newsletter and asks to sign up is a subscription box (English,
   * German, French, Spanish, Portuguese).
   */
  /** The word every {@link #NEWSLETTER_CALL} holds ({@code \bnewsletter}); texts without it skip that pattern. */
  static final String NEWSLETTER_WORD = "newsletter";

  static final Pattern NEWSLETTER_CALL = Pattern.compile(
      "(?iu)^(?=.{0,300}$)(?=.*\\bnewsletter).*(?:sign up|subscribe|abonnier|anmelden|melde dich|meld dich|trag dich|"
          + "trage dich|tragen sie sich|inscri|suscr|assine|cadastre).*$");

  /**
   * A photo credit written as a line of its own: two short names around a slash, no sentence
   * ("DCV / Oppitz", "AFP / Marco Bertorello", an agency sign-off "aja/PAP").
   */
  static final Pattern CREDIT_LINE = Pattern.compile("^\\p{L}[\\p{L}.\\- ]{0,25}\\s?/\\s?\\p{L}[\\p{L}.\\- ]{0,25}$");

  /** A block this short that is a date plus a label ("Aktualisiert: 03.04.2020") is a dateline, not body. */
  static final int MAX_DATELINE_CHARS = 60;

  /** Words besides the date that a dateline may carry (a label, a weekday, an author's name). */
  static final int MAX_DATELINE_EXTRA_WORDS = 3;

  // --- Dates ----------------------------------------------------------------------------------

  /** meta property/name/itemprop values that carry the publication time (OpenGraph, Dublin Core, CMS plugins). */
  static final List<String> PUBLISHED_META = List.of(
      "article:published_time", "og:published_time", "og:article:published_time", "article:published",
      "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "published-date",
      "date_published", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
      "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date", "originalpublicationdate",
      "article.published", "article_date_original", "cxenseparse:recs:publishtime", "date", "dc.date.published",
      "og:pubdate", "pub_date", "release_date", "created");

  /** meta values that carry the modification time. */
  static final List<String> MODIFIED_META = List.of(
      "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "lastmod",
      "dc.date.modified", "article.updated", "updated_time");

  /** JSON-LD keys, most specific first. */
  static final List<String> PUBLISHED_JSONLD = List.of("datePublished", "dateCreated", "uploadDate");

  static final List<String> MODIFIED_JSONLD = List.of("dateModified");

  /** class/id words of elements that show a date near the headline. */
  static final Pattern DATE_CLASS = Pattern.compile("(?i)date|time|byline|publish|posted|meta|dateline|info|datum|fecha|author");

  /** How many date-looking elements are examined before giving up; the page date is near the top. */
  static final int MAX_DATE_ELEMENTS = 30;

  /** A visible date element is a label; longer text is prose that mentions some date. */
  static final int MAX_DATE_ELEMENT_CHARS = 120;

  /** Paths of dated permalinks: /2020/11/30/ or /2020-11-30 (WordPress and most news CMSs). */
  static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/_.-]|$)");

  /** Dated slugs written day first: /23-01-2022-title, /29-10-2021 (European CMSs). */
  static final Pattern URL_DATE_DAY_FIRST = Pattern.compile("/(\\d{1,2})-(\\d{1,2})-((?:19|20)\\d{2})(?:[/_.-]|$)");

  /** How far into the first paragraph a dateline's date may start (after a place name: "Frankfurt am Main, "). */
  static final int LEAD_DATELINE_CHARS = 40;

  /** Characters read after the headline for a dateline; datelines sit right under it, bylines included. */
  static final int HEADLINE_WINDOW_AFTER = 300;

  /** Characters read before the headline, for dates shown above it. */
  static final int HEADLINE_WINDOW_BEFORE = 120;

  // --- Title ----------------------------------------------------------------------------------

  /** Separators before a site name in {@code <title>}: "Headline | Site", "Headline - Site". */
  static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s*[|]\\s*");

  /** A trailing title segment this short (in words) is a site name. */
  static final int MAX_SITE_NAME_WORDS = 4;
}
