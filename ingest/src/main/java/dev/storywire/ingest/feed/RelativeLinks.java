package dev.storywire.ingest.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Makes the link and image attributes inside feed HTML absolute against the element's base, so
 * content shown away from its site keeps working pictures and links. Only the attribute values are
 * rewritten; the rest of the HTML stays as given.
 */
final class RelativeLinks {
  /** Attributes holding a URL in the HTML feeds carry. */
  private static final Pattern URL_ATTRIBUTE = Pattern.compile(
      "(?i)(\\s(?:href|src|cite|background|longdesc|poster|action)\\s*=\\s*)(\"([^\"]*)\"|'([^']*)')");

  private RelativeLinks() {}

  static String resolve(String html, @Nullable String base) {
    if (base == null || html.indexOf('<') < 0) {
      return html;
    }
    Matcher m = URL_ATTRIBUTE.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    while (m.find()) {
      boolean doubleQuoted = m.group(3) != null;
      String value = doubleQuoted ? m.group(3) : m.group(4);
      String absolute = value.isBlank() ? value : XmlFeedModel.resolve(base, value.strip());
      char quote = doubleQuoted ? '"' : '\'';
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + quote + absolute + quote));
    }
    m.appendTail(out);
    return out.toString();
  }
}
