package dev.storywire.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The article's lead (standfirst, deck, intro): templates often put it apart from the body, in
 * the article's header or in a box just before the body's container, marked by a class or id word
 * ({@link HtmlHints#LEAD_WORDS}). Such a box is part of the article and is kept with it.
 */
final class Leads {
  private Leads() {}

  /**
   * @return the containers, preceded by the lead boxes found before the first of them: in its
   *     preceding siblings, or those of its closest ancestors ({@link HtmlHints#MAX_LEAD_CLIMB})
   */
  static List<Element> before(List<Element> containers, TextStats stats) {
    Element node = containers.get(0);
    String body = null;
    for (int level = 0; level < HtmlHints.MAX_LEAD_CLIMB && node.parent() != null && !node.nameIs("body"); level++) {
      List<Element> leads = new ArrayList<>();
      for (Element sibling = node.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
        leads.addAll(0, leadsIn(sibling, stats));
      }
      if (!leads.isEmpty()) {
        body = body == null ? text(containers) : body;
        List<Element> out = new ArrayList<>();
        for (Element lead : leads) {
          if (!body.contains(lead.text())) { // a lead the body repeats is emitted once
            out.add(lead);
          }
        }
        out.addAll(containers);
        return out;
      }
      node = node.parent();
    }
    return containers;
  }

  /** The lead boxes inside {@code root} (itself included), innermost first in page order. */
  static List<Element> leadsIn(Element root, TextStats stats) {
    List<Element> out = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (isLead(e, stats) && !holdsLead(e, stats) && !holdsTitle(e)) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean holdsLead(Element e, TextStats stats) {
    for (Element d : e.getAllElements()) {
      if (d != e && isLead(d, stats)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsTitle(Element e) {
    return e.nameIs("h1") || e.selectFirst("h1") != null;
  }

  /** A box marked as a lead, holding a sentence or a few, nearly free of links. */
  static boolean isLead(Element e, TextStats stats) {
    TextStats.Size s = stats.size(e);
    return s.text() >= HtmlHints.LEAD_MIN_CHARS && s.text() <= HtmlHints.LEAD_MAX_CHARS
        && s.linkDensity() < HtmlHints.SIBLING_MAX_LINK_DENSITY && marked(e.className() + " " + e.id());
  }

  /** Whether the class and id words hold a lead word; words break at non-letters and camelCase humps. */
  static boolean marked(String names) {
    int i = 0;
    while (i < names.length()) {
      if (!Character.isLetter(names.charAt(i))) {
        i++;
        continue;
      }
      int start = i++;
      while (i < names.length() && Character.isLetter(names.charAt(i))
          && !(Character.isUpperCase(names.charAt(i)) && Character.isLowerCase(names.charAt(i - 1)))) {
        i++;
      }
      if (HtmlHints.LEAD_WORDS.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String text(List<Element> containers) {
    StringBuilder s = new StringBuilder();
    for (Element c : containers) {
      s.append(c.text()).append(' ');
    }
    return s.toString();
  }
}
