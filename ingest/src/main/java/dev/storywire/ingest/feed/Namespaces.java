package dev.storywire.ingest.feed;

import java.util.Set;

/** Namespace URIs of the feed formats and extensions we read. */
final class Namespaces {
  static final String ATOM10 = "http://www.w3.org/2005/Atom";
  static final String ATOM03 = "http://purl.org/atom/ns#";
  static final String RSS10 = "http://purl.org/rss/1.0/";
  static final String RSS090 = "http://my.netscape.com/rdf/simple/0.9/";
  static final String RSS090_CHANNEL = "http://channel.netscape.com/rdf/simple/0.9/";
  static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String DCTERMS = "http://purl.org/dc/terms/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String MEDIA = "http://search.yahoo.com/mrss/";
  static final String GEORSS = "http://www.georss.org/georss";
  static final String GML = "http://www.opengis.net/gml";
  static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
  static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";

  /**
   * Namespaces whose elements are read as the core vocabulary, whatever the root: feed readers
   * have always treated an atom:title in RSS or an RSS 1.0 title alike (names compared in lower case).
   */
  static final Set<String> CORE = Set.of("", ATOM10, ATOM03, RSS10, RSS090, RSS090_CHANNEL,
      "http://purl.org/rss/1.0/modules/rss091#", "http://backend.userland.com/rss2",
      "http://blogs.law.harvard.edu/tech/rss", "http://backend.userland.com/rss", XmlElement.XHTML_NS);

  /** Older or misspelt URIs publishers use for the same vocabularies. */
  static String canonical(String ns) {
    if (ns.equalsIgnoreCase(ITUNES)) {
      return ITUNES;
    }
    return switch (ns) {
      case "http://purl.org/dc/elements/1.0/" -> DC;
      case "http://search.yahoo.com/mrss" -> MEDIA;
      case "http://example.com/DTDs/PodCast-1.0.dtd", "https://www.itunes.com/dtds/podcast-1.0.dtd" -> ITUNES;
      default -> ns;
    };
  }

  private Namespaces() {}
}
