package dev.storywire.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article's container by text density, Readability-style: every paragraph-like block
 * votes for its nearest ancestors with a score from its length and punctuation; containers are
 * weighted by class/id hints and discounted by their link density; the best one wins, joined by
 * siblings that score well.
 */
final class ContentScorer {
  /** Punctuation that separates clauses in the scripts we read; many clauses mean prose. */
  private static final String CLAUSE_MARKS = ",，、،;；";

  private ContentScorer() {}

  /** @return the containers holding the article in page order; the body alone when nothing scores */
  static List<Element> containers(Element body) {
    TextStats stats = TextStats.of(body);
    Map<Element, Double> scores = scoreBlocks(body, stats);
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - stats.size(e.getKey()).linkDensity());
      e.setValue(s);
      if (s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    if (best == null) {
      return List.of(body);
    }
    Element top = commonAncestorOfRivals(best, bestScore, scores, stats);
    return Leads.before(withSiblings(top, Math.max(bestScore, scores.getOrDefault(top, 0.0)), scores, stats), stats);
  }

  /**
   * When twins of the best container exist (see {@link #isTwin}), or several containers score
   * nearly as well as the best (an article split into sections, each its own box), the article is
   * their closest common ancestor (Readability's rule).
   */
  private static Element commonAncestorOfRivals(Element best, double bestScore, Map<Element, Double> scores, TextStats stats) {
    List<Element> rivals = new ArrayList<>();
    List<Element> twins = new ArrayList<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getKey() != best && e.getValue() >= bestScore * HtmlHints.RIVAL_SHARE) {
        rivals.add(e.getKey());
      }
      if (e.getValue() >= bestScore * HtmlHints.TWIN_SHARE && stats.size(e.getKey()).text() >= HtmlHints.MIN_TWIN_CHARS
          && isTwin(best, e.getKey())) {
        twins.add(e.getKey());
      }
    }
    if (!twins.isEmpty()) {
      Element ancestor = commonAncestor(best, twins);
      if (ancestor != null) {
        return ancestor;
      }
    }
    if (rivals.size() < HtmlHints.MIN_RIVALS) {
      return best;
    }
    Element ancestor = best.parent();
    for (int level = 0; ancestor != null && ancestor.parent() != null && level < HtmlHints.MAX_RIVAL_CLIMB; level++) {
      if (containsAtLeast(ancestor, rivals, HtmlHints.MIN_RIVALS)) {
        return ancestor;
      }
      ancestor = ancestor.parent();
    }
    return best;
  }

  /**
   * Twin containers: another element of the same tag and class as the best, neither inside the
   * other. Templates that cut an article into chunks around ads or embeds give every chunk the
   * same class ("article__body"), so a twin with a paragraph's worth of text is the same article
   * (magazine layouts where each chunk sits in its own grid row beside an ad rail).
   */
  private static boolean isTwin(Element best, Element other) {
    return other != best && other.normalName().equals(best.normalName()) && !best.className().isBlank()
        && other.className().equals(best.className()) && !isAncestor(best, other) && !isAncestor(other, best);
  }

  /**
   * @return the closest ancestor of {@code best}, within the climb limit, holding the most
   *     {@code twins}; null when none holds any
   */
  private static @Nullable Element commonAncestor(Element best, List<Element> twins) {
    Element found = null;
    int most = 0;
    Element ancestor = best.parent();
    for (int level = 0; ancestor != null && level < HtmlHints.MAX_TWIN_CLIMB; level++) {
      int n = count(ancestor, twins);
      if (n > most) {
        found = ancestor;
        most = n;
      }
      ancestor = ancestor.parent();
    }
    return found;
  }

  private static int count(Element ancestor, List<Element> elements) {
    int n = 0;
    for (Element e : elements) {
      n += isAncestor(ancestor, e) ? 1 : 0;
    }
    return n;
  }

  private static boolean containsAtLeast(Element ancestor, List<Element> rivals, int n) {
    int found = 0;
    for (Element r : rivals) {
      if (r != ancestor && isAncestor(ancestor, r) && ++found >= n) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static Map<Element, Double> scoreBlocks(Element body, TextStats stats) {
    List<Element> blocks = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Element block : body.getAllElements()) {
      if (HtmlHints.TEXT_BLOCK_TAGS.contains(block.normalName()) && stats.size(block).own() >= HtmlHints.MIN_SCORED_BLOCK_CHARS) {
        String text = block.ownText();
        blocks.add(block);
        texts.add(text);
        seen.merge(text, 1, Integer::sum);
      }
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      Element block = blocks.get(i);
      if (seen.get(texts.get(i)) >= HtmlHints.TEMPLATE_REPEATS) {
        continue; // a template's label, see TEMPLATE_REPEATS
      }
      double points = blockPoints(block, stats);
      Element ancestor = holdsLooseProse(block, stats) ? block : block.parent();
      for (int level = 0; level < HtmlHints.SCORE_LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
        Element a = ancestor;
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        scores.computeIfAbsent(a, ContentScorer::initialScore);
        scores.merge(a, points * share, Double::sum);
      }
    }
    return scores;
  }

  /**
   * A box whose own text is prose, written straight into it between images and line breaks (old
   * CMS templates, no {@code p}), is the container of that prose: it votes for itself first, as
   * if its text were wrapped in a paragraph (Readability wraps such text in {@code p}).
   */
  private static boolean holdsLooseProse(Element block, TextStats stats) {
    return HtmlHints.LOOSE_PROSE_BOXES.contains(block.normalName()) && stats.size(block).own() >= HtmlHints.LOOSE_PROSE_CHARS;
  }

  private static double blockPoints(Element block, TextStats stats) {
    int own = stats.size(block).own();
    return 1 + clauses(block) + Math.min(own / HtmlHints.CHARS_PER_POINT, HtmlHints.MAX_LENGTH_BONUS);
  }

  private static int clauses(Element block) {
    int n = 0;
    for (TextNode t : block.textNodes()) {
      String s = t.getWholeText();
      for (int i = 0; i < s.length(); i++) {
        if (CLAUSE_MARKS.indexOf(s.charAt(i)) >= 0) {
          n++;
        }
      }
    }
    return n;
  }

  private static double initialScore(Element e) {
    double base = switch (e.normalName()) {
      case "article", "main" -> 10;
      case "div", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return base + classWeight(e);
  }

  static double classWeight(Element e) {
    HtmlCleaner.Hint hint = HtmlCleaner.Hint.of(e);
    double w = 0;
    if (hint.positive() || "articleBody".equals(e.attr("itemprop"))) {
      w += HtmlHints.CLASS_WEIGHT;
    }
    if (hint.negative()) {
      w -= HtmlHints.CLASS_WEIGHT;
    }
    return w;
  }

  private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores, TextStats stats) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double threshold = Math.max(HtmlHints.MIN_SIBLING_SCORE, bestScore * HtmlHints.SIBLING_SHARE);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best || scores.getOrDefault(sibling, 0.0) >= threshold || proseParagraph(sibling, stats)) {
        out.add(sibling);
      }
    }
    return out;
  }

  /**
   * A sibling paragraph of prose joins unscored: a {@code p}, or a {@code div} holding the text
   * itself (templates that write paragraphs as divs, with the lead outside the article box).
   */
  private static boolean proseParagraph(Element e, TextStats stats) {
    TextStats.Size s = stats.size(e);
    boolean paragraph = e.nameIs("p") || e.nameIs("div") && s.own() >= HtmlHints.SIBLING_PARAGRAPH_CHARS;
    return paragraph && s.text() >= HtmlHints.SIBLING_PARAGRAPH_CHARS && s.linkDensity() < HtmlHints.SIBLING_MAX_LINK_DENSITY;
  }
}
