package dev.storywire.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The article's authors and lead image, from what the page states about itself, most reliable
 * first: JSON-LD ({@code author}, {@code image}), meta tags (author, article:author, og:image,
 * twitter:image), then the page's byline markup ({@code rel=author}, {@code itemprop=author},
 * short author-classed elements outside comments and widgets). Call before cleaning the page.
 */
final class Bylines {
  /** The most authors kept: beyond a handful, it is a list of contributors, not a byline. */
  static final int MAX_AUTHORS = 5;

  /** Longest author name kept; longer text in an author element is a bio or a sentence. */
  static final int MAX_NAME_CHARS = 60;

  /** Meta names that carry authors' names (not profile URLs, which are skipped). */
  static final List<String> AUTHOR_META = List.of("author", "article:author", "parsely-author", "sailthru.author",
      "dc.creator", "dcterms.creator", "byl");

  /** Meta names that carry the lead image, best first. */
  static final List<String> IMAGE_META = List.of("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
      "twitter:image:src", "thumbnail");

  /** Byline markup, most specific first. */
  static final String BYLINE_QUERY = "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], "
      + ".byline__name, .author-name, .article-author, .story-author, .byline .author, .author, .byline, .writer";

  /** {@link #BYLINE_QUERY}, parsed once. */
  private static final Evaluator BYLINE = QueryParser.parse(BYLINE_QUERY);

  /** "By", "Von", "Par", "Por", "Di", "Door", "Av", "Автор:", "بقلم", "作者" before the names. */
  private static final Pattern BY = Pattern.compile(
      "^(?i)(?:by|von|par|por|di|door|av|autor(?:in)?|auteur|автор|بقلم|كتب|作者|记者|text|written by)\\s*[:：]?\\s+");

  /** What separates several authors. */
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\|| و |、)\\s*");

  private static final Pattern JSONLD_AUTHOR = Pattern.compile("\"(?:author|creator)\"\\s*:\\s*(\\[[^\\]]{0,2000}\\]|\\{[^}]{0,2000}\\}|\"[^\"]{1,200}\")");
  private static final Pattern JSONLD_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]{1,200})\"");
  private static final Pattern JSONLD_IMAGE = Pattern.compile(
      "\"image\"\\s*:\\s*(?:\\[\\s*)?(?:\"(https?://[^\"]{1,2000})\"|\\{[^}]{0,2000}?\"url\"\\s*:\\s*\"(https?://[^\"]{1,2000})\")");

  private Bylines() {}

  /** The authors, cleaned and without duplicates, at most {@link #MAX_AUTHORS}. */
  static List<String> authors(Document doc, MetaTags metas, List<String> jsonLdScripts) {
    Map<String, String> names = new LinkedHashMap<>(); // folded → as written
    for (String script : jsonLdScripts) {
      Matcher m = JSONLD_AUTHOR.matcher(script);
      while (m.find() && names.isEmpty()) {
        String value = m.group(1);
        if (value.startsWith("\"")) {
          addNames(names, value.substring(1, value.length() - 1));
        } else {
          Matcher n = JSONLD_NAME.matcher(value);
          while (n.find()) {
            addNames(names, n.group(1));
          }
        }
      }
    }
    for (String key : AUTHOR_META) {
      if (!names.isEmpty()) {
        break;
      }
      metas.all(key).forEach(v -> addNames(names, v));
    }
    if (names.isEmpty()) {
      // Walked in page order, as doc.select(BYLINE) orders them; the walk ends at the first byline with names.
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (!(node instanceof Element e) || !mayBeByline(e) || !e.is(BYLINE) || inComments(e)) {
            return FilterResult.CONTINUE;
          }
          String text = e.text();
          if (text.length() <= MAX_NAME_CHARS * 2) {
            addNames(names, text);
          }
          return names.isEmpty() ? FilterResult.CONTINUE : FilterResult.STOP;
        }
      }, doc);
    }
    return names.values().stream().limit(MAX_AUTHORS).toList();
  }

  /**
   * Whether {@code e} has what every {@link #BYLINE_QUERY} selector asks of the element itself:
   * a {@code rel} or {@code itemprop} attribute, or a class list holding "author", "byline" or
   * "writer" (ignoring ASCII case; a list with other characters is left to the query, as
   * {@code equalsIgnoreCase} also folds a few of them to ASCII letters). Most elements fail
   * this and skip the query's thirteen selectors.
   */
  static boolean mayBeByline(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("rel") || e.hasAttr("itemprop")) {
      return true;
    }
    String classes = e.attributes().getIgnoreCase("class");
    for (int i = 0; i < classes.length(); i++) {
      if (classes.charAt(i) >= 0x80) {
        return true;
      }
    }
    String lower = classes.toLowerCase(Locale.ROOT);
    return lower.contains("author") || lower.contains("byline") || lower.contains("writer");
  }

  /** The lead image as an absolute http(s) URL, or null. */
  static @Nullable String image(Document doc, MetaTags metas, List<String> jsonLdScripts) {
    return image(PageInventory.of(doc), metas, jsonLdScripts);
  }

  /** {@link #image(Document, MetaTags, List)} with the page's elements collected before the ticker was removed. */
  static @Nullable String image(PageInventory page, MetaTags metas, List<String> jsonLdScripts) {
    Document doc = page.doc;
    for (String key : IMAGE_META) {
      for (String v : metas.all(key)) {
        String url = absolute(doc, v);
        if (url != null) {
          return url;
        }
      }
    }
    for (String script : jsonLdScripts) {
      Matcher m = JSONLD_IMAGE.matcher(script);
      if (m.find()) {
        return m.group(1) != null ? m.group(1) : m.group(2);
      }
    }
    Element link = page.imageLinks.stream().filter(page::attached).findFirst().orElse(null);
    return link == null ? null : absolute(doc, link.attr("href"));
  }

  private static @Nullable String absolute(Document doc, String value) {
    String v = value.strip();
    if (v.isEmpty() || v.startsWith("data:")) {
      return null;
    }
    if (v.startsWith("http://") || v.startsWith("https://")) {
      return v;
    }
    if (v.startsWith("//")) {
      return "https:" + v;
    }
    String base = doc.location();
    if (base.isEmpty()) {
      return null;
    }
    try {
      String resolved = java.net.URI.create(base).resolve(v).toString();
      // Only web addresses: a "javascript:" or "file:" value must never reach a page or a client.
      return resolved.startsWith("http://") || resolved.startsWith("https://") ? resolved : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Adds the names of a byline, or none when any part of it is not a name (then it is a sentence or a bio). */
  private static void addNames(Map<String, String> names, String raw) {
    String text = BY.matcher(raw.strip()).replaceFirst("");
    List<String> found = new ArrayList<>();
    for (String part : SEPARATORS.split(text)) {
      String name = part.strip().replaceAll("\\s+", " ");
      if (name.isEmpty()) {
        continue;
      }
      if (!plausibleName(name)) {
        return;
      }
      found.add(name);
    }
    found.forEach(name -> names.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
  }

  /** A person's or desk's name: letters, not a URL, e-mail address, date, or words of a sentence. */
  static boolean plausibleName(String name) {
    if (name.length() < 2 || name.length() > MAX_NAME_CHARS || name.contains("://") || name.contains("@")
        || name.startsWith("www.") || name.chars().filter(Character::isDigit).count() > 0) {
      return false;
    }
    long words = name.split(" ").length;
    int first = name.codePointAt(0);
    // Names start with a capital where the script has capitals; a lower-case start is running text.
    return words <= 6 && name.codePoints().anyMatch(Character::isLetter) && !Character.isLowerCase(first);
  }

  /** Authors of comments and widgets are not the article's. */
  private static boolean inComments(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String hint = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
      if (hint.contains("comment") || hint.contains("widget") || hint.contains("related") || hint.contains("sidebar")) {
        return true;
      }
    }
    return false;
  }
}
