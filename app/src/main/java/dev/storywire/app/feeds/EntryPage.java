package dev.storywire.app.feeds;

import dev.storywire.ingest.feed.FeedEntry;
import org.jspecify.annotations.Nullable;

/**
 * A feed entry as a small HTML page, for entries that carry their article (or for a summary kept
 * when the article page cannot be fetched): title, date, author, link and the entry's own HTML, so
 * that the extractor reads it like any page.
 */
final class EntryPage {
  private EntryPage() {}

  /** @return the page, or null when the entry has no text at all */
  static @Nullable String html(FeedEntry entry) {
    String body = entry.hasFullContent() ? entry.content() : firstNonBlank(entry.content(), entry.summary());
    if (isBlank(body) && isBlank(entry.title())) {
      return null;
    }
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html");
    if (!isBlank(entry.language())) {
      html.append(" lang=\"").append(escape(entry.language())).append('"');
    }
    html.append("><head><meta charset=\"utf-8\">");
    if (!isBlank(entry.title())) {
      html.append("<title>").append(escape(entry.title())).append("</title>");
    }
    if (!isBlank(entry.link())) {
      html.append("<link rel=\"canonical\" href=\"").append(escape(entry.link())).append("\">");
    }
    if (entry.published() != null) {
      html.append("<meta property=\"article:published_time\" content=\"").append(entry.published()).append("\">");
    }
    for (String author : entry.authors()) {
      html.append("<meta name=\"author\" content=\"").append(escape(author)).append("\">");
    }
    html.append("</head><body><article>");
    if (!isBlank(entry.title())) {
      html.append("<h1>").append(escape(entry.title())).append("</h1>");
    }
    if (!isBlank(body)) {
      html.append(looksLikeHtml(body) ? body : "<p>" + escape(body) + "</p>");
    }
    return html.append("</article></body></html>\n").toString();
  }

  private static boolean looksLikeHtml(String text) {
    return text.contains("</") || text.contains("<br") || text.contains("<p");
  }

  private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
    return !isBlank(a) ? a : b;
  }

  private static boolean isBlank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
