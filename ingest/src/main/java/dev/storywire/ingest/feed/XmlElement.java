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

  /**
   * HTML's void elements, written {@code <br />}; every other empty element gets an end tag, as an
   * HTML parser would otherwise leave it open ({@code <div/>} is an open div in HTML).
   */
  private static final java.util.Set<String> VOID_ELEMENTS = java.util.Set.of("area", "base", "br", "col", "embed",
      "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr");

  /**
   * The children written back as markup for HTML: escaped, elements by their local name, attributes
   * sorted so that the result does not depend on which parser read them. An element in another
   * namespace than the one in scope (inline SVG or MathML, however prefixed in the feed) declares it
   * as its default namespace, as HTML expects foreign content; a prefixed attribute ({@code
   * xlink:href}) declares its prefix where it is first used; other declarations are dropped.
   */
  String innerXml() {
    StringBuilder out = new StringBuilder();
    appendChildren(out, inScopeDefaultNamespace(), Map.of());
    return out.toString();
  }

  private void appendChildren(StringBuilder out, String defaultNamespace, Map<String, String> declared) {
    for (Object child : children) {
      if (child instanceof XmlElement e) {
        e.appendXml(out, defaultNamespace, declared);
      } else {
        escape((String) child, false, out);
      }
    }
  }

  private void appendXml(StringBuilder out, String defaultNamespace, Map<String, String> declared) {
    boolean foreign = !namespace.isEmpty() && !namespace.equals(XHTML_NS) && !namespace.equals(defaultNamespace);
    Map<String, String> attributes = new java.util.TreeMap<>();
    Map<String, String> childDeclared = declared;
    if (foreign) {
      attributes.put("xmlns", namespace);
    }
    for (Map.Entry<String, String> attribute : rawAttributes.entrySet()) {
      String key = attribute.getKey();
      if (key.equals("xmlns") || key.startsWith("xmlns:")) {
        continue;
      }
      attributes.put(key, attribute.getValue());
      int colon = key.indexOf(':');
      String prefix = colon > 0 ? key.substring(0, colon) : null;
      String prefixNamespace = prefix == null || prefix.equals("xml") ? null : prefixNamespace(prefix);
      if (prefixNamespace != null && !prefixNamespace.equals(childDeclared.get(prefix))) {
        attributes.put("xmlns:" + prefix, prefixNamespace);
        childDeclared = new java.util.HashMap<>(childDeclared);
        childDeclared.put(prefix, prefixNamespace);
      }
    }
    out.append('<').append(localName);
    attributes.forEach((key, value) -> {
      out.append(' ').append(key).append("=\"");
      escape(value, true, out);
      out.append('"');
    });
    if (children.isEmpty() && VOID_ELEMENTS.contains(localName)) {
      out.append(" />");
      return;
    }
    out.append('>');
    appendChildren(out, foreign ? namespace : defaultNamespace, childDeclared);
    out.append("</").append(localName).append('>');
  }

  /** The default namespace declared here or on the nearest ancestor that declares one; "" when none does. */
  private String inScopeDefaultNamespace() {
    for (XmlElement e = this; e != null; e = e.parent) {
      String declared = e.rawAttributes.get("xmlns");
      if (declared != null) {
        return declared;
      }
    }
    return "";
  }

  /** The namespace {@code prefix} is bound to here, or null when no element up the tree binds it. */
  private @Nullable String prefixNamespace(String prefix) {
    for (XmlElement e = this; e != null; e = e.parent) {
      String declared = e.rawAttributes.get("xmlns:" + prefix);
      if (declared != null) {
        return declared;
      }
    }
    return null;
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
