package dev.storywire.extract.html;

import dev.storywire.extract.charset.TextDecoder;
import dev.storywire.extract.charset.Utf8Reader;
import dev.storywire.model.ExtractedPage;
import dev.storywire.model.Extraction;
import dev.storywire.model.FlashEntry;
import dev.storywire.model.PageDate;
import dev.storywire.model.RawDocument;
import dev.storywire.model.RejectReason;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the article of an HTML page: metadata first (title, dates, canonical URL, language),
 * then the main content by structure and text density. Thread-safe: every call parses its own
 * document.
 */
public final class HtmlPageExtractor {
  /**
   * Deepest element nesting kept by the parser; deeper elements are flattened. Real pages stay
   * under a few dozen levels; the limit keeps adversarial nesting cheap.
   */
  static final int MAX_TREE_DEPTH = 256;

  private static final Evaluator HTML = QueryParser.parse("html");

  private static final Pattern ISO_639_1 = Pattern.compile("^([a-zA-Z]{2})(?:[-_].*)?$");

  /** @return the page, or NO_CONTENT with what was found when no article text remains */
  public Extraction extract(String html, RawDocument raw) {
    return extract(new StringReader(html), html::length, raw);
  }

  /**
   * {@link #extract(String, RawDocument)} of the page's bytes, which {@link
   * TextDecoder#decodesAsUtf8} accepted: the parser reads them as UTF-8 without the page's text
   * being built as one string first.
   */
  public Extraction extractUtf8(byte[] bytes, RawDocument raw) {
    return extract(new Utf8Reader(bytes), () -> Utf8Reader.charCount(bytes), raw);
  }

  /** @param length the page's length in characters, for a rejection's detail */
  private Extraction extract(Reader html, IntSupplier length, RawDocument raw) {
    String url = raw.source().url();
    Document doc = Parser.htmlParser().setMaxDepth(MAX_TREE_DEPTH).parseInput(html, url == null ? "" : url);
    List<String> rules = new ArrayList<>();
    PageInventory inventory = PageInventory.of(doc); // one walk for every metadata lookup below
    MetaTags metas = new MetaTags(inventory);
    String title = titleOrHint(new Titles(doc, metas).title(rules), raw, rules);
    String canonical = canonical(inventory);
    String lang = lang(doc, inventory);
    PageDates dates = new PageDates(inventory, metas, raw.firstSeen());
    PageDate published = dates.published(canonical != null ? canonical : url);
    PageDate modified = dates.modified();
    List<FlashEntry> flash = HtmlTicker.extract(inventory);
    List<String> jsonLd = dates.jsonLdScripts();
    List<String> authors = Bylines.authors(doc, metas, jsonLd);
    String image = Bylines.image(inventory, metas, jsonLd);
    HtmlCleaner.clean(doc); // after metadata: cleaning removes the header and scripts that carry it
    BlockEmitter.Blocks blocks = article(doc, title, rules);
    if (published == null) {
      published = dates.leadDateline(blocks.paragraphs());
    }
    if (published == null) {
      published = dates.scriptState();
    }
    if (blocks.paragraphs().isEmpty() && flash.isEmpty()) {
      return new Extraction.Rejected(RejectReason.NO_CONTENT,
          "HTML page of " + length.getAsInt() + " characters has no article text after removing chrome"
              + (title == null ? "" : " (title: " + abbreviate(title) + ")"),
          published);
    }
    addRules(rules, blocks, published);
    if (!flash.isEmpty()) {
      rules.add("html.ticker");
    }
    return new Extraction.Page(new ExtractedPage(title, blocks.paragraphs(), blocks.related(), flash, published,
        modified, canonical, lang, rules, authors, image));
  }

  private static @Nullable String titleOrHint(@Nullable String title, RawDocument raw, List<String> rules) {
    if (title != null || raw.hints().title() == null || raw.hints().title().isBlank()) {
      return title;
    }
    rules.add("html.title.hint");
    return raw.hints().title().strip();
  }

  private static void addRules(List<String> rules, BlockEmitter.Blocks blocks, @Nullable PageDate published) {
    if (!blocks.related().isEmpty()) {
      rules.add("html.related");
    }
    if (published != null) {
      rules.add(published.rule());
    }
  }

  private static BlockEmitter.Blocks article(Document doc, @Nullable String title, List<String> rules) {
    Element body = doc.body();
    if (body == null) {
      return new BlockEmitter.Blocks(List.of(), List.of());
    }
    List<Element> containers = ContentScorer.containers(body);
    boolean wholeBody = containers.size() == 1 && containers.get(0) == body;
    BlockEmitter.Blocks blocks = BlockEmitter.emit(containers, title);
    rules.add(wholeBody ? "html.content.body" : "html.content.scored");
    if (blocks.paragraphs().isEmpty() && !wholeBody) {
      blocks = BlockEmitter.emit(List.of(body), title);
      rules.add("html.content.body-fallback");
    }
    return blocks;
  }

  private static @Nullable String canonical(PageInventory page) {
    Element link = page.canonical;
    String absolute = link == null ? "" : link.absUrl("href");
    if (!absolute.isEmpty()) {
      return absolute;
    }
    if (link != null && link.attr("href").startsWith("http")) {
      return link.attr("href");
    }
    Element og = page.ogUrl;
    return og == null || og.attr("content").isBlank() ? null : og.attr("content").strip();
  }

  private static @Nullable String lang(Document doc, PageInventory page) {
    Element html = doc.selectFirst(HTML);
    String declared = html == null ? "" : html.attr("lang");
    if (declared.isBlank()) {
      Element meta = page.contentLanguage;
      declared = meta == null ? "" : meta.attr("content");
    }
    var m = ISO_639_1.matcher(declared.strip());
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
