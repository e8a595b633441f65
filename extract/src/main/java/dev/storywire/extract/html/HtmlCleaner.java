package dev.storywire.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Removes from a parsed page what can never be article text: code, chrome, hidden and negatively hinted elements. */
final class HtmlCleaner {
  /** Queries used per element, parsed once (a query string is parsed at every call). */
  private static final Evaluator MAIN = QueryParser.parse("main");

  private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");

  private static final Evaluator ARTICLE_MARKERS = QueryParser.parse(HtmlHints.ARTICLE_MARKERS);

  private static final Evaluator ALWAYS_DROP = tags(HtmlHints.ALWAYS_DROP);

  private static final Evaluator DROP_UNLESS_WRAPPER = tags(HtmlHints.DROP_UNLESS_WRAPPER);

  private static final Evaluator DROP_UNLESS_LAYOUT = tags(HtmlHints.DROP_UNLESS_LAYOUT);

  private static final Evaluator HIDDEN_CLASS = QueryParser.parse(HtmlHints.HIDDEN_CLASS);

  /** The class name of {@link #HIDDEN_CLASS}. */
  private static final String HIDDEN_CLASS_NAME = HtmlHints.HIDDEN_CLASS.substring(1);

  private static final Evaluator NAMED = QueryParser.parse("[class], [id]");

  private static final Evaluator PARAGRAPH = QueryParser.parse("p");

  private HtmlCleaner() {}

  /**
   * A query of plain tag names ("script, style, nav"), matched by one set lookup per element
   * rather than by trying each name in turn, as the parsed query does; any other query is parsed.
   */
  static Evaluator tags(String query) {
    Set<String> names = Set.copyOf(List.of(query.split("\\s*,\\s*")));
    if (!names.stream().allMatch(n -> n.matches("[a-z][a-z0-9]*"))) {
      return QueryParser.parse(query);
    }
    return new Evaluator() {
      @Override
      public boolean matches(Element root, Element element) {
        return names.contains(element.normalName());
      }

      @Override
      public String toString() {
        return query;
      }
    };
  }

  /**
   * Removes, in turn: what never holds article text ({@link HtmlHints#ALWAYS_DROP}) and hidden
   * elements; wrappers ({@link HtmlHints#DROP_UNLESS_WRAPPER}) with little text; side content
   * ({@link HtmlHints#DROP_UNLESS_LAYOUT}) with a small share of its surroundings' text; chrome
   * by class or id. The first step, the text sizes after it, and the wrappers and side boxes
   * the later steps look at come from one walk of the page.
   */
  static void clean(Document doc) {
    List<Element> removed = new ArrayList<>();
    List<Element> wrappers = new ArrayList<>();
    List<Element> sideBoxes = new ArrayList<>();
    TextStats stats = TextStats.without(doc, e -> {
      if (ALWAYS_DROP.matches(doc, e) || hidden(doc, e)) {
        removed.add(e);
        return true;
      }
      if (DROP_UNLESS_WRAPPER.matches(doc, e)) {
        wrappers.add(e);
      }
      if (DROP_UNLESS_LAYOUT.matches(doc, e)) {
        sideBoxes.add(e);
      }
      return false;
    });
    removed.forEach(Element::remove);
    boolean cloned = false;
    for (Element e : wrappers) {
      if (stats.size(e).text() < HtmlHints.WRAPPER_KEEP_CHARS) {
        cloned |= keepLead(e, stats);
        e.remove();
      }
    }
    int bodyText = doc.body() == null ? 0 : stats.size(doc.body()).text();
    // The side boxes still in the page; a lead copied out of a wrapper may hold more of them.
    List<Element> layout = cloned ? doc.select(DROP_UNLESS_LAYOUT) : sideBoxes.stream().filter(e -> e.ownerDocument() == doc).toList();
    for (Element e : layout) {
      Element main = e.closest(MAIN);
      int around = main == null ? bodyText : stats.size(main).text();
      if (stats.size(e).text() <= around * HtmlHints.LAYOUT_SHARE) {
        e.remove();
      }
    }
    removeNegative(doc, stats, bodyText);
  }

  /**
   * An article's own header (inside {@code article} or {@code main}) is dropped as chrome, but its
   * lead paragraphs stay in its place: its boxes marked as a lead ({@link Leads}), or else a
   * standfirst long enough to be prose ({@link HtmlHints#HEADER_LEAD_CHARS}) and nearly free of links.
   */
  private static boolean keepLead(Element header, TextStats stats) {
    if (!header.nameIs("header") || header.closest(ARTICLE_OR_MAIN) == null) {
      return false;
    }
    List<Element> leads = Leads.leadsIn(header, stats);
    if (!leads.isEmpty()) {
      leads.forEach(lead -> header.before(lead.clone()));
      return true;
    }
    boolean cloned = false;
    for (Element p : header.select(PARAGRAPH)) {
      TextStats.Size s = stats.size(p);
      if (s.text() >= HtmlHints.HEADER_LEAD_CHARS && s.linkDensity() < HtmlHints.SIBLING_MAX_LINK_DENSITY) {
        header.before(p.clone());
        cloned = true;
      }
    }
    return cloned;
  }

  /** Hidden by attribute or style, or by a class that hides at every width ({@link HtmlHints#HIDDEN_CLASS}). */
  private static boolean hidden(Document doc, Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    // Attributes that may hide an element: hidden, aria-hidden=true, a style that hides it.
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.nameIs("body")
        || e.hasAttr("style") && HtmlHints.HIDDEN_STYLE.matcher(e.attr("style")).find()) {
      return true;
    }
    String classes = e.className();
    return mayHoldClass(classes, HIDDEN_CLASS_NAME) && HIDDEN_CLASS.matches(doc, e)
        && !HtmlHints.SHOWN_AT_SOME_WIDTH.matcher(classes).find();
  }

  /**
   * Whether a class list may hold {@code name} as {@code hasClass} finds it (a whole name,
   * ignoring case as {@code equalsIgnoreCase} does): it holds it somewhere, so ignoring case.
   */
  private static boolean mayHoldClass(String classes, String name) {
    for (int i = 0; i + name.length() <= classes.length(); i++) {
      if (classes.regionMatches(true, i, name, 0, name.length())) {
        return true;
      }
    }
    return false;
  }

  /** Chrome by class or id, unless it also looks like the article or holds most of the page's text. */
  private static void removeNegative(Document doc, TextStats stats, int bodyText) {
    List<Element> drop = new ArrayList<>();
    Map<Names, Hint> hints = new HashMap<>(); // a page repeats its class lists: each is read once
    for (Element e : doc.select(NAMED)) {
      if (isChrome(e, hints) && stats.size(e).text() < bodyText * HtmlHints.LAYOUT_SHARE && !holdsArticle(e)) {
        drop.add(e);
      }
    }
    drop.forEach(Element::remove);
  }

  /**
   * Chrome never wraps the article: an element marked as chrome that holds the page's {@code main}
   * or its {@code itemprop=articleBody} is a layout box with an unlucky name (a "WidePlaceHolder"
   * banner slot, a "widget" column of a page builder), see {@link HtmlHints#ARTICLE_MARKERS}.
   */
  private static boolean holdsArticle(Element e) {
    return e.selectFirst(ARTICLE_MARKERS) != null;
  }

  private static boolean isChrome(Element e, Map<Names, Hint> hints) {
    if (e.nameIs("body") || e.nameIs("html") || e.nameIs("article") || e.nameIs("main")) {
      return false;
    }
    Hint hint = hints.computeIfAbsent(new Names(e.className(), e.id()), Hint::of);
    return hint.negative() && !hint.positive();
  }

  /** An element's class list and id: all that its {@link Hint} depends on. */
  record Names(String classes, String id) {}

  /** What an element's class and id words say about it. */
  record Hint(boolean positive, boolean negative) {
    private static final Hint NONE = new Hint(false, false);

    /** What separates names in a class attribute, compiled once ({@code String.split} compiles it at every call). */
    private static final Pattern CLASS_SEPARATOR = Pattern.compile("\\s+");

    static Hint of(Element e) {
      return of(new Names(e.className(), e.id()));
    }

    static Hint of(Names names) {
      String raw = meaningfulClasses(names.classes()) + " " + names.id();
      if (raw.isBlank()) {
        return NONE;
      }
      boolean pos = false;
      boolean neg = false;
      String previous = "";
      int i = 0;
      while (i < raw.length()) {
        if (!Character.isLetter(raw.charAt(i))) {
          previous = raw.charAt(i) == ' ' ? "" : previous; // a modifier reaches only within its own name
          i++;
          continue;
        }
        int start = i++;
        while (i < raw.length() && !wordBreak(raw, i)) {
          i++;
        }
        String word = raw.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        pos |= HtmlHints.POSITIVE_WORDS.contains(word);
        neg |= HtmlHints.NEGATIVE_WORDS.contains(word) && !HtmlHints.MODIFIER_WORDS.contains(previous)
            || previous.equals("no") && word.equals("print");
        previous = word;
      }
      return new Hint(pos, neg);
    }

    /**
     * The class list without generated style names ({@link HtmlHints#GENERATED_CLASS}): they name
     * a style, not a role; and without the block-kind words of page builders' own class names
     * ({@link HtmlHints#PAGE_BUILDER_PREFIXES}).
     */
    private static String meaningfulClasses(String classes) {
      if (classes.isEmpty()) {
        return classes;
      }
      StringBuilder kept = new StringBuilder();
      for (String token : CLASS_SEPARATOR.split(classes)) {
        if (generated(token)) {
          continue;
        }
        if (pageBuilder(token)) {
          token = HtmlHints.PAGE_BUILDER_BLOCK_WORDS.matcher(token).replaceAll(" ");
        }
        kept.append(token).append(' ');
      }
      return kept.toString();
    }

    /**
     * {@link HtmlHints#GENERATED_CLASS}; its hash holds a digit, so a name without one (most
     * names) is not generated and skips the regex.
     */
    private static boolean generated(String token) {
      return hasAsciiDigit(token) && HtmlHints.GENERATED_CLASS.matcher(token).find();
    }

    private static boolean hasAsciiDigit(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
          return true;
        }
      }
      return false;
    }

    private static boolean pageBuilder(String token) {
      String lower = token.toLowerCase(java.util.Locale.ROOT);
      for (String prefix : HtmlHints.PAGE_BUILDER_PREFIXES) {
        if (lower.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }

    /** Words break at non-letters and at camelCase humps ("relatedArticles"). */
    private static boolean wordBreak(String s, int i) {
      char c = s.charAt(i);
      return !Character.isLetter(c) || Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
    }
  }

  static String hint(Element e) {
    return e.className() + " " + e.id();
  }
}
