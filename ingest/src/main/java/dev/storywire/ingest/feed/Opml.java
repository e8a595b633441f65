package dev.storywire.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads OPML 1.0 and 2.0 subscription lists (http://opml.org/spec2.opml) leniently, with the same
 * entity safety as feeds, and writes OPML 2.0.
 */
public final class Opml {
  private Opml() {}

  /**
   * The subscriptions in the list, in document order: every outline with an xmlUrl, nested folders
   * joined with "/" as its category when it has no category attribute.
   *
   * @return an empty list when the bytes are not OPML, or unsafe
   */
  public static List<Outline> read(byte[] bytes) {
    if (bytes.length > FeedLimits.MAX_FEED_BYTES) {
      return List.of();
    }
    FeedCharsets.Decoded decoded = FeedCharsets.decode(bytes, null);
    if (!(XmlPreparer.prepare(decoded.text()) instanceof XmlPreparer.Ready ready)) {
      return List.of();
    }
    XmlTrees.Outcome outcome = XmlTrees.strict(ready.text());
    if (outcome instanceof XmlTrees.Failed) {
      outcome = XmlTrees.lenient(ready.text());
    }
    if (!(outcome instanceof XmlTrees.Built built) || !built.root().localName.equalsIgnoreCase("opml")) {
      return List.of();
    }
    List<Outline> out = new ArrayList<>();
    for (XmlElement child : built.root().elements()) {
      if (child.localName.equalsIgnoreCase("body")) {
        collect(child, null, out);
      }
    }
    return List.copyOf(out);
  }

  private static void collect(XmlElement parent, @Nullable String folder, List<Outline> out) {
    for (XmlElement e : parent.elements()) {
      if (!e.localName.equalsIgnoreCase("outline")) {
        continue;
      }
      String title = firstPresent(e.attribute("title"), e.attribute("text"));
      String xmlUrl = firstPresent(e.attribute("xmlUrl"), e.attribute("xmlurl"));
      if (title != null && title.equals(xmlUrl)) {
        title = null; // writers without a title repeat the URL as the required text
      }
      if (xmlUrl != null && out.size() < FeedLimits.MAX_ENTRIES) {
        out.add(new Outline(xmlUrl, title, firstPresent(e.attribute("htmlUrl"), e.attribute("htmlurl")),
            firstPresent(e.attribute("category"), folder)));
      }
      String childFolder = xmlUrl != null || title == null ? folder : folder == null ? title : folder + "/" + title;
      collect(e, childFolder, out);
    }
  }

  /** The list as an OPML 2.0 document in UTF-8, one flat outline per subscription. */
  public static byte[] write(List<Outline> outlines, @Nullable String title, Instant created) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n");
    if (title != null) {
      out.append("    <title>").append(escape(title)).append("</title>\n");
    }
    out.append("    <dateCreated>").append(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)
        .format(created.atOffset(ZoneOffset.UTC))).append("</dateCreated>\n  </head>\n  <body>\n");
    for (Outline o : outlines) {
      String text = o.title() != null ? o.title() : o.xmlUrl();
      out.append("    <outline type=\"rss\" text=\"").append(escape(text)).append('"');
      attribute(out, "title", o.title());
      attribute(out, "xmlUrl", o.xmlUrl());
      attribute(out, "htmlUrl", o.htmlUrl());
      attribute(out, "category", o.category());
      out.append("/>\n");
    }
    return out.append("  </body>\n</opml>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void attribute(StringBuilder out, String name, @Nullable String value) {
    if (value != null) {
      out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }
  }

  /** XML-escaped text, fit for attributes; characters XML 1.0 forbids are dropped. */
  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append("&#10;");
        case '\t' -> out.append("&#9;");
        default -> {
          if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  private static @Nullable String firstPresent(@Nullable String a, @Nullable String b) {
    return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
  }
}
