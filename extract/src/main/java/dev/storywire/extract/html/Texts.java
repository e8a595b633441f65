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
          out.append(t.text().strip()).append(' ');
        }
        return out.length() > max ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, e);
    return out.toString().strip();
  }
}
