package dev.storywire.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A small HTML writer. Text and attribute values always pass through {@link #escape}, the one
 * escaping function; tag and attribute names are constants of this package, never input.
 */
final class Html {

  /**
   * Languages written right to left. The brief's four plus the other RTL languages that
   * language identifiers commonly report (Pashto, Yiddish, Sindhi, Uyghur, Dhivehi, Kurdish).
   */
  static final Set<String> RTL_LANGUAGES = Set.of("ar", "fa", "he", "iw", "ur", "ps", "yi", "sd", "ug", "dv", "ckb");

  /** What a BCP 47 tag looks like; anything else is not a language and is not written as one. */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  /** Link targets we write into {@code href}: web pages only, never {@code javascript:}. */
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https");

  private final StringBuilder out = new StringBuilder(4_096);

  /**
   * Escapes text for use in HTML text and in double- or single-quoted attribute values.
   * Control characters that HTML forbids (other than tab, newline, carriage return) are dropped.
   */
  static String escape(@Nullable String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /** @return the text direction for text in {@code lang}: {@code rtl}, or {@code auto} */
  static String dir(@Nullable String lang) {
    String tag = languageTag(lang);
    String primary = tag.split("-", 2)[0];
    return RTL_LANGUAGES.contains(primary) ? "rtl" : "auto";
  }

  /** @return {@code lang} when it is a language tag, else {@code ""} (HTML's "unknown language") */
  static String languageTag(@Nullable String lang) {
    if (lang == null || !LANGUAGE_TAG.matcher(lang).matches()) {
      return "";
    }
    return lang.toLowerCase(Locale.ROOT);
  }

  /** @return {@code url} when it is an absolute http(s) URL that is safe to link to, or null */
  static @Nullable String safeHref(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null || !LINK_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
        return null;
      }
      return uri.toASCIIString();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Percent-encodes one path segment (an id) for use in a link of our own. */
  static String pathSegment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Percent-encodes a query parameter value. */
  static String queryValue(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Writes markup of our own, verbatim. Only for constants: never pass input here. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Opens {@code tag} with attributes given as name, value pairs; null values are left out. */
  Html open(String tag, @Nullable String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(escape(value)).append('"');
      }
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Writes escaped text. */
  Html text(@Nullable String text) {
    out.append(escape(text));
    return this;
  }

  /** {@code <tag attributes>text</tag>}, the text escaped. */
  Html element(String tag, @Nullable String text, @Nullable String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /**
   * Opens {@code tag} for text in {@code lang}: with {@code lang} and {@code dir} set, so that
   * browsers pick the right font, shaping and direction.
   */
  Html openText(String tag, @Nullable String lang, @Nullable String... attributes) {
    String[] all = new String[attributes.length + 4];
    all[0] = "lang";
    all[1] = languageTag(lang);
    all[2] = "dir";
    all[3] = dir(lang);
    System.arraycopy(attributes, 0, all, 4, attributes.length);
    return open(tag, all);
  }

  /** {@code <tag lang dir>text</tag>}: an element holding item text. */
  Html textElement(String tag, @Nullable String lang, @Nullable String text, @Nullable String... attributes) {
    return openText(tag, lang, attributes).text(text).close(tag);
  }

  /** A link when {@code url} is a safe external URL, else the bare text. */
  Html externalLink(String text, @Nullable String url) {
    String href = safeHref(url);
    if (href == null) {
      return text(text);
    }
    return element("a", text, "href", href, "rel", "noopener noreferrer nofollow");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
