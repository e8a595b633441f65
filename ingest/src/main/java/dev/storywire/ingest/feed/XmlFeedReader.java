package dev.storywire.ingest.feed;

import dev.storywire.ingest.feed.FeedResult.NotAFeed;
import dev.storywire.ingest.feed.FeedResult.NotAFeed.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the XML formats: prepares the text safely, parses it strictly and falls back to the lenient
 * parser with bozo set, then hands the tree to {@link XmlFeedModel} by root element.
 */
final class XmlFeedReader {
  private XmlFeedReader() {}

  static FeedResult read(FeedCharsets.Decoded decoded, @Nullable String feedUrl) {
    XmlPreparer.Prepared prepared = XmlPreparer.prepare(decoded.text());
    if (prepared instanceof XmlPreparer.Unsafe unsafe) {
      return new NotAFeed(Kind.UNSAFE, unsafe.reason());
    }
    XmlPreparer.Ready ready = (XmlPreparer.Ready) prepared;
    List<String> bozo = new ArrayList<>();
    addIfPresent(bozo, decoded.bozoReason());
    addIfPresent(bozo, ready.repairs());
    XmlTrees.Outcome outcome = XmlTrees.strict(ready.text());
    if (outcome instanceof XmlTrees.Failed failed && ready.repairs() == null) {
      bozo.add("not well-formed XML: " + failed.reason());
    }
    if (outcome instanceof XmlTrees.Failed) {
      outcome = XmlTrees.lenient(ready.text());
    }
    return switch (outcome) {
      case XmlTrees.TooDeep tooDeep -> new NotAFeed(Kind.UNSAFE,
          "elements nest deeper than " + FeedLimits.MAX_DEPTH + " levels");
      case XmlTrees.Failed failed -> new NotAFeed(Kind.NOT_XML_OR_JSON, "the response is not XML: " + failed.reason());
      case XmlTrees.Built built -> fromRoot(built.root(), decoded.encoding(), ready.doctype(), feedUrl, bozo);
    };
  }

  private static FeedResult fromRoot(XmlElement root, String encoding, @Nullable String doctype,
      @Nullable String feedUrl, List<String> bozo) {
    String name = root.localName.toLowerCase(Locale.ROOT);
    String format = switch (name) {
      case "rss" -> rssVersion(root.attribute("version"), doctype);
      case "rdf" -> rdfVersion(root);
      case "feed" -> atomVersion(root);
      case "channel" -> "cdf";
      default -> null;
    };
    if (format == null) {
      return name.equals("html")
          ? new NotAFeed(Kind.HTML_PAGE, "the response is an HTML page, not a feed")
          : new NotAFeed(Kind.XML_NOT_FEED, "the XML document's root element <" + root.qualifiedName
              + "> is not a feed");
    }
    root.repairText(TextRepair::repair);
    XmlFeedModel model = new XmlFeedModel(feedUrl);
    Feed feed = model.feed(root, format);
    addIfPresent(bozo, model.truncation());
    return new FeedResult.Parsed(feed, encoding, !bozo.isEmpty(), bozo.isEmpty() ? null : String.join("; ", bozo));
  }

  private static String rssVersion(@Nullable String version, @Nullable String doctype) {
    String v = version == null ? "" : version.strip();
    if (v.startsWith("2")) {
      return "rss20";
    }
    return switch (v) {
      case "0.91" -> doctype != null && doctype.toLowerCase(Locale.ROOT).contains("netscape") ? "rss091n" : "rss091u";
      case "0.92" -> "rss092";
      case "0.93" -> "rss093";
      case "0.94" -> "rss094";
      case "0.90", "0.9" -> "rss090";
      default -> "rss";
    };
  }

  /** RSS 0.90 by its namespace: the root's default namespace, or any child's (a 0.90 feed may be empty). */
  private static String rdfVersion(XmlElement root) {
    if (Namespaces.RSS090.equals(root.rawAttributes.get("xmlns"))) {
      return "rss090";
    }
    for (XmlElement child : root.elements()) {
      if (child.namespace.equals(Namespaces.RSS090) || child.namespace.equals(Namespaces.RSS090_CHANNEL)) {
        return "rss090";
      }
    }
    return "rss10";
  }

  private static String atomVersion(XmlElement root) {
    if (root.namespace.equals(Namespaces.ATOM10)) {
      return "atom10";
    }
    String version = root.attribute("version");
    if (version == null) {
      return root.namespace.equals(Namespaces.ATOM03) ? "atom03" : "atom";
    }
    return switch (version.strip()) {
      case "0.1" -> "atom01";
      case "0.2" -> "atom02";
      case "0.3" -> "atom03";
      case "1.0" -> "atom10";
      default -> "atom";
    };
  }

  private static void addIfPresent(List<String> reasons, @Nullable String reason) {
    if (reason != null) {
      reasons.add(reason);
    }
  }
}
