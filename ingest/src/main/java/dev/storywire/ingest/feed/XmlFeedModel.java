package dev.storywire.ingest.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Maps an element tree of any XML feed format onto {@link Feed}. Like Universal Feed Parser it reads
 * one vocabulary whatever the root: RSS, RDF and Atom names in their namespaces (compared in lower
 * case), Dublin Core, content, media RSS, GeoRSS and the iTunes fields our model has.
 */
final class XmlFeedModel {
  /** Something that reads as markup, so a title given without a type is HTML to be flattened. */
  private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<[a-zA-Z/!][^>]*>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");

  private final @Nullable String feedUrl;
  /** The root's namespace: a feed in an unknown namespace still speaks the core vocabulary. */
  private String rootNamespace = "";
  private final Map<XmlElement, @Nullable String> bases = new HashMap<>();
  private @Nullable String truncation;

  XmlFeedModel(@Nullable String feedUrl) {
    this.feedUrl = feedUrl;
  }

  /** Why entries were dropped, or null when none were. */
  @Nullable String truncation() {
    return truncation;
  }

  Feed feed(XmlElement root, String format) {
    rootNamespace = root.namespace;
    XmlElement channel = root.localName.equalsIgnoreCase("feed") ? root : first(root, "channel");
    if (channel == null) {
      channel = root;
    }
    List<XmlElement> items = new ArrayList<>();
    for (XmlElement container : channel == root ? List.of(root) : List.of(channel, root)) {
      items.addAll(all(container, "item"));
      items.addAll(all(container, "entry"));
    }
    if (items.size() > FeedLimits.MAX_ENTRIES) {
      truncation = "the feed has " + items.size() + " entries; only the first " + FeedLimits.MAX_ENTRIES + " are kept";
      items = items.subList(0, FeedLimits.MAX_ENTRIES);
    }
    List<FeedEntry> entries = new ArrayList<>(items.size());
    for (XmlElement item : items) {
      entries.add(entry(item));
    }
    return new Feed(format, title(channel), link(channel), feedDescription(channel), feedLanguage(root, channel),
        feedUpdated(channel), generator(channel), feedImage(channel), entries);
  }

  private FeedEntry entry(XmlElement item) {
    String id = id(item);
    String link = link(item);
    XmlElement guid = first(item, "guid");
    if (link == null && guid != null && !"false".equalsIgnoreCase(guid.attribute("isPermaLink"))) {
      link = id != null && id.contains(":") ? resolve(base(guid), id) : null;
    }
    String publishedRaw = firstText(item, List.of(core("pubdate"), core("published"), core("issued"),
        ns(Namespaces.DCTERMS, "issued"), ns(Namespaces.DCTERMS, "created"), core("created"), ns(Namespaces.DC, "date")));
    String updatedRaw = firstText(item, List.of(core("updated"), core("modified"), ns(Namespaces.DCTERMS, "modified"),
        ns(Namespaces.DC, "date")));
    if (updatedRaw == null) {
      updatedRaw = item.attribute("LASTMOD");
    }
    Media media = media(item);
    return new FeedEntry(id, title(item), link, summary(item), content(item), FeedDates.parse(publishedRaw),
        publishedRaw, FeedDates.parse(updatedRaw), authors(item), categories(item), media.enclosures,
        media.image, entryLanguage(item), GeoReader.point(item));
  }

  // ---- fields

  private @Nullable String title(XmlElement e) {
    XmlElement t = first(e, "title");
    if (t == null) {
      t = firstOf(e, List.of(ns(Namespaces.DC, "title"), ns(Namespaces.MEDIA, "title")));
    }
    return t == null ? null : plain(t);
  }

  private @Nullable String id(XmlElement e) {
    XmlElement id = firstOf(e, List.of(core("guid"), core("id")));
    if (id == null) {
      return e.attribute(Namespaces.RDF, "about");
    }
    String text = emptyToNull(id.text().strip());
    return text != null && lower(id).equals("id") && isRelativeReference(text) ? resolve(base(id), text) : text;
  }

  /**
   * An Atom id is an IRI (RFC 4287, section 4.2.6) within xml:base's scope (section 2), so one
   * written as a path ({@code /2024/05/story}, {@code ../story}) is resolved like a link. Bare
   * tokens ({@code abc}) are opaque ids that broke the rule differently and stay as given, as do
   * RSS guids.
   */
  private static boolean isRelativeReference(String text) {
    return text.startsWith("/") || text.startsWith("./") || text.startsWith("../");
  }

  /** The RSS link text, else the Atom alternate link (HTML preferred), resolved. */
  private @Nullable String link(XmlElement e) {
    XmlElement alternate = null;
    for (XmlElement l : all(e, "link")) {
      if (!isAlternate(l)) {
        continue;
      }
      String href = l.attribute("href");
      if (href == null) {
        String text = l.text().strip();
        if (!text.isEmpty()) {
          return resolve(base(l), text);
        }
        continue;
      }
      String type = l.attribute("type");
      if (alternate == null || (type != null && type.contains("html") && !isHtml(alternate.attribute("type")))) {
        alternate = l;
      }
    }
    if (alternate != null) {
      return resolve(base(alternate), alternate.attribute("href").strip());
    }
    String cdfHref = e.attribute("HREF");
    return cdfHref == null ? null : resolve(base(e), cdfHref.strip());
  }

  /** An RSS link or an Atom link to the entry's page: no rel, or rel="alternate" (never enclosure, self, ...). */
  private static boolean isAlternate(XmlElement link) {
    String rel = link.attribute("rel");
    return rel == null || rel.strip().equalsIgnoreCase("alternate");
  }

  private static boolean isHtml(@Nullable String type) {
    return type != null && type.contains("html");
  }

  private @Nullable String summary(XmlElement e) {
    return markup(firstOf(e, List.of(core("description"), core("summary"), core("abstract"), ns(Namespaces.DC, "description"),
        ns(Namespaces.ITUNES, "summary"), ns(Namespaces.ITUNES, "subtitle"), ns(Namespaces.MEDIA, "description"))));
  }

  private @Nullable String content(XmlElement e) {
    return markup(firstOf(e, List.of(ns(Namespaces.CONTENT, "encoded"), core("content"), core("body"),
        core("fullitem"))));
  }

  private @Nullable String feedDescription(XmlElement e) {
    return markup(firstOf(e, List.of(core("description"), core("subtitle"), core("tagline"), core("abstract"),
        ns(Namespaces.DC, "description"), ns(Namespaces.ITUNES, "summary"), ns(Namespaces.ITUNES, "subtitle"))));
  }

  private @Nullable String feedLanguage(XmlElement root, XmlElement channel) {
    String declared = firstText(channel, List.of(core("language"), ns(Namespaces.DC, "language")));
    String language = declared != null ? declared : channel.inheritedLanguage();
    return language == null ? null : language.replace('_', '-');
  }

  private @Nullable String entryLanguage(XmlElement item) {
    String declared = firstText(item, List.of(ns(Namespaces.DC, "language"), core("language")));
    return declared != null ? declared : item.inheritedLanguage();
  }

  private @Nullable Instant feedUpdated(XmlElement e) {
    String raw = firstText(e, List.of(core("lastbuilddate"), core("updated"), core("modified"),
        ns(Namespaces.DCTERMS, "modified"), ns(Namespaces.DC, "date"), core("pubdate"), core("published"),
        core("issued")));
    return FeedDates.parse(raw != null ? raw : e.attribute("LASTMOD"));
  }

  private @Nullable String generator(XmlElement e) {
    XmlElement g = firstOf(e, List.of(core("generator"), ns("http://webns.net/mvcb/", "generatorAgent")));
    if (g == null) {
      return null;
    }
    String text = emptyToNull(g.text().strip());
    return text != null ? text : g.attribute(Namespaces.RDF, "resource");
  }

  private @Nullable String feedImage(XmlElement e) {
    XmlElement image = first(e, "image");
    if (image != null) {
      String url = firstText(image, List.of(core("url")));
      String href = url != null ? url : image.attribute("href");
      if (href == null) {
        href = image.attribute(Namespaces.RDF, "resource");
      }
      if (href != null) {
        return resolve(base(image), href.strip());
      }
    }
    for (XmlElement child : e.elements()) {
      String itunes = itunesImage(child);
      if (itunes != null) {
        return itunes;
      }
    }
    XmlElement logo = firstOf(e, List.of(core("logo"), core("icon")));
    return logo == null ? null : resolve(base(logo), logo.text().strip());
  }

  private List<String> authors(XmlElement e) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (XmlElement child : e.elements()) {
      String name = lower(child);
      boolean core = isCore(child);
      String ns = Namespaces.canonical(child.namespace);
      if (core && name.equals("author") && child.hasElementChildren()) {
        addIfPresent(out, firstText(child, List.of(core("name"), core("email"))));
      } else if ((core && (name.equals("author") || name.equals("managingeditor")))
          || (ns.equals(Namespaces.DC) && (name.equals("creator") || name.equals("author")))
          || (ns.equals(Namespaces.ITUNES) && name.equals("author"))) {
        addIfPresent(out, emptyToNull(child.text().strip()));
      }
    }
    return List.copyOf(out);
  }

  private List<String> categories(XmlElement e) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (XmlElement child : e.elements()) {
      String name = lower(child);
      String ns = Namespaces.canonical(child.namespace);
      if (isCore(child) && name.equals("category")) {
        String term = child.attribute("term");
        addIfPresent(out, emptyToNull((term != null ? term : child.text()).strip()));
      } else if ((ns.equals(Namespaces.DC) && name.equals("subject")) || (ns.equals(Namespaces.MEDIA) && name.equals("category"))) {
        addIfPresent(out, emptyToNull(child.text().strip()));
      } else if (ns.equals(Namespaces.ITUNES) && name.equals("category")) {
        addItunesCategories(child, out);
      } else if (ns.equals(Namespaces.ITUNES) && name.equals("keywords")) {
        for (String keyword : child.text().split(",")) {
          addIfPresent(out, emptyToNull(keyword.strip()));
        }
      }
    }
    return List.copyOf(out);
  }

  /** An {@code itunes:category text="..."} and the subcategories nested in it, outermost first. */
  private static void addItunesCategories(XmlElement category, LinkedHashSet<String> out) {
    String text = category.attribute("text");
    addIfPresent(out, text == null ? null : emptyToNull(text.strip()));
    for (XmlElement sub : category.elements()) {
      if (Namespaces.canonical(sub.namespace).equals(Namespaces.ITUNES) && lower(sub).equals("category")) {
        addItunesCategories(sub, out);
      }
    }
  }

  /** Enclosures and a picture: RSS enclosure, Atom enclosure links, media:content and media:thumbnail. */
  private record Media(List<Enclosure> enclosures, @Nullable String image) {}

  private Media media(XmlElement item) {
    List<Enclosure> enclosures = new ArrayList<>();
    String thumbnail = null;
    String image = null;
    List<XmlElement> candidates = new ArrayList<>(item.elements());
    for (XmlElement group : allOf(item, ns(Namespaces.MEDIA, "group"))) {
      candidates.addAll(group.elements());
    }
    for (XmlElement child : candidates) {
      String name = lower(child);
      String ns = Namespaces.canonical(child.namespace);
      Enclosure enclosure = null;
      if (isCore(child) && name.equals("enclosure")) {
        enclosure = enclosure(child, child.attribute("url"), child.attribute("type"), child.attribute("length"));
      } else if (isCore(child) && name.equals("link") && "enclosure".equals(child.attribute("rel"))) {
        enclosure = enclosure(child, child.attribute("href"), child.attribute("type"), child.attribute("length"));
      } else if (ns.equals(Namespaces.MEDIA) && name.equals("content")) {
        enclosure = enclosure(child, child.attribute("url"), child.attribute("type"), child.attribute("fileSize"));
        if (enclosure != null && image == null && "image".equals(child.attribute("medium"))) {
          image = enclosure.url();
        }
      } else if (ns.equals(Namespaces.MEDIA) && name.equals("thumbnail") && thumbnail == null) {
        thumbnail = resolveAttribute(child, "url");
      } else if (image == null) {
        image = itunesImage(child);
      }
      if (enclosure != null && !containsUrl(enclosures, enclosure.url())) {
        enclosures.add(enclosure);
      }
      if (enclosure != null && image == null && enclosure.type() != null && enclosure.type().startsWith("image/")) {
        image = enclosure.url();
      }
    }
    return new Media(enclosures, thumbnail != null ? thumbnail : image);
  }

  /**
   * The picture an iTunes element names: {@code itunes:image} with {@code href} (the documented
   * form) or {@code url} (common in the wild), or {@code itunes:link rel="image"}; else null.
   */
  private @Nullable String itunesImage(XmlElement e) {
    if (!Namespaces.canonical(e.namespace).equals(Namespaces.ITUNES)) {
      return null;
    }
    String name = lower(e);
    if (name.equals("image")) {
      String href = resolveAttribute(e, "href");
      return href != null ? href : resolveAttribute(e, "url");
    }
    return name.equals("link") && "image".equalsIgnoreCase(e.attribute("rel")) ? resolveAttribute(e, "href") : null;
  }

  private static boolean containsUrl(List<Enclosure> enclosures, String url) {
    return enclosures.stream().anyMatch(x -> x.url().equals(url));
  }

  private @Nullable Enclosure enclosure(XmlElement e, @Nullable String url, @Nullable String type,
      @Nullable String length) {
    if (url == null || url.isBlank()) {
      return null;
    }
    return new Enclosure(resolve(base(e), url.strip()), emptyToNull(type == null ? null : type.strip()), parseLength(length));
  }

  private static @Nullable Long parseLength(@Nullable String length) {
    try {
      return length == null ? null : Long.valueOf(length.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private @Nullable String resolveAttribute(XmlElement e, String attribute) {
    String value = e.attribute(attribute);
    return value == null || value.isBlank() ? null : resolve(base(e), value.strip());
  }

  // ---- text constructs

  /** Plain text of a title-like element: markup flattened when the element says or looks HTML. */
  private @Nullable String plain(XmlElement e) {
    String type = lowerAttribute(e, "type");
    String value = value(e);
    if (value == null) {
      return null;
    }
    boolean html = type.contains("html")
        || (!type.equals("text") && !type.equals("text/plain") && LOOKS_LIKE_HTML.matcher(value).find());
    String text = html ? Jsoup.parse(value).text() : value;
    return emptyToNull(text.strip());
  }

  /** HTML or text of a description-like element, as given; relative links inside are resolved. */
  private @Nullable String markup(@Nullable XmlElement e) {
    if (e == null) {
      return null;
    }
    String value = value(e);
    return value == null ? null : TextRepair.normalizeCharacterReferences(RelativeLinks.resolve(value, base(e)));
  }

  /**
   * The value of a text construct: Atom {@code type="xhtml"} and naked markup are re-serialized,
   * Atom 0.3 {@code mode="base64"} is decoded, everything else is its character data.
   */
  private static @Nullable String value(XmlElement e) {
    String type = lowerAttribute(e, "type");
    String mode = lowerAttribute(e, "mode");
    String value;
    if (mode.equals("base64") || isBinaryType(type)) {
      value = base64(e.text());
    } else if (type.equals("xhtml") || type.equals("application/xhtml+xml") || mode.equals("xml")
        || e.hasElementChildren()) {
      value = type.equals("xhtml") ? unwrapDiv(e) : e.innerXml();
    } else {
      value = e.text();
    }
    return emptyToNull(value.strip());
  }

  /** Atom 1.0 section 3.1.1.3: a MIME type that is neither text nor XML means base64 content. */
  private static boolean isBinaryType(String type) {
    return !type.isEmpty() && type.contains("/") && !type.startsWith("text/") && !type.endsWith("+xml")
        && !type.endsWith("/xml") && !type.contains("html");
  }

  /** Atom 1.0 section 3.1.1.3: xhtml content is wrapped in one div that is not part of it. */
  private static String unwrapDiv(XmlElement e) {
    List<XmlElement> elements = e.elements();
    boolean wrapped = elements.size() == 1 && elements.getFirst().localName.equals("div")
        && elements.getFirst().namespace.equals(XmlElement.XHTML_NS)
        && e.children.stream().allMatch(c -> c instanceof XmlElement || ((String) c).isBlank());
    return wrapped ? elements.getFirst().innerXml() : e.innerXml();
  }

  private static String base64(String text) {
    try {
      return new String(Base64.getMimeDecoder().decode(text.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  // ---- URLs

  /** The base URI in effect at {@code e}: xml:base attributes down from the feed URL. */
  private @Nullable String base(@Nullable XmlElement e) {
    if (e == null) {
      return feedUrl;
    }
    if (bases.containsKey(e)) {
      return bases.get(e);
    }
    String parent = base(e.parent);
    String own = e.attribute("xml:base");
    String base = own == null ? parent : resolve(parent, own.strip());
    bases.put(e, base);
    return base;
  }

  /** {@code ref} made absolute against {@code base}; as given when either is not a usable URI. */
  static String resolve(@Nullable String base, String ref) {
    if (base == null || base.isBlank()) {
      return ref;
    }
    try {
      URI baseUri = new URI(base.strip().replace(" ", "%20"));
      if (!baseUri.isAbsolute()) {
        return ref;
      }
      URI refUri = new URI(ref.replace(" ", "%20"));
      if (refUri.isAbsolute()) {
        return ref;
      }
      if (ref.isEmpty()) {
        return baseUri.toString();
      }
      String resolved = (baseUri.getPath() == null || baseUri.getPath().isEmpty()
          ? baseUri.resolve("/") : baseUri).resolve(refUri).toString();
      return resolved;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return ref;
    }
  }

  // ---- element lookup

  /** A name in a namespace; {@code null} namespace means the core vocabulary. */
  private record Name(@Nullable String namespace, String local) {}

  private static Name core(String local) {
    return new Name(null, local);
  }

  private static Name ns(String namespace, String local) {
    return new Name(namespace, local.toLowerCase(Locale.ROOT));
  }

  private boolean matches(XmlElement e, Name name) {
    if (!lower(e).equals(name.local())) {
      return false;
    }
    return name.namespace() == null ? isCore(e) : Namespaces.canonical(e.namespace).equals(name.namespace());
  }

  private boolean isCore(XmlElement e) {
    return Namespaces.CORE.contains(e.namespace) || e.namespace.equals(rootNamespace);
  }

  private static String lower(XmlElement e) {
    return e.localName.toLowerCase(Locale.ROOT);
  }

  private @Nullable XmlElement first(XmlElement parent, String coreName) {
    return firstOf(parent, List.of(core(coreName)));
  }

  /** The first child matching the earliest name in {@code names} that any child matches. */
  private @Nullable XmlElement firstOf(XmlElement parent, List<Name> names) {
    for (Name name : names) {
      for (XmlElement child : parent.elements()) {
        if (matches(child, name)) {
          return child;
        }
      }
    }
    return null;
  }

  private List<XmlElement> all(XmlElement parent, String coreName) {
    return allOf(parent, core(coreName));
  }

  private List<XmlElement> allOf(XmlElement parent, Name name) {
    return parent.elements().stream().filter(child -> matches(child, name)).toList();
  }

  private @Nullable String firstText(XmlElement parent, List<Name> names) {
    for (Name name : names) {
      for (XmlElement child : parent.elements()) {
        if (matches(child, name)) {
          String text = emptyToNull(child.text().strip());
          if (text != null) {
            return text;
          }
        }
      }
    }
    return null;
  }

  private static String lowerAttribute(XmlElement e, String name) {
    String value = e.attribute(name);
    return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
  }

  private static void addIfPresent(LinkedHashSet<String> set, @Nullable String value) {
    if (value != null) {
      set.add(value);
    }
  }

  private static @Nullable String emptyToNull(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
