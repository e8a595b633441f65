package dev.storywire.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict check of the markup our pages are made of: every non-void element closed in order,
 * every attribute double-quoted, no stray {@code <} or {@code >} in text. Enough to catch a
 * forgotten close or an unescaped character; not a general HTML parser.
 */
final class HtmlBalance {

  private static final Set<String> VOID = Set.of("meta", "input", "br", "hr", "img", "link");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z][a-z0-9]*)((?:\\s+[a-z-]+=\"[^\"<>]*\")*)>");

  private HtmlBalance() {}

  /** @return null when balanced, else what is wrong */
  static String problem(String html) {
    String body = html.replaceFirst("(?s)<style>.*?</style>", "<style></style>");
    if (!body.startsWith("<!DOCTYPE html>\n")) {
      return "no doctype";
    }
    body = body.substring("<!DOCTYPE html>\n".length());
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(body);
    int at = 0;
    while (m.find()) {
      String between = body.substring(at, m.start());
      if (between.indexOf('<') >= 0 || between.indexOf('>') >= 0) {
        return "stray angle bracket near: " + between;
      }
      at = m.end();
      String name = m.group(2);
      if (m.group(1).isEmpty()) {
        if (!VOID.contains(name)) {
          open.push(name);
        }
      } else if (open.isEmpty() || !open.pop().equals(name)) {
        return "unexpected </" + name + "> at " + m.start();
      }
    }
    if (!body.substring(at).isEmpty()) {
      return "text after the document: " + body.substring(at);
    }
    return open.isEmpty() ? null : "unclosed " + open;
  }
}
