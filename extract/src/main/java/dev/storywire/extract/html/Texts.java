package dev.storywire.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Element text with a cost bound: wrappers can hold the whole page, and most callers need only a label's worth. */
final class Texts {
  private Texts() {}

  /** @return the element's text, whitespace-collapsed, cut off once longer than {@code max} characters */
  static String bounded(Element e, int max) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t && !t.isBlank()) {
          appendStripped(out, t).append(' ');
        }
        return out.length() > max ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, e);
    return out.toString().strip();
  }

  /**
   * Appends {@code t.text().strip()} without building either string: jsoup's text of a text node
   * (runs of its white space, no-break space included, as one space; zero-width spaces and soft
   * hyphens dropped), then without the leading and trailing white space {@link String#strip}
   * removes.
   *
   * @return {@code out}
   */
  static StringBuilder appendStripped(StringBuilder out, TextNode t) {
    String s = t.getWholeText();
    int n = s.length();
    int i = 0;
    // Leading: jsoup's white space becomes a space or nothing, invisibles nothing, and strip()
    // removes every white space character before the first other one.
    while (i < n && (jsoupWhitespace(s.charAt(i)) || invisible(s.charAt(i)) || Character.isWhitespace(s.charAt(i)))) {
      i++;
    }
    int start = out.length();
    appendNormalised(out, s, i);
    int end = out.length();
    while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
    return out;
  }

  /** Appends {@code t.text()} (see {@link #appendStripped}) without building it. @return {@code out} */
  static StringBuilder appendText(StringBuilder out, TextNode t) {
    String s = t.getWholeText();
    appendNormalised(out, s, 0);
    return out;
  }

  /** jsoup's white space normalisation of {@code s} from {@code from}, starting outside a run of white space. */
  private static void appendNormalised(StringBuilder out, String s, int from) {
    boolean lastWasWhite = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (jsoupWhitespace(c)) {
        if (!lastWasWhite) {
          out.append(' ');
          lastWasWhite = true;
        }
      } else if (!invisible(c)) {
        out.append(c);
        lastWasWhite = false;
      }
    }
  }

  /** The white space jsoup collapses in an element's text: ASCII space, tab, line feed, form feed, carriage return and no-break space. */
  private static boolean jsoupWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
  }

  /** Characters jsoup drops from an element's text: the zero-width space and the soft hyphen. */
  private static boolean invisible(char c) {
    return c == '\u200B' || c == '\u00AD';
  }
}
