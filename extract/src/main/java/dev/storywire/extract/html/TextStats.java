package dev.storywire.extract.html;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text sizes of every element, counted in one iterative pass (no recursion, so deep
 * trees are safe). Sizes count non-whitespace characters.
 */
final class TextStats {
  /** @param text non-whitespace characters below the element; @param link those inside links */
  /** Nesting the counters are first sized for; deeper trees grow them. */
  private static final int INITIAL_DEPTH = 64;

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

  /**
   * The sizes {@link #of} gives once the elements {@code removed} accepts (and what they hold)
   * are removed from the tree, in the same walk that finds them: they are neither counted nor
   * entered. {@code removed} sees every other element in page order; the caller removes them.
   */
  static TextStats without(Element root, Predicate<Element> removed) {
    TextStats stats = new TextStats();
    Counter counter = stats.new Counter();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && removed.test(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        counter.head(node, depth);
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        counter.tail(node, depth);
        return FilterResult.CONTINUE;
      }
    }, root);
    return stats;
  }

  Size size(Element e) {
    int[] s = sizes.get(e);
    return s == null ? new Size(0, 0, 0) : new Size(s[0], s[1], s[2]);
  }

  /**
   * Counts into the open elements' running totals, indexed by depth below the root: a text node
   * adds to its parent's, a closing element hands its totals to its parent's and is recorded
   * when it holds any text (an element without an entry has size zero).
   */
  private final class Counter implements NodeVisitor {
    private int[] text = new int[INITIAL_DEPTH];
    private int[] link = new int[INITIAL_DEPTH];
    private int[] own = new int[INITIAL_DEPTH];
    private int linkDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t && depth > 0) {
        int n = nonSpace(t.getWholeText());
        text[depth - 1] += n;
        own[depth - 1] += n;
        if (linkDepth > 0) {
          link[depth - 1] += n;
        }
      } else if (node instanceof Element e) {
        open(depth);
        if (e.nameIs("a")) {
          linkDepth++;
        }
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
      if (text[depth] == 0) {
        return; // no text below: size zero, nothing to hand up
      }
      sizes.put(e, new int[] {text[depth], link[depth], own[depth]});
      if (depth > 0) {
        text[depth - 1] += text[depth];
        link[depth - 1] += link[depth];
      } else if (e.parent() != null) {
        int[] p = sizes.computeIfAbsent(e.parent(), k -> new int[3]);
        p[0] += text[depth];
        p[1] += link[depth];
      }
    }

    private void open(int depth) {
      if (depth >= text.length) {
        text = Arrays.copyOf(text, depth * 2);
        link = Arrays.copyOf(link, depth * 2);
        own = Arrays.copyOf(own, depth * 2);
      }
      text[depth] = 0;
      link[depth] = 0;
      own[depth] = 0;
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
