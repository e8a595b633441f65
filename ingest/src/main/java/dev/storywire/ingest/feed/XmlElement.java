package dev.storywire.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A minimal namespace-resolved element tree, built by both the strict and the lenient XML reader so
 * that one set of format readers serves both.
 */
final class XmlElement {
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  final String namespace;
  final String qualifiedName;
  final String localName;
  /** Attributes by {@link #attributeKey}; xml:base is {@code xml:base}, unqualified ones are bare. */
  final Map<String, String> attributes = new LinkedHashMap<>();
  /** Attributes as written (qualified names, xmlns declarations included), for re-serializing. */
  final Map<String, String> rawAttributes = new LinkedHashMap<>();
  /** {@link XmlElement} and {@link String} text, in document order. */
  final List<Object> children = new ArrayList<>();
  @Nullable XmlElement parent;

  XmlElement(String namespace, String qualifiedName, String localName) {
    this.namespace = namespace;
    this.qualifiedName = qualifiedName;
    this.localName = localName;
  }

  static String attributeKey(String namespace, String localName) {
    if (namespace.isEmpty()) {
      return localName;
    }
    return namespace.equals(XML_NS) ? "xml:" + localName : "{" + namespace + "}" + localName;
  }

  @Nullable String attribute(String key) {
    return attributes.get(key);
  }

  @Nullable String attribute(String namespace, String localName) {
    return attributes.get(attributeKey(namespace, localName));
  }

  /** The nearest xml:lang of this element or an ancestor, or null. */
  @Nullable String inheritedLanguage() {
    for (XmlElement e = this; e != null; e = e.parent) {
      String lang = e.attribute("xml:lang");
      if (lang != null) {
        return lang.isBlank() ? null : lang;
      }
    }
    return null;
  }

  List<XmlElement> elements() {
    List<XmlElement> out = new ArrayList<>();
    for (Object child : children) {
      if (child instanceof XmlElement e) {
        out.add(e);
      }
    }
    return out;
  }

  boolean hasElementChildren() {
    return children.stream().anyMatch(XmlElement.class::isInstance);
  }

  /** All character data inside, markup dropped. */
  String text() {
    StringBuilder out = new StringBuilder();
    appendText(out);
    return out.toString();
  }

  private void appendText(StringBuilder out) {
    for (Object child : children) {
      if (child instanceof XmlElement e) {
        e.appendText(out);
      } else {
        out.append((String) child);
      }
    }
  }

  /** The children written back as markup, escaped; XHTML elements lose their namespace declaration. */
  String innerXml() {
    StringBuilder out = new StringBuilder();
    for (Object child : children) {
      if (child instanceof XmlElement e) {
        e.appendXml(out);
      } else {
        escape((String) child, false, out);
      }
    }
    return out.toString();
  }

  private void appendXml(StringBuilder out) {
    String name = namespace.equals(XHTML_NS) ? localName : qualifiedName;
    out.append('<').append(name);
    // sorted, so that serialization does not depend on which parser read the element
    new java.util.TreeMap<>(rawAttributes).forEach((key, value) -> {
      if (!(key.equals("xmlns") && value.equals(XHTML_NS)) && !key.startsWith("xmlns:xhtml")) {
        out.append(' ').append(key).append("=\"");
        escape(value, true, out);
        out.append('"');
      }
    });
    if (children.isEmpty()) {
      out.append(" />");
      return;
    }
    out.append('>').append(innerXml()).append("</").append(name).append('>');
  }

  private static void escape(String text, boolean attribute, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
  }

  /** Rewrites every text node of this subtree with {@code repair}. */
  void repairText(java.util.function.UnaryOperator<String> repair) {
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i) instanceof XmlElement e) {
        e.repairText(repair);
      } else {
        children.set(i, repair.apply((String) children.get(i)));
      }
    }
  }

  void add(Object child) {
    if (child instanceof XmlElement e) {
      e.parent = this;
    } else if (!children.isEmpty() && children.getLast() instanceof String previous) {
      children.set(children.size() - 1, previous + child);
      return;
    }
    children.add(Objects.requireNonNull(child));
  }
}
