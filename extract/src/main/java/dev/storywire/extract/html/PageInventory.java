package dev.storywire.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The elements the metadata readers look up on the parsed page (meta tags, JSON-LD and other
 * scripts, dated elements, canonical and image links, ticker candidates), collected in one walk
 * of the tree instead of one query each. Each list holds what {@code doc.select} of its query
 * returns before anything is removed, in page order; matching is jsoup's own ({@link Evaluator}s
 * of the same queries). Readers that run after something was removed skip what is no longer in
 * the page ({@link #attached}).
 */
final class PageInventory {
  private static final Evaluator META_CONTENT = QueryParser.parse("meta[content]");
  private static final Evaluator LD_JSON = QueryParser.parse("script[type=application/ld+json]");
  private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
  private static final Evaluator TIME = QueryParser.parse("time");
  private static final Evaluator PUBDATE_TIME = QueryParser.parse("time[pubdate][datetime]");
  private static final Evaluator ARTICLE_TIME = QueryParser.parse("article time[datetime], main time[datetime]");
  private static final Evaluator TICKER_BOX = QueryParser.parse("ul, ol, div, section");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
  private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url][content]");
  private static final Evaluator CONTENT_LANGUAGE = QueryParser.parse("meta[http-equiv~=(?i)content-language][content]");
  private static final Evaluator IMAGE_SRC = QueryParser.parse("link[rel=image_src][href]");

  final Document doc;
  /** {@code meta[content]}. */
  final List<Element> metas = new ArrayList<>();
  /** {@code script[type=application/ld+json]}. */
  final List<Element> jsonLd = new ArrayList<>();
  /** {@code script:not([type=application/ld+json])}. */
  final List<Element> otherScripts = new ArrayList<>();
  /** {@code [itemprop=datePublished]}. */
  final List<Element> datePublished = new ArrayList<>();
  /** {@code time}. */
  final List<Element> times = new ArrayList<>();
  /** {@code time[pubdate][datetime]}. */
  final List<Element> pubdateTimes = new ArrayList<>();
  /** {@code article time[datetime], main time[datetime]}. */
  final List<Element> articleTimes = new ArrayList<>();
  /** {@code ul, ol, div, section}: the boxes a ticker may be. */
  final List<Element> tickerBoxes = new ArrayList<>();
  /** {@code link[rel=image_src][href]}. */
  final List<Element> imageLinks = new ArrayList<>();
  /** The first {@code link[rel=canonical][href]}, {@code meta[property=og:url][content]} and content-language meta. */
  @Nullable Element canonical;
  @Nullable Element ogUrl;
  @Nullable Element contentLanguage;

  private PageInventory(Document doc) {
    this.doc = doc;
  }

  /** Walks {@code doc} once; call before anything is removed from it. */
  static PageInventory of(Document doc) {
    PageInventory inv = new PageInventory(doc);
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e != doc) {
          inv.add(e);
        }
      }
    }, doc);
    return inv;
  }

  /** Files {@code e} under every query it matches; the tag name picks the queries to try. */
  private void add(Element e) {
    switch (e.normalName()) {
      case "meta" -> {
        if (matches(META_CONTENT, e)) {
          metas.add(e);
        }
        if (ogUrl == null && matches(OG_URL, e)) {
          ogUrl = e;
        }
        if (contentLanguage == null && matches(CONTENT_LANGUAGE, e)) {
          contentLanguage = e;
        }
      }
      case "script" -> (matches(LD_JSON, e) ? jsonLd : otherScripts).add(e);
      case "time" -> {
        if (matches(TIME, e)) {
          times.add(e);
        }
        if (matches(PUBDATE_TIME, e)) {
          pubdateTimes.add(e);
        }
        if (e.is(ARTICLE_TIME)) { // structural: jsoup's own evaluation against the page's root
          articleTimes.add(e);
        }
      }
      case "link" -> {
        if (canonical == null && matches(CANONICAL, e)) {
          canonical = e;
        }
        if (matches(IMAGE_SRC, e)) {
          imageLinks.add(e);
        }
      }
      case "ul", "ol", "div", "section" -> {
        if (matches(TICKER_BOX, e)) {
          tickerBoxes.add(e);
        }
      }
      default -> {
        // only the attribute query below
      }
    }
    if (e.attributesSize() > 0 && matches(DATE_PUBLISHED, e)) {
      datePublished.add(e);
    }
  }

  /** A query without combinators matched as {@code select} matches it (its root plays no part). */
  private boolean matches(Evaluator query, Element e) {
    return query.matches(doc, e);
  }

  /** Whether {@code e} is still in the page (nothing above it was removed). */
  boolean attached(Element e) {
    return e.ownerDocument() == doc;
  }
}
