package dev.storywire.extract.html;

import dev.storywire.extract.text.TextMarkers;
import dev.storywire.model.Link;
import dev.storywire.model.Paragraph;
import dev.storywire.model.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Walks the article containers (iteratively) and emits their text blocks in reading order with
 * roles: headings, body paragraphs, list items, quotes and table rows; skips captions, short
 * link-dense blocks, boilerplate lines and the heading that repeats the title.
 */
final class BlockEmitter implements NodeFilter {
  /** {@link HtmlHints#SKIP_IN_ARTICLE}, parsed once: a query string would be parsed at every element. */
  private static final Evaluator SKIP_IN_ARTICLE = QueryParser.parse(HtmlHints.SKIP_IN_ARTICLE);

  private static final char CELL_SEPARATOR = '\t';

  private static final char SOFT_HYPHEN = '\u00AD';

  private final @Nullable String titleKey;
  private final List<Paragraph> out = new ArrayList<>();
  private final List<Link> related = new ArrayList<>();
  /** The block's first link with an href; its address is resolved only for a related link, the rare block that needs it. */
  private @Nullable Element firstLink;
  private final Deque<Element> open = new ArrayDeque<>();
  /** The root of the tree being walked, which a query is matched against. */
  private Element root;
  private final StringBuilder buffer = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  private @Nullable String last;
  /** Index in {@link #out} of the last heading, while nothing has been kept under it; -1 otherwise. */
  private int openHeading = -1;
  /** Whether a block was dropped under the open heading (a related-links rail under its title). */
  private boolean droppedUnderHeading;

  private BlockEmitter(@Nullable String title) {
    this.titleKey = title == null ? null : key(title);
  }

  /** What the article containers hold: body paragraphs and "read also" links, both in page order. */
  record Blocks(List<Paragraph> paragraphs, List<Link> related) {}

  /** @return the paragraphs of the containers and the related links found among them, in order */
  static Blocks emit(List<Element> containers, @Nullable String title) {
    BlockEmitter emitter = new BlockEmitter(title);
    for (Element c : containers) {
      emitter.root = c.root();
      NodeTraversor.filter(emitter, c);
      emitter.flush();
    }
    emitter.closeHeading();
    return new Blocks(emitter.out, emitter.related);
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      text(t.getWholeText());
    } else if (node instanceof Element e) {
      return enter(e);
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      leave(e);
    }
    return FilterResult.CONTINUE;
  }

  private FilterResult enter(Element e) {
    if (SKIP_IN_ARTICLE.matches(root, e)) { // as e.is(…), without finding the root at every element
      return FilterResult.SKIP_ENTIRELY;
    }
    if (e.nameIs("a")) {
      linkDepth++;
      if (firstLink == null && e.hasAttr("href")) {
        firstLink = e;
      }
    }
    if (HtmlHints.BLOCK_TAGS.contains(e.normalName())) {
      flush();
      open.push(e);
    }
    return FilterResult.CONTINUE;
  }

  private void leave(Element e) {
    if (e.nameIs("a")) {
      linkDepth--;
    } else if (e.nameIs("td") || e.nameIs("th")) {
      buffer.append(CELL_SEPARATOR);
    }
    if (HtmlHints.BLOCK_TAGS.contains(e.normalName())) {
      flush();
      if (!open.isEmpty()) {
        open.pop();
      }
    }
  }

  private void text(String s) {
    buffer.append(s);
    if (linkDepth > 0) {
      linkChars += TextStats.nonSpace(s);
    }
  }

  private void flush() {
    if (buffer.isEmpty()) {
      linkChars = 0;
      firstLink = null;
      return;
    }
    Role role = role();
    String text = normalize(buffer.toString(), role);
    int links = linkChars;
    Element link = firstLink;
    buffer.setLength(0);
    linkChars = 0;
    firstLink = null;
    if (text.isEmpty() || isRelated(text, role, link)) {
      return;
    }
    if (!keep(text, role, links)) {
      droppedUnderHeading |= openHeading >= 0;
      return;
    }
    if (role == Role.HEADING) {
      closeHeading();
      openHeading = out.size();
    } else {
      openHeading = -1;
    }
    out.add(new Paragraph(role, text, null));
    last = text;
  }

  /** A "Read also: …" block is a related link, never body (same prefixes as plain-text captures). */
  private boolean isRelated(String text, Role role, @Nullable Element link) {
    String rest = role == Role.BODY || role == Role.LIST_ITEM ? TextMarkers.afterRelatedPrefix(text) : null;
    if (rest == null || rest.isEmpty()) {
      return false;
    }
    String href = link == null ? null : href(link);
    related.add(new Link(rest, href == null || href.isBlank() ? null : href));
    return true;
  }

  /** The link's absolute address, else its href as written. */
  private static String href(Element link) {
    String absolute = link.absUrl("href");
    return absolute.isEmpty() ? link.attr("href") : absolute;
  }

  /** A heading with nothing kept under it but dropped chrome titled that chrome ("Related stories"). */
  private void closeHeading() {
    if (openHeading >= 0 && droppedUnderHeading && openHeading == out.size() - 1) {
      out.remove(openHeading);
    }
    openHeading = -1;
    droppedUnderHeading = false;
  }

  private boolean keep(String text, Role role, int links) {
    if (text.equals(last) || isChromeLine(text)
        || role == Role.BODY && (isDateline(text) || HtmlHints.CREDIT_LINE.matcher(text).matches())) {
      return false;
    }
    int size = TextStats.nonSpace(text);
    boolean linkDense = size > 0 && (double) links / size > HtmlHints.MAX_BLOCK_LINK_DENSITY;
    if (linkDense && size < HtmlHints.LINK_DENSE_KEEP_CHARS) {
      return false;
    }
    return role != Role.HEADING || titleKey == null || !key(text).equals(titleKey);
  }

  /** Boilerplate labels (bare or decorated), lines of labels, credited captions and newsletter calls. */
  private static boolean isChromeLine(String text) {
    String bare = withoutDecoration(text);
    if (HtmlHints.BOILERPLATE.matcher(text).matches()
        || bare != text && HtmlHints.BOILERPLATE.matcher(bare).matches()) {
      return true;
    }
    return text.length() <= HtmlHints.MAX_LABEL_LINE_CHARS && HtmlHints.LABEL_LINE.matcher(text).matches()
        || text.indexOf('©') >= 0 && HtmlHints.CREDITED_CAPTION.matcher(text).matches()
        || containsFolded(text, HtmlHints.NEWSLETTER_WORD) && HtmlHints.NEWSLETTER_CALL.matcher(text).matches();
  }

  /**
   * Whether {@code text} holds {@code word} (lower case ASCII) as a {@code (?iu)} pattern
   * compares characters (upper-cased, then lower-cased): a text without it cannot match a
   * pattern that requires the word, and skips the regex.
   */
  static boolean containsFolded(String text, String word) {
    int last = text.length() - word.length();
    for (int i = 0; i <= last; i++) {
      int j = 0;
      while (j < word.length() && fold(text.charAt(i + j)) == word.charAt(j)) {
        j++;
      }
      if (j == word.length()) {
        return true;
      }
    }
    return false;
  }

  private static char fold(char c) {
    return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * {@code LABEL_DECORATION.matcher(text).replaceAll("")} ({@link HtmlHints#LABEL_DECORATION}:
   * the run of decoration at the start and the one at the end), without the regex: its end
   * branch is tried at every position of every block. Returns {@code text} itself when there is
   * no decoration. A text ending in a line break is left to the regex ({@code $} also matches
   * before one); blocks never do, as their white space is collapsed.
   */
  static String withoutDecoration(String text) {
    int n = text.length();
    if (n > 0 && lineBreak(text.charAt(n - 1)) || n > 1 && lineBreak(text.charAt(n - 2))) {
      return HtmlHints.LABEL_DECORATION.matcher(text).replaceAll("");
    }
    int start = 0;
    while (start < n && decoration(text.charAt(start))) {
      start++;
    }
    int end = n;
    while (end > start && decoration(text.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == n ? text : text.substring(start, end);
  }

  /** A character of {@link HtmlHints#LABEL_DECORATION}'s class: dashes, stars, bullets, bars and ASCII white space. */
  private static boolean decoration(char c) {
    return c == '-' || c == '–' || c == '—' || c == '*' || c == '•' || c == '|'
        || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The line terminators before which a regex {@code $} also matches. */
  private static boolean lineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isDateline(String text) {
    if (text.length() > HtmlHints.MAX_DATELINE_CHARS) {
      return false;
    }
    var date = dev.storywire.extract.date.DateParser.find(text);
    if (date.isEmpty()) {
      return false;
    }
    String rest = (text.substring(0, date.get().start()) + " " + text.substring(date.get().end())).strip();
    return rest.isEmpty() || rest.split("\\s+").length <= HtmlHints.MAX_DATELINE_EXTRA_WORDS;
  }

  private Role role() {
    boolean quoted = false;
    Role nearest = null;
    for (Element e : open) { // innermost first
      String tag = e.normalName();
      quoted |= tag.equals("blockquote") || tag.equals("q");
      if (nearest == null) {
        nearest = roleOf(tag);
      }
    }
    return quoted ? Role.QUOTE : nearest == null ? Role.BODY : nearest;
  }

  private static @Nullable Role roleOf(String tag) {
    return switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Role.HEADING;
      case "li", "dd", "dt" -> Role.LIST_ITEM;
      case "tr" -> Role.TABLE_ROW;
      case "p", "div", "section", "article", "main", "pre", "address", "center", "blockquote", "body" -> Role.BODY;
      default -> null;
    };
  }

  private static String normalize(String raw, Role role) {
    if (role != Role.TABLE_ROW) {
      return collapse(raw);
    }
    List<String> cells = new ArrayList<>();
    for (String cell : raw.split(String.valueOf(CELL_SEPARATOR))) {
      String c = collapse(cell);
      if (!c.isEmpty()) {
        cells.add(c);
      }
    }
    return String.join(String.valueOf(CELL_SEPARATOR), cells);
  }

  /**
   * Collapses runs of white space (including no-break and zero-width spaces) to one space, trimmed;
   * drops soft hyphens (U+00AD), which only mark where a word may break: the text is the word unbroken.
   */
  private static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == SOFT_HYPHEN) {
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String key(String s) {
    return collapse(s).toLowerCase(Locale.ROOT);
  }
}
