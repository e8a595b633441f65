package dev.storywire.extract.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text sizes of every element, counted in one iterative pass (no recursion, so deep
 * trees are safe). Sizes count non-whitespace characters.
 */
final class TextStats {
  /** @param text non-whitespace characters below the element; @param link those inside links */
  record Size(int text, int link, int own) {
    double linkDensity() {
      return text == 0 ? 0 : (double) link / text;
    }
  }

  private final Map<Element, int[]> sizes = new IdentityHashMap<>();

  private TextStats() {}

  static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(stats.new Counter(), root);
    return stats;
  }

  Size size(Element e) {
    int[] s = sizes.get(e);
    return s == null ? new Size(0, 0, 0) : new Size(s[0], s[1], s[2]);
  }

  private final class Counter implements NodeVisitor {
    private int linkDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t && node.parent() instanceof Element parent) {
        int n = nonSpace(t.getWholeText());
        int[] s = sizes.computeIfAbsent(parent, k -> new int[3]);
        s[0] += n;
        s[2] += n;
        if (linkDepth > 0) {
          s[1] += n;
        }
      } else if (node instanceof Element e && e.nameIs("a")) {
        linkDepth++;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      if (e.nameIs("a")) {
        linkDepth--;
      }
      int[] s = sizes.get(e);
      if (s != null && e.parent() != null) {
        int[] p = sizes.computeIfAbsent(e.parent(), k -> new int[3]);
        p[0] += s[0];
        p[1] += s[1];
      }
    }
  }

  static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0') {
        n++;
      }
    }
    return n;
  }
}
