package dev.storywire.ingest.feed;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link XmlElement} trees: strictly with the JDK's StAX parser (DTDs and external entities
 * off), or leniently with jsoup's XML parser, which accepts anything and resolves namespaces here.
 */
final class XmlTrees {
  /** A tree, or why it could not be built. */
  sealed interface Outcome permits Built, Failed, TooDeep {}

  record Built(XmlElement root) implements Outcome {}

  record Failed(String reason) implements Outcome {}

  record TooDeep() implements Outcome {}

  /**
   * Prefixes feeds use without declaring them, with the namespace everyone means by them; the
   * lenient reader falls back to these, as feed readers have always done.
   */
  private static final Map<String, String> CONVENTIONAL_PREFIXES = Map.of(
      "dc", Namespaces.DC, "content", Namespaces.CONTENT, "media", Namespaces.MEDIA,
      "georss", Namespaces.GEORSS, "itunes", Namespaces.ITUNES, "atom", Namespaces.ATOM10,
      "rdf", Namespaces.RDF, "gml", Namespaces.GML, "xml", XmlElement.XML_NS, "dcterms", Namespaces.DCTERMS);

  private static final XMLInputFactory FACTORY = secureFactory();

  private XmlTrees() {}

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external resources are never loaded: " + systemId);
    });
    return factory;
  }

  static Outcome strict(String text) {
    XMLStreamReader reader = null;
    try {
      reader = FACTORY.createXMLStreamReader(new StringReader(text));
      return readStrict(reader);
    } catch (XMLStreamException | RuntimeException e) {
      return new Failed(firstLine(e.getMessage()));
    } finally {
      close(reader);
    }
  }

  private static Outcome readStrict(XMLStreamReader reader) throws XMLStreamException {
    Deque<XmlElement> open = new ArrayDeque<>();
    XmlElement root = null;
    while (reader.hasNext()) {
      switch (reader.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (open.size() >= FeedLimits.MAX_DEPTH) {
            return new TooDeep();
          }
          XmlElement e = startElement(reader);
          if (open.isEmpty()) {
            root = e;
          } else {
            open.peek().add(e);
          }
          open.push(e);
        }
        case XMLStreamConstants.END_ELEMENT -> open.pop();
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!open.isEmpty()) {
            open.peek().add(reader.getText());
          }
        }
        default -> { }
      }
    }
    return root == null ? new Failed("no root element") : new Built(root);
  }

  private static XmlElement startElement(XMLStreamReader reader) {
    String ns = nullToEmpty(reader.getNamespaceURI());
    String prefix = nullToEmpty(reader.getPrefix());
    String local = reader.getLocalName();
    XmlElement e = new XmlElement(ns, prefix.isEmpty() ? local : prefix + ":" + local, local);
    for (int i = 0; i < reader.getNamespaceCount(); i++) {
      String p = reader.getNamespacePrefix(i);
      e.rawAttributes.put(p == null || p.isEmpty() ? "xmlns" : "xmlns:" + p, nullToEmpty(reader.getNamespaceURI(i)));
    }
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String aNs = nullToEmpty(reader.getAttributeNamespace(i));
      String aPrefix = nullToEmpty(reader.getAttributePrefix(i));
      String aLocal = reader.getAttributeLocalName(i);
      String value = reader.getAttributeValue(i);
      e.attributes.put(XmlElement.attributeKey(aNs, aLocal), value);
      e.rawAttributes.put(aPrefix.isEmpty() ? aLocal : aPrefix + ":" + aLocal, value);
    }
    return e;
  }

  /** Reads anything as XML; never fails on bad markup, only on absurd nesting. */
  static Outcome lenient(String text) {
    Document doc = Jsoup.parse(text, "", Parser.xmlParser());
    Element first = doc.children().first();
    if (first == null) {
      return new Failed("no root element");
    }
    XmlElement root = convert(first, Map.of(), 0);
    return root == null ? new TooDeep() : new Built(root);
  }

  private static @Nullable XmlElement convert(Element source, Map<String, String> inScope, int depth) {
    if (depth >= FeedLimits.MAX_DEPTH) {
      return null;
    }
    Map<String, String> scope = declarations(source, inScope);
    String qname = source.tagName();
    int colon = qname.indexOf(':');
    String prefix = colon > 0 ? qname.substring(0, colon) : "";
    XmlElement e = new XmlElement(resolve(prefix, scope), qname, colon > 0 ? qname.substring(colon + 1) : qname);
    for (Attribute a : source.attributes()) {
      e.rawAttributes.put(a.getKey(), a.getValue());
      if (!a.getKey().startsWith("xmlns")) {
        int c = a.getKey().indexOf(':');
        String aNs = c > 0 ? resolve(a.getKey().substring(0, c), scope) : "";
        e.attributes.put(XmlElement.attributeKey(aNs, a.getKey().substring(c + 1)), a.getValue());
      }
    }
    for (Node child : source.childNodes()) {
      if (child instanceof Element element) {
        XmlElement converted = convert(element, scope, depth + 1);
        if (converted == null) {
          return null;
        }
        e.add(converted);
      } else if (child instanceof CDataNode cdata) {
        e.add(cdata.text());
      } else if (child instanceof TextNode textNode) {
        e.add(textNode.getWholeText());
      }
    }
    return e;
  }

  private static Map<String, String> declarations(Element source, Map<String, String> inScope) {
    Map<String, String> scope = null;
    for (Attribute a : source.attributes()) {
      String key = a.getKey();
      if (key.equals("xmlns") || key.startsWith("xmlns:")) {
        if (scope == null) {
          scope = new HashMap<>(inScope);
        }
        scope.put(key.equals("xmlns") ? "" : key.substring(6), a.getValue());
      }
    }
    return scope == null ? inScope : scope;
  }

  private static String resolve(String prefix, Map<String, String> scope) {
    String ns = scope.get(prefix);
    if (ns != null) {
      return ns;
    }
    if (prefix.equals("xml")) {
      return XMLConstants.XML_NS_URI;
    }
    return CONVENTIONAL_PREFIXES.getOrDefault(prefix.toLowerCase(java.util.Locale.ROOT), prefix.isEmpty() ? "" : prefix);
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "not well-formed XML";
    }
    String line = message.strip().lines().reduce((a, b) -> b).orElse(message);
    return line.startsWith("Message: ") ? line.substring(9) : line;
  }

  private static void close(@Nullable XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // nothing was opened that needs releasing
      }
    }
  }
}
