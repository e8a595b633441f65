package dev.storywire.ingest.sitemap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a sitemap from its bytes: a sitemaps.org {@code urlset} (with the Google News extension),
 * a {@code sitemapindex}, a text sitemap (one URL a line), any of them gzip-compressed. A pure
 * function: no I/O, never throws for bad content.
 *
 * <p>Which URLs are kept: absolute http(s) URLs of at most {@link #MAX_URL_CHARS} characters on the
 * sitemap's own host ({@code www.} aside, either scheme). sitemaps.org allows other hosts only when
 * that host's robots.txt lists the sitemap, which a pure parser cannot check, so they are dropped.
 * Its path rule (URLs under the sitemap's folder) is not applied: news sites keep sitemaps in
 * {@code /sitemaps/} and list articles everywhere, and search engines accept that from robots.txt.
 *
 * <p>Safety: a DOCTYPE is refused outright (sitemaps have none; it is the door to external
 * entities and entity-expansion bombs), and the sitemaps.org limits apply.
 */
public final class SitemapParser {
  /** sitemaps.org: at most 50,000 URLs per sitemap. The first 50,000 are kept, the rest ignored. */
  public static final int MAX_URLS = 50_000;

  /** sitemaps.org: at most 50 MB (52,428,800 bytes) uncompressed; more is refused, not read. */
  public static final int MAX_UNCOMPRESSED_BYTES = 52_428_800;

  /** sitemaps.org: a {@code loc} is under 2,048 characters; longer ones are dropped. */
  public static final int MAX_URL_CHARS = 2_048;

  private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf");

  private SitemapParser() {}

  /**
   * @param contentType the Content-Type it was served with, or null; only used to tell a text
   *     sitemap from other text
   * @param sitemapUrl where the sitemap was fetched from: its host decides which URLs are kept
   */
  public static Sitemap parse(byte[] bytes, @Nullable String contentType, String sitemapUrl) {
    byte[] content = bytes;
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      content = gunzip(bytes);
      if (content == null) {
        return new Sitemap.Invalid("corrupt gzip data");
      }
    }
    if (content.length > MAX_UNCOMPRESSED_BYTES) {
      return new Sitemap.Invalid("larger than the sitemaps.org limit of 50 MB uncompressed");
    }
    String host = hostOf(sitemapUrl);
    if (host == null) {
      return new Sitemap.Invalid("the sitemap's own URL has no host: " + sitemapUrl);
    }
    String head = head(content);
    if (head.startsWith("<")) {
      return looksLikeHtml(head) ? new Sitemap.Invalid("an HTML page, not a sitemap") : xml(content, host);
    }
    if (head.startsWith("http://") || head.startsWith("https://") || isPlainText(contentType)) {
      return text(content, host);
    }
    return new Sitemap.Invalid("neither XML nor a text sitemap (one URL a line)");
  }

  private static Sitemap text(byte[] content, String host) {
    List<SitemapUrl> urls = new ArrayList<>();
    for (String line : new String(content, StandardCharsets.UTF_8).split("\r?\n|\r")) {
      String loc = kept(line.strip().replace("\uFEFF", ""), host);
      if (loc != null && urls.size() < MAX_URLS) {
        urls.add(SitemapUrl.of(loc));
      }
    }
    return new Sitemap.Urls(urls);
  }

  private static Sitemap xml(byte[] content, String host) {
    try {
      XMLStreamReader xml = factory().createXMLStreamReader(new ByteArrayInputStream(content));
      try {
        return document(xml, host);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      return new Sitemap.Invalid("not well-formed XML: " + firstLine(e.getMessage()));
    }
  }

  private static Sitemap document(XMLStreamReader xml, String host) throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        return new Sitemap.Invalid("has a DOCTYPE: refused (external entities and entity expansion)");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        return root(xml, host);
      }
    }
    return new Sitemap.Invalid("no root element");
  }

  private static Sitemap root(XMLStreamReader xml, String host) throws XMLStreamException {
    String root = xml.getLocalName().toLowerCase(Locale.ROOT);
    if (root.equals("urlset")) {
      return new Sitemap.Urls(new UrlsetReader(xml, host).read());
    }
    if (root.equals("sitemapindex")) {
      return new Sitemap.Index(index(xml, host));
    }
    if (FEED_ROOTS.contains(root)) {
      return new Sitemap.Invalid("an RSS or Atom feed (<" + xml.getLocalName() + ">), not a sitemap: read it as a feed");
    }
    if (root.equals("html")) {
      return new Sitemap.Invalid("an HTML page, not a sitemap");
    }
    return new Sitemap.Invalid("root element <" + xml.getLocalName() + "> is neither urlset nor sitemapindex");
  }

  /** The {@code sitemap/loc} of an index, kept by the same rules as page URLs. */
  private static List<String> index(XMLStreamReader xml, String host) throws XMLStreamException {
    List<String> sitemaps = new ArrayList<>();
    Deque<String> path = new ArrayDeque<>();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        path.push(xml.getLocalName());
        if (path.size() == 2 && path.peek().equals("loc")) {
          String loc = kept(xml.getElementText(), host);
          path.pop();
          if (loc != null && sitemaps.size() < MAX_URLS) {
            sitemaps.add(loc);
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && !path.isEmpty()) {
        path.pop();
      }
    }
    return sitemaps;
  }

  /** Reads the {@code url} elements of a urlset; the fields of one are collected as its elements go by. */
  private static final class UrlsetReader {
    private final XMLStreamReader xml;
    private final String host;
    private final Deque<String> path = new ArrayDeque<>();
    private final List<SitemapUrl> urls = new ArrayList<>();
    private @Nullable String loc;
    private @Nullable Instant lastModified;
    private @Nullable String newsTitle;
    private @Nullable Instant newsPublished;
    private @Nullable String newsLanguage;
    private @Nullable String publicationName;

    UrlsetReader(XMLStreamReader xml, String host) {
      this.xml = xml;
      this.host = host;
    }

    List<SitemapUrl> read() throws XMLStreamException {
      while (xml.hasNext() && urls.size() < MAX_URLS) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          start(xml.getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT && !path.isEmpty()) {
          if (path.pop().equals("url") && path.isEmpty()) {
            finishUrl();
          }
        }
      }
      return urls;
    }

    private void start(String name) throws XMLStreamException {
      String parent = path.peek();
      if (parent == null && name.equals("url")) {
        loc = newsTitle = newsLanguage = publicationName = null;
        lastModified = newsPublished = null;
        path.push(name);
        return;
      }
      if (parent == null) {
        path.push(name);
        return;
      }
      String text = switch (name) {
        case "loc", "lastmod", "title", "publication_date", "name", "language" -> field(parent, name);
        default -> null;
      };
      if (text == null) {
        path.push(name);
      }
    }

    /** Reads the element's text when it is a field we keep here; null (not consumed) otherwise. */
    private @Nullable String field(String parent, String name) throws XMLStreamException {
      boolean ofUrl = parent.equals("url") && (name.equals("loc") || name.equals("lastmod"));
      boolean ofNews = parent.equals("news") && (name.equals("title") || name.equals("publication_date"));
      boolean ofPublication = parent.equals("publication") && (name.equals("name") || name.equals("language"));
      if (!ofUrl && !ofNews && !ofPublication) {
        return null;
      }
      String text = xml.getElementText().strip();
      switch (name) {
        case "loc" -> loc = text;
        case "lastmod" -> lastModified = w3cDate(text);
        case "title" -> newsTitle = text.isEmpty() ? null : text;
        case "publication_date" -> newsPublished = w3cDate(text);
        case "name" -> publicationName = text.isEmpty() ? null : text;
        default -> newsLanguage = text.isEmpty() ? null : text;
      }
      return text;
    }

    private void finishUrl() {
      String kept = loc == null ? null : kept(loc, host);
      if (kept != null) {
        urls.add(new SitemapUrl(kept, lastModified, newsTitle, newsPublished, newsLanguage, publicationName));
      }
    }
  }

  /** The URL when it is kept (see the class comment), else null. */
  static @Nullable String kept(String candidate, String host) {
    String loc = candidate.strip();
    if (loc.isEmpty() || loc.length() > MAX_URL_CHARS) {
      return null;
    }
    try {
      URI uri = new URI(loc);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && host.equals(hostOf(uri)) ? loc : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static @Nullable String hostOf(String url) {
    try {
      return hostOf(new URI(url.strip()));
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static @Nullable String hostOf(URI uri) {
    String host = uri.getHost();
    if (host == null) {
      return null;
    }
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.startsWith("www.") ? lower.substring(4) : lower;
  }

  /**
   * A W3C datetime as sitemaps write it: {@code 2025-08-13}, {@code 2025-08-13T10:00+02:00},
   * with seconds and fractions; one without an offset is taken as UTC.
   *
   * @return null when it is none of these
   */
  static @Nullable Instant w3cDate(String text) {
    String value = text.strip().replace(' ', 'T');
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notDate) {
          return null;
        }
      }
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  private static byte @Nullable [] gunzip(byte[] bytes) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      // one byte past the limit tells "too large" from "exactly at the limit"
      return in.readNBytes(MAX_UNCOMPRESSED_BYTES + 1);
    } catch (IOException e) {
      return null;
    }
  }

  /** The start of the content, lower-cased, without a byte order mark or leading blanks. */
  private static String head(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.UTF_8);
    return head.replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
  }

  private static boolean looksLikeHtml(String head) {
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static boolean isPlainText(@Nullable String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/plain");
  }

  private static String firstLine(@Nullable String message) {
    return message == null ? "" : message.lines().findFirst().orElse("").strip();
  }
}
