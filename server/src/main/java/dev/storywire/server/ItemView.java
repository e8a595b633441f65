package dev.storywire.server;

import dev.storywire.model.AnalyzedParagraph;
import dev.storywire.model.Attribution;
import dev.storywire.model.Item;
import dev.storywire.model.Link;
import dev.storywire.model.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders one item in full: title, language, kind, dates, source, then its paragraphs by role
 * (headings as headings, quotes as block quotes with their attribution, list items as lists,
 * table rows as a table) and its related links apart from the body.
 */
final class ItemView {

  private ItemView() {}

  /** Writes {@code <article id="item-…">} for the item. */
  static void write(Html html, Item item) {
    html.openText("article", item.lang(), "class", "item", "id", anchor(item.id()));
    html.textElement("h2", item.lang(), item.title());
    meta(html, item);
    paragraphs(html, item);
    related(html, item.lang(), item.related());
    html.close("article");
  }

  /** The fragment id of an item on a story page. */
  static String anchor(String itemId) {
    return "item-" + itemId;
  }

  /** The time shown for an item: when it was published, else when we first saw it. */
  static String shownTime(Item item) {
    return item.published() != null ? item.published() : item.firstSeen().toString();
  }

  /** A language badge; {@code ?} when the language is unknown. */
  static void languageBadge(Html html, @Nullable String lang) {
    html.element("span", lang == null ? "?" : lang, "class", "badge", "title", "language");
  }

  private static void meta(Html html, Item item) {
    html.open("p", "class", "meta", "lang", "en", "dir", "ltr");
    languageBadge(html, item.lang());
    html.element("span", item.kind().wireName(), "class", "badge");
    if (item.published() != null) {
      html.text("published ").element("time", Times.readable(item.published()), "datetime", item.published())
          .text(" · ");
    }
    String firstSeen = item.firstSeen().toString();
    html.text("first seen ").element("time", Times.readable(firstSeen), "datetime", firstSeen);
    String outlet = item.source().outlet() != null ? item.source().outlet() : item.source().name();
    // <bdi>: an outlet's name may be in any script; isolate it from the surrounding line's direction.
    html.text(" · ").open("bdi").externalLink(outlet, item.source().url()).close("bdi");
    if (!item.authors().isEmpty()) {
      // Names in any script, each isolated so that an Arabic name cannot reorder the line.
      html.text(" · by ");
      for (int i = 0; i < item.authors().size(); i++) {
        html.text(i == 0 ? "" : ", ").element("bdi", item.authors().get(i));
      }
    }
    if (item.truncated()) {
      html.text(" · truncated by the source");
    }
    html.close("p");
  }

  private static void paragraphs(Html html, Item item) {
    List<AnalyzedParagraph> paragraphs = item.paragraphs();
    int i = 0;
    while (i < paragraphs.size()) {
      AnalyzedParagraph p = paragraphs.get(i);
      if (p.role() == Role.LIST_ITEM || p.role() == Role.TABLE_ROW) {
        i = group(html, item, paragraphs, i);
      } else {
        paragraph(html, item, p);
        i++;
      }
    }
  }

  private static void paragraph(Html html, Item item, AnalyzedParagraph p) {
    @Nullable String lang = langOf(item, p);
    switch (p.role()) {
      case HEADING -> html.textElement("h3", lang, p.text());
      case QUOTE -> quote(html, lang, p);
      case BODY, LIST_ITEM, TABLE_ROW -> html.textElement("p", lang, p.text());
    }
  }

  /** Writes consecutive list items as one list, consecutive table rows as one table. */
  private static int group(Html html, Item item, List<AnalyzedParagraph> paragraphs, int start) {
    Role role = paragraphs.get(start).role();
    html.open(role == Role.LIST_ITEM ? "ul" : "table");
    int i = start;
    for (; i < paragraphs.size() && paragraphs.get(i).role() == role; i++) {
      AnalyzedParagraph p = paragraphs.get(i);
      if (role == Role.LIST_ITEM) {
        html.textElement("li", langOf(item, p), p.text());
      } else {
        html.openText("tr", langOf(item, p));
        for (String cell : p.text().split("\t", -1)) {
          html.element("td", cell);
        }
        html.close("tr");
      }
    }
    html.close(role == Role.LIST_ITEM ? "ul" : "table");
    return i;
  }

  private static void quote(Html html, @Nullable String lang, AnalyzedParagraph p) {
    html.openText("blockquote", lang).element("p", p.text());
    Attribution a = p.attribution();
    if (a != null) {
      html.open("footer", "dir", "auto").text("— ");
      if (a.author() != null) {
        html.element("cite", a.author());
      }
      if (a.handle() != null) {
        html.text(" (" + a.handle() + ")");
      }
      if (a.date() != null) {
        html.text(" ").element("time", a.date().toString(), "datetime", a.date().toString());
      }
      if (Html.safeHref(a.url()) != null) {
        html.text(" ").externalLink("source", a.url());
      }
      html.close("footer");
    }
    html.close("blockquote");
  }

  private static void related(Html html, @Nullable String lang, List<Link> related) {
    if (related.isEmpty()) {
      return;
    }
    html.open("aside", "class", "related").element("h3", "Related links", "lang", "en", "dir", "ltr").open("ul");
    for (Link link : related) {
      html.openText("li", lang).externalLink(link.text(), link.url()).close("li");
    }
    html.close("ul").close("aside");
  }

  /** A paragraph's own language; the item's when the paragraph has none. */
  private static @Nullable String langOf(Item item, AnalyzedParagraph p) {
    return p.lang() != null ? p.lang() : item.lang();
  }
}
