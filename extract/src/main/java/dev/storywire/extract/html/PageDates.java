package dev.storywire.extract.html;

import dev.storywire.extract.date.DateParser;
import dev.storywire.extract.date.ParsedDate;
import dev.storywire.extract.date.RelativeDates;
import dev.storywire.model.PageDate;
import dev.storywire.model.Paragraph;
import dev.storywire.model.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The publication and modification times a page states about itself, from the most to the least
 * reliable source: JSON-LD, meta tags, {@code <time>} in the article, a dated permalink, a visible
 * date near the headline. Implausible dates (before 1990, in the future) are skipped.
 */
final class PageDates {
  /** Rule name of a stated publication date chosen because the visible byline shows it. */
  static final String CONFIRMED = "html.date.confirmed";

  /** Rule name of a date printed after a publication label ("Datum: 25.01.2022"). */
  static final String LABELLED = "html.date.labelled";

  /** Rule name of an article {@code <time>} chosen over a generic meta date that nothing visible shows. */
  static final String TIME_OVER_GENERIC = "html.date.time.over-generic";

  /** Rule name of a date from a generic meta name ({@link DateHints#GENERIC_META}). */
  static final String META_GENERIC = "html.date.meta.generic";

  /** Elements whose text is never a visible date: parsed once (a query string is parsed at every call). */
  private static final Evaluator NOT_TEXT = HtmlCleaner.tags("script, style, nav, noscript");

  /** Elements {@link #visibleNearTitle} reads, parsed once. */
  private static final Evaluator DATE_CANDIDATES = QueryParser.parse("time, [class], [id]");

  /** The JSON-LD date keys' patterns, compiled once. */
  private static final Map<String, Pattern> JSONLD_KEYS = jsonLdKeys();

  private final Document doc;
  private final PageInventory page;
  private final MetaTags metas;
  private final Instant now;
  /** The page's JSON-LD scripts, read once before cleaning removes them: both dates search them. */
  private final List<String> jsonLdScripts;
  /**
   * Whether a "tag class id" names chrome ({@link DateHints#NOT_THE_ARTICLE}), per distinct one
   * on this page: the page-text scans ask it of every element.
   */
  private final Map<ChromeKey, Boolean> chromeNames = new HashMap<>();

  /** What {@link #chromeName} reads of an element: its tag, class list and id (a key, not a string built per element). */
  private record ChromeKey(String tag, String classes, String id) {
    String tagClassId() {
      return tag + " " + classes + " " + id;
    }
  }
    /** {@link #visibleNearTitle()} and {@link #textAroundHeadline()}, each looked for once: several rules ask (null until then). */
  private @Nullable Optional<PageDate> visibleNearTitle;
  private @Nullable Optional<PageDate> textAroundHeadline;
  /** The script-state date, looked up by {@link #published} only when it found nothing. */
  private @Nullable PageDate scriptState;

  PageDates(Document doc, MetaTags metas, Instant now) {
    this(PageInventory.of(doc), metas, now);
  }

  /** @param page the page's elements, collected before anything was removed */
  PageDates(PageInventory page, MetaTags metas, Instant now) {
    this.doc = page.doc;
    this.page = page;
    this.metas = metas;
    this.now = now;
    this.jsonLdScripts = page.jsonLd.stream().map(Element::data).toList();
  }

  /** The page's JSON-LD scripts, as read before cleaning (the byline reads them too). */
  List<String> jsonLdScripts() {
    return jsonLdScripts;
  }

  @Nullable PageDate modified() {
    return jsonLd(HtmlHints.MODIFIED_JSONLD, "html.date.modified.jsonld")
        .or(() -> meta(HtmlHints.MODIFIED_META, "html.date.modified.meta"))
        .orElse(null);
  }

  /**
   * The publication time from every source outside the article text; call before cleaning the page.
   *
   * @param url the canonical (or fetched) URL, for dated permalinks; may be null
   * @return the most reliable plausible date, or null when none
   */
  @Nullable PageDate published(@Nullable String url) {
    Optional<PageDate> labelled = labelled();
    PageDate structured = reconcileWithUrl(publishedStructured(labelled), url);
    PageDate found = structured != null ? structured : publishedFallback(url, labelled);
    if (found == null) {
      scriptState = scriptStateDate();
    }
    return found;
  }

  /**
   * Rule {@code html.date.script-state}, the last resort after every other source (the lead
   * dateline included): the publication (else creation) day in the application state a
   * script-rendered page embeds ({@link DateHints#SCRIPT_STATE_KEYS}), the first one in page
   * order that no comment key just precedes ({@link DateHints#STATE_COMMENT}). Known only after {@link #published} found nothing, as cleaning removes the scripts.
   */
  @Nullable PageDate scriptState() {
    return scriptState;
  }

  private @Nullable PageDate scriptStateDate() {
    List<String> scripts = page.otherScripts.stream().map(Element::data).toList();
    for (Pattern key : DateHints.SCRIPT_STATE_KEYS) {
      for (String script : scripts) {
        Matcher m = key.matcher(script);
        while (m.find()) {
          if (DateHints.STATE_COMMENT.matcher(script.substring(Math.max(0, m.start() - DateHints.STATE_COMMENT_CHARS), m.start())).find()) {
            continue; // a comment's time in a "comments" array
          }
          Optional<PageDate> d = parse(m.group(1), "html.date.script-state");
          if (d.isPresent()) {
            return d.get();
          }
        }
      }
    }
    return null;
  }

  /** Sources that sit outside the visible article: the stated dates, else a {@code <time>} in the article. */
  private @Nullable PageDate publishedStructured(Optional<PageDate> labelled) {
    List<PageDate> stated = statedPublished();
    return stated.isEmpty() ? timeElement().orElse(null) : labelledOverGeneric(confirmedByReader(stated, labelled), labelled);
  }

  /**
   * Rule {@value #LABELLED}: a page that prints "Datum: 25.01.2022" or "Erstellt am: 01.11.2023"
   * states its publication day more reliably than a generic meta tag ({@link DateHints#GENERIC_META}),
   * which CMSs fill with the time the page was generated or last touched. Without a label, rule
   * {@value #TIME_OVER_GENERIC} applies.
   */
  private PageDate labelledOverGeneric(PageDate chosen, Optional<PageDate> labelled) {
    if (!chosen.rule().equals(META_GENERIC)) {
      return chosen;
    }
    return labelled.isPresent() ? labelled.get() : timeOverGeneric(chosen);
  }

  /**
   * Rule {@value #TIME_OVER_GENERIC}: a generic meta date ({@link DateHints#GENERIC_META}) that
   * nothing visible near the headline shows loses to the article's first {@code <time>} element
   * showing another day: the generic tag holds the page's generation time, the {@code <time>}
   * the byline's.
   */
  private PageDate timeOverGeneric(PageDate generic) {
    Set<LocalDate> shown = Stream.of(visibleNearTitle(), textAroundHeadline())
        .flatMap(Optional::stream)
        .map(PageDate::date)
        .collect(Collectors.toSet());
    if (shown.contains(generic.date())) {
      return generic;
    }
    return firstShownTime()
        .filter(t -> !t.date().equals(generic.date()))
        .map(t -> new PageDate(t.date(), t.time(), t.offset(), TIME_OVER_GENERIC))
        .orElse(generic);
  }

  /** The first {@code <time>} outside chrome that reads as a date: its datetime, else its text. */
  private Optional<PageDate> firstShownTime() {
    for (Element t : page.times) {
      if (notTheArticle(t)) {
        continue;
      }
      String text = t.hasAttr("datetime") ? t.attr("datetime") : Texts.bounded(t, HtmlHints.MAX_DATE_ELEMENT_CHARS + 1);
      Optional<PageDate> d = text.length() <= HtmlHints.MAX_DATE_ELEMENT_CHARS ? parseLabel(text, TIME_OVER_GENERIC) : Optional.empty();
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * Every publication date the metadata states, one per source key (the first value of each
   * JSON-LD key, meta key and {@code itemprop}), most reliable first.
   */
  private List<PageDate> statedPublished() {
    List<PageDate> stated = new ArrayList<>();
    for (String key : HtmlHints.PUBLISHED_JSONLD) {
      jsonLd(List.of(key), "html.date.jsonld").ifPresent(stated::add);
    }
    for (String name : HtmlHints.PUBLISHED_META) {
      meta(List.of(name), DateHints.GENERIC_META.contains(name) ? META_GENERIC : "html.date.meta").ifPresent(stated::add);
    }
    itemprop().ifPresent(stated::add);
    return stated;
  }

  /**
   * Rule {@value #CONFIRMED}: when the metadata states different publication days, the one the
   * reader sees under (or above) the headline wins; else the most reliable source. Publishers'
   * templates and plugins each write their own meta tags, and when they disagree (a JSON-LD block
   * of an embedded video, a republished story's stale {@code datePublished}) the byline is what
   * the publisher shows as the story's date. Only publication statements compete: a modification
   * date never becomes the publication date this way.
   */
  private PageDate confirmedByReader(List<PageDate> stated, Optional<PageDate> labelled) {
    PageDate first = stated.get(0);
    if (stated.stream().allMatch(d -> d.date().equals(first.date()))) {
      return first;
    }
    Set<LocalDate> shown = Stream.of(labelled, visibleNearTitle(), textAroundHeadline())
        .flatMap(Optional::stream)
        .map(PageDate::date)
        .collect(Collectors.toSet());
    if (shown.contains(first.date())) {
      return first;
    }
    return stated.stream()
        .filter(d -> shown.contains(d.date()))
        .findFirst()
        .map(d -> new PageDate(d.date(), d.time(), d.offset(), CONFIRMED))
        .orElse(first);
  }

  /**
   * A structured time one day off the permalink's date is a UTC timestamp of a local-day
   * publication (late-evening US posts carry tomorrow's UTC date): the permalink's day wins,
   * unless the byline prints the structured day (the permalink was then dated in the server's zone).
   */
  private @Nullable PageDate reconcileWithUrl(@Nullable PageDate structured, @Nullable String url) {
    if (structured == null || structured.offset() == null) {
      return structured;
    }
    Optional<PageDate> fromUrl = urlDate(url);
    boolean dayApart = fromUrl.isPresent()
        && Math.abs(fromUrl.get().date().toEpochDay() - structured.date().toEpochDay()) == 1;
    if (!dayApart || visibleNearTitle().map(PageDate::date).filter(structured.date()::equals).isPresent()) {
      return structured; // the byline prints the structured day: the permalink is dated in another zone
    }
    return new PageDate(fromUrl.get().date(), null, null, "html.date.url-local-day");
  }

  /** Weaker sources: a dated permalink, a labelled date, then a visible date near the headline. */
  private @Nullable PageDate publishedFallback(@Nullable String url, Optional<PageDate> labelled) {
    return urlDate(url).or(() -> labelled).or(this::visibleNearTitle).or(this::textAroundHeadline).orElse(null);
  }

  /**
   * The first date that directly follows a publication label ({@link DateHints#PUBLICATION_LABEL})
   * in the page's text, outside scripts, navigation and chrome ({@link #notTheArticle}).
   */
  private Optional<PageDate> labelled() {
    StringBuilder text = pageText();
    Matcher m = labelMatcher(text);
    for (int from = 0; (from = nextLabel(m, text, from)) >= 0; from = m.end()) {
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + DateHints.LABELLED_DATE_CHARS));
      Optional<ParsedDate> d = DateParser.find(after).filter(p -> p.start() == 0 && DateParser.plausible(p.date(), now));
      if (d.isPresent()) {
        return d.map(p -> p.toPageDate(LABELLED));
      }
    }
    return Optional.empty();
  }

  /**
   * {@link DateHints#PUBLICATION_LABEL} matched from {@link #nextLabel} positions, reading the
   * text around them as {@code find} would (lookbehind included).
   */
  static Matcher labelMatcher(CharSequence text) {
    return DateHints.PUBLICATION_LABEL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /**
   * The next {@link DateHints#PUBLICATION_LABEL} at or after {@code from}, as {@code find} would
   * return it, leaving the match in {@code m}; -1 when none. The label starts after a non-letter
   * ({@code (?<!\p{L})}), so positions right after a letter are skipped without running the
   * regex: {@code find} tries it at every position of the page's text.
   *
   * @return the match's start, or -1
   */
  static int nextLabel(Matcher m, CharSequence text, int from) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      if (i > 0 && letterBefore(text, i) || !labelStart(text, i)) {
        continue;
      }
      m.region(i, n);
      if (m.lookingAt()) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the character before {@code i} is a letter by itself (not half of a surrogate pair). */
  private static boolean letterBefore(CharSequence text, int i) {
    char c = text.charAt(i - 1);
    return !Character.isSurrogate(c) && Character.isLetter(c);
  }

  /**
   * Whether a {@link DateHints#PUBLICATION_LABEL} may start at {@code i}: every label opens with
   * one of {@link DateHints#LABEL_OPENINGS}, compared as the pattern's Unicode case-insensitive
   * matching compares characters, so most positions skip the regex.
   */
  private static boolean labelStart(CharSequence text, int i) {
    if (i + 1 >= text.length()) {
      return false;
    }
    char first = fold(text.charAt(i));
    char second = fold(text.charAt(i + 1));
    for (String opening : DateHints.LABEL_OPENINGS) {
      if (opening.charAt(0) == first && opening.charAt(1) == second) {
        return true;
      }
    }
    return false;
  }

  /** A character as {@code (?iu)} compares it with a lower-case letter of the pattern. */
  private static char fold(char c) {
    return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
  }

  /** The body's text, up to {@link DateHints#MAX_LABEL_SCAN_CHARS}, without scripts and chrome. */
  private StringBuilder pageText() {
    StringBuilder text = new StringBuilder();
    Element body = doc.body();
    if (body != null) {
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (node instanceof Element e && (NOT_TEXT.matches(doc, e) || chrome(e))) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (node instanceof TextNode t && !t.isBlank()) {
            Texts.appendStripped(text, t).append(' ');
          }
          return text.length() > DateHints.MAX_LABEL_SCAN_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
        }
      }, body);
    }
    return text;
  }

  private Optional<PageDate> jsonLd(List<String> keys, String rule) {
    for (String key : keys) {
      Pattern p = JSONLD_KEYS.get(key);
      for (String script : jsonLdScripts) {
        Matcher m = p.matcher(script);
        while (m.find()) {
          Optional<PageDate> d = parse(m.group(1), rule);
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, Pattern> jsonLdKeys() {
    return Stream.concat(HtmlHints.PUBLISHED_JSONLD.stream(), HtmlHints.MODIFIED_JSONLD.stream())
        .distinct()
        .collect(Collectors.toUnmodifiableMap(key -> key, PageDates::jsonLdKey));
  }

  private static Pattern jsonLdKey(String key) {
    return Pattern.compile("\"" + key + "\"\\s*:\\s*\\[?\\s*\"([^\"]{6,40})\"");
  }

  private Optional<PageDate> meta(List<String> names, String rule) {
    for (String name : names) {
      for (String content : metas.all(name)) {
        Optional<PageDate> d = parse(content, rule);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<PageDate> itemprop() {
    for (Element e : page.datePublished) {
      String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
      Optional<PageDate> d = parse(v, "html.date.itemprop");
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * A {@code <time datetime>} marked as the publication time, or the first one inside an article.
   * Rule {@code html.date.time.pubdate-list}: when the {@code pubdate} marks give different days,
   * they mark a list of teasers (every item's own date), not the article, and are skipped.
   */
  private Optional<PageDate> timeElement() {
    for (boolean pubdate : new boolean[] {true, false}) {
      List<PageDate> found = new ArrayList<>();
      for (Element t : pubdate ? page.pubdateTimes : page.articleTimes) {
        if (!notTheArticle(t)) {
          parse(t.attr("datetime"), "html.date.time").ifPresent(found::add);
        }
      }
      boolean list = pubdate && found.stream().map(PageDate::date).distinct().count() > 1;
      if (!found.isEmpty() && !list) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  private Optional<PageDate> urlDate(@Nullable String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = HtmlHints.URL_DATE.matcher(url);
    Matcher dmy = HtmlHints.URL_DATE_DAY_FIRST.matcher(url);
    boolean ymd = m.find();
    if (!ymd && !dmy.find()) {
      return Optional.empty();
    }
    try {
      LocalDate d = ymd
          ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
          : LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
      return DateParser.plausible(d, now) ? Optional.of(new PageDate(d, null, null, "html.date.url")) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The first short date-classed element (or any time element) that reads as a date. */
  private Optional<PageDate> visibleNearTitle() {
    if (visibleNearTitle == null) {
      visibleNearTitle = findVisibleNearTitle();
    }
    return visibleNearTitle;
  }

  private Optional<PageDate> findVisibleNearTitle() {
    int seen = 0;
    // Streamed: the search ends at the first date (or the element limit) instead of collecting the page's elements.
    for (Element e : (Iterable<Element>) doc.selectStream(DATE_CANDIDATES)::iterator) {
      if (seen >= HtmlHints.MAX_DATE_ELEMENTS) {
        break;
      }
      if (!e.nameIs("time") && !dateClassed(HtmlCleaner.hint(e)) || notTheArticle(e)) {
        continue;
      }
      seen++;
      String text = e.hasAttr("datetime") ? e.attr("datetime") : Texts.bounded(e, HtmlHints.MAX_DATE_ELEMENT_CHARS + 1);
      if (text.length() <= HtmlHints.MAX_DATE_ELEMENT_CHARS) {
        Optional<PageDate> d = parseLabel(text, "html.date.visible").or(() -> relative(text));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** A class/id that names a date element: {@link HtmlHints#DATE_CLASS} or {@link DateHints#MORE_DATE_CLASS}. */
  private static boolean dateClassed(String hint) {
    String lower = hint.toLowerCase(Locale.ROOT);
    return containsAny(lower, DateHints.DATE_CLASS_WORDS) && HtmlHints.DATE_CLASS.matcher(hint).find()
        || lower.contains("submitted") && DateHints.MORE_DATE_CLASS.matcher(hint).find();
  }

  /** Whether {@code s} holds any of {@code words}. */
  static boolean containsAny(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@code html.date.relative}: a date element that says "2 hours ago", "vor 3 Tagen" or
   * "昨天" ({@link RelativeDates}), resolved against the time the page was fetched.
   */
  private Optional<PageDate> relative(String text) {
    return RelativeDates.resolve(text, now).map(d -> new PageDate(d, null, null, "html.date.relative"));
  }

  /**
   * Rule of every date read from the page's elements (date-classed elements, the article's
   * {@code <time>}, the text around the headline): an element inside (or being) a comment,
   * widget, related list, the site's top bar, navigation or an embedded post shows a date that is
   * not the article's ({@link DateHints#NOT_THE_ARTICLE}).
   */
  private boolean notTheArticle(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (chrome(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code body} and {@code html} carry page-wide classes ("comments-open") and are never chrome.
   * The answer depends only on the tag, class and id, which repeat across a page's elements: it
   * is worked out once per distinct one ({@link #chromeNames}).
   */
  private boolean chrome(Element e) {
    return !e.nameIs("body") && !e.nameIs("html")
        && chromeNames.computeIfAbsent(new ChromeKey(e.tagName(), e.className(), e.id()), k -> chromeName(k.tagClassId()));
  }

  private static boolean chromeName(String tagClassId) {
    return containsAny(tagClassId.toLowerCase(Locale.ROOT), DateHints.NOT_THE_ARTICLE_WORDS)
        && DateHints.NOT_THE_ARTICLE.matcher(tagClassId).find();
  }

  /**
   * A news dateline opening the article's first paragraph ("Karlsruhe, (12.11.2021). …",
   * "01.02.2022 – …"): the date starts within {@link HtmlHints#LEAD_DATELINE_CHARS} characters.
   * Rule {@code html.date.lead-dateline.after-byline}: a first paragraph no longer than
   * {@link DateHints#BYLINE_PARAGRAPH_CHARS} without a date ("Von Claudia Lindner") is the author
   * line, and the dateline opens the paragraph after it.
   */
  @Nullable PageDate leadDateline(List<Paragraph> paragraphs) {
    boolean afterByline = false;
    for (Paragraph p : paragraphs) {
      if (p.role() != Role.BODY) {
        continue;
      }
      Optional<ParsedDate> d = DateParser.find(p.text())
          .filter(x -> x.start() <= HtmlHints.LEAD_DATELINE_CHARS && DateParser.plausible(x.date(), now));
      if (d.isPresent()) {
        return d.get().toPageDate(afterByline ? "html.date.lead-dateline.after-byline" : "html.date.lead-dateline");
      }
      if (afterByline || p.text().length() > DateHints.BYLINE_PARAGRAPH_CHARS) {
        return null;
      }
      afterByline = true;
    }
    return null;
  }

  /**
   * A date in the text just after the headline (a dateline under the h1), else just before it (a
   * kicker above it). Only short windows are read: a date deeper in the body is what the story is about.
   */
  private Optional<PageDate> textAroundHeadline() {
    if (textAroundHeadline == null) {
      textAroundHeadline = findTextAroundHeadline();
    }
    return textAroundHeadline;
  }

  private Optional<PageDate> findTextAroundHeadline() {
    Element h1 = doc.selectFirst("h1");
    Element body = doc.body();
    if (h1 == null || body == null) {
      return Optional.empty();
    }
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      private boolean seen;

      @Override
      public FilterResult head(Node node, int depth) {
        if (node == h1) {
          seen = true;
          return FilterResult.SKIP_CHILDREN;
        }
        if (node instanceof Element e && (NOT_TEXT.matches(doc, e) || chrome(e))) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode t && !t.isBlank()) {
          Texts.appendText(seen ? after : before, t).append(' ');
          if (!seen && before.length() > HtmlHints.HEADLINE_WINDOW_BEFORE) {
            before.delete(0, before.length() - HtmlHints.HEADLINE_WINDOW_BEFORE);
          }
        }
        return seen && after.length() > HtmlHints.HEADLINE_WINDOW_AFTER ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, body);
    return parseLabel(cut(after, HtmlHints.HEADLINE_WINDOW_AFTER), "html.date.near-title")
        .or(() -> parseLabel(before.toString(), "html.date.near-title"));
  }

  private static String cut(StringBuilder s, int max) {
    return s.length() <= max ? s.toString() : s.substring(0, max);
  }

  /** A short text shown as a date (a byline, the headline's surroundings): two-digit years count. */
  private Optional<PageDate> parseLabel(String value, String rule) {
    Optional<ParsedDate> d = DateParser.findAllowingShortYear(value).filter(p -> DateParser.plausible(p.date(), now));
    return d.map(p -> p.toPageDate(rule));
  }

  private Optional<PageDate> parse(String value, String rule) {
    Optional<ParsedDate> d = DateParser.find(value).filter(p -> DateParser.plausible(p.date(), now));
    return d.map(p -> p.toPageDate(rule));
  }
}
