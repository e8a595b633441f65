package dev.storywire.ingest.feed;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * Makes feed text safe and parseable before any XML parser sees it. The DOCTYPE is removed (no DTD
 * is ever loaded); internal entities it declares are kept only while their total expansion stays
 * within {@link FeedLimits#MAX_ENTITY_EXPANSION_CHARS}, computed before anything is expanded, so a
 * billion-laughs document costs microseconds; an external general entity makes the document unsafe.
 * Then every entity reference is rewritten to something any XML parser reads without a DTD: HTML
 * names (common in RSS) become character references, a stray {@code &} becomes {@code &amp;}.
 */
final class XmlPreparer {
  /** The prepared text, or why the document was refused. */
  sealed interface Prepared permits Ready, Unsafe {}

  /**
   * @param repairs what had to be changed to make the text well-formed, or null when nothing did
   * @param doctype the DOCTYPE as written (to tell Netscape RSS 0.91), or null
   */
  record Ready(String text, @Nullable String repairs, @Nullable String doctype) implements Prepared {}

  record Unsafe(String reason) implements Prepared {}

  private static final Pattern DOCTYPE_START = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);

  private static final Pattern ENTITY_DECLARATION = Pattern.compile(
      "<!ENTITY\\s+(%\\s+)?([^\\s%]+)\\s+(?:(SYSTEM|PUBLIC)\\b|\"([^\"]*)\"|'([^']*)')");

  private static final Pattern REFERENCE = Pattern.compile("&([A-Za-z_:][\\w.:-]*);");

  private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+);");

  private static final java.util.Set<String> XML_ENTITIES = java.util.Set.of("amp", "lt", "gt", "quot", "apos");

  /**
   * HTML 4 names whose character HTML5 (jsoup's table) changed. Feeds that use HTML names in XML
   * were written against HTML 4's entity sets, which map the angle brackets to U+2329 and U+232A.
   */
  private static final Map<String, String> HTML4_ENTITIES = Map.of("lang", "\u2329", "rang", "\u232A");

  private XmlPreparer() {}

  static Prepared prepare(String text) {
    int doctypeStart = findDoctype(text);
    if (doctypeStart < 0) {
      return rewriteReferences(text, Map.of(), null);
    }
    int doctypeEnd = doctypeEnd(text, doctypeStart);
    String doctype = text.substring(doctypeStart, doctypeEnd);
    Map<String, String> entities = new LinkedHashMap<>();
    String refusal = readEntities(doctype, entities);
    if (refusal != null) {
      return new Unsafe(refusal);
    }
    String rest = text.substring(0, doctypeStart) + text.substring(doctypeEnd);
    return rewriteReferences(rest, entities, doctype);
  }

  /** A DOCTYPE before the first element, skipping the prolog's comments and instructions. */
  private static int findDoctype(String text) {
    Matcher m = DOCTYPE_START.matcher(text);
    int firstElement = firstElementStart(text);
    while (m.find() && (firstElement < 0 || m.start() < firstElement)) {
      if (text.lastIndexOf("<!--", m.start()) <= text.lastIndexOf("-->", m.start())) {
        return m.start();
      }
    }
    return -1;
  }

  private static int firstElementStart(String text) {
    int i = 0;
    while ((i = text.indexOf('<', i)) >= 0) {
      if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i);
        i = end < 0 ? text.length() : end + 3;
      } else if (i + 1 < text.length() && (text.charAt(i + 1) == '?' || text.charAt(i + 1) == '!')) {
        i++;
      } else {
        return i;
      }
    }
    return -1;
  }

  /** The end of the DOCTYPE: its closing {@code >}, skipping the bracketed internal subset and quotes. */
  private static int doctypeEnd(String text, int start) {
    int depth = 0;
    char quote = 0;
    for (int i = start + 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return i + 1;
      }
    }
    return text.length();
  }

  /** Fills {@code entities} with the internal general entities; returns a refusal, or null. */
  private static @Nullable String readEntities(String doctype, Map<String, String> entities) {
    Matcher m = ENTITY_DECLARATION.matcher(doctype);
    int count = 0;
    while (m.find()) {
      if (++count > FeedLimits.MAX_ENTITY_DECLARATIONS) {
        return "the DTD declares more than " + FeedLimits.MAX_ENTITY_DECLARATIONS + " entities";
      }
      boolean parameter = m.group(1) != null;
      if (m.group(3) != null) {
        if (!parameter) {
          return "the DTD declares an external entity '" + m.group(2) + "'; external entities are never resolved";
        }
      } else if (!parameter) {
        entities.putIfAbsent(m.group(2), m.group(4) != null ? m.group(4) : m.group(5));
      }
    }
    return expansionRefusal(entities);
  }

  private static @Nullable String expansionRefusal(Map<String, String> entities) {
    Map<String, Long> sizes = new HashMap<>();
    long total = 0;
    for (String name : entities.keySet()) {
      total += expandedSize(name, entities, sizes, 0);
      if (total > FeedLimits.MAX_ENTITY_EXPANSION_CHARS) {
        return "the DTD's entities expand to more than " + FeedLimits.MAX_ENTITY_EXPANSION_CHARS
            + " characters (an entity expansion bomb)";
      }
    }
    return null;
  }

  /** Size of the entity once expanded, saturating past the limit; a reference cycle counts as too big. */
  private static long expandedSize(String name, Map<String, String> entities, Map<String, Long> sizes, int depth) {
    Long known = sizes.get(name);
    if (known != null) {
      return known;
    }
    if (depth > FeedLimits.MAX_ENTITY_DECLARATIONS) {
      return Long.MAX_VALUE / 4;
    }
    String value = entities.get(name);
    long size = value.length();
    Matcher m = REFERENCE.matcher(value);
    while (m.find() && size <= FeedLimits.MAX_ENTITY_EXPANSION_CHARS) {
      String inner = m.group(1);
      size += entities.containsKey(inner) ? expandedSize(inner, entities, sizes, depth + 1) : m.group().length();
    }
    long saturated = Math.min(size, FeedLimits.MAX_ENTITY_EXPANSION_CHARS + 1);
    sizes.put(name, saturated);
    return saturated;
  }

  /** Rewrites references outside CDATA sections, comments and processing instructions. */
  private static Prepared rewriteReferences(String text, Map<String, String> entities, @Nullable String doctype) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    Repairs repairs = new Repairs();
    int i = 0;
    while (i < text.length()) {
      int skipEnd = literalEnd(text, i);
      if (skipEnd > i) {
        out.append(text, i, skipEnd);
        i = skipEnd;
      } else if (text.charAt(i) == '&') {
        i = rewriteReference(text, i, entities, out, repairs);
      } else {
        out.append(text.charAt(i++));
      }
    }
    return new Ready(out.toString(), repairs.describe(), doctype);
  }

  /** When {@code i} opens a CDATA section, comment or processing instruction: its end; else {@code i}. */
  private static int literalEnd(String text, int i) {
    if (text.charAt(i) != '<') {
      return i;
    }
    String close = text.startsWith("<![CDATA[", i) ? "]]>"
        : text.startsWith("<!--", i) ? "-->"
        : text.startsWith("<?", i) ? "?>" : null;
    if (close == null) {
      return i;
    }
    int end = text.indexOf(close, i + 2);
    return end < 0 ? text.length() : end + close.length();
  }

  private static int rewriteReference(String text, int i, Map<String, String> entities, StringBuilder out,
      Repairs repairs) {
    Matcher numeric = CHARACTER_REFERENCE.matcher(text).region(i, text.length());
    if (numeric.lookingAt()) {
      out.append(numeric.group());
      return numeric.end();
    }
    Matcher named = REFERENCE.matcher(text).region(i, text.length());
    if (!named.lookingAt()) {
      out.append("&amp;");
      repairs.note("an unescaped '&'");
      return i + 1;
    }
    String name = named.group(1);
    if (XML_ENTITIES.contains(name)) {
      out.append(named.group());
    } else if (entities.containsKey(name)) {
      out.append(expand(name, entities, 0));
    } else if (HTML4_ENTITIES.containsKey(name) || Entities.isNamedEntity(name)) {
      String character = HTML4_ENTITIES.getOrDefault(name, Entities.getByName(name));
      character.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
      repairs.note("the HTML entity &" + name + "; (undeclared in XML)");
    } else {
      out.append("&amp;").append(name).append(';');
      repairs.note("the undeclared entity &" + name + ";");
    }
    return named.end();
  }

  /** The entity's value with its own references expanded; bounded by the size check done earlier. */
  private static String expand(String name, Map<String, String> entities, int depth) {
    String value = entities.get(name);
    if (depth > FeedLimits.MAX_ENTITY_DECLARATIONS) {
      return "";
    }
    Matcher m = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String inner = m.group(1);
      m.appendReplacement(out, Matcher.quoteReplacement(
          entities.containsKey(inner) ? expand(inner, entities, depth + 1) : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The first few repairs made, for the bozo reason. */
  private static final class Repairs {
    private final Map<String, Boolean> seen = new LinkedHashMap<>();

    void note(String what) {
      if (seen.size() < 3) {
        seen.put(what, true);
      }
    }

    @Nullable String describe() {
      return seen.isEmpty() ? null
          : "not well-formed XML: " + String.join(", ", seen.keySet());
    }
  }
}
