package dev.storywire.extract.html;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** The page's headline: og:title, twitter:title, the h1, then {@code <title>}, without a trailing site name. */
final class Titles {
  private final Document doc;
  private final MetaTags metas;

  Titles(Document doc, MetaTags metas) {
    this.doc = doc;
    this.metas = metas;
  }

  /** @return the headline, or null when the page gives none; adds the rule that found it */
  @Nullable String title(List<String> rules) {
    String site = meta("og:site_name");
    String og = meta("og:title");
    if (og != null) {
      rules.add("html.title.og");
      return withoutSite(og, site);
    }
    String tw = meta("twitter:title");
    if (tw != null) {
      rules.add("html.title.twitter");
      return withoutSite(tw, site);
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      rules.add("html.title.h1");
      return h1.text().strip();
    }
    String t = doc.title();
    if (!t.isBlank()) {
      rules.add("html.title.title");
      return withoutSite(t.strip(), site);
    }
    return null;
  }

  private @Nullable String meta(String key) {
    return metas.first(key);
  }

  /** Strips "Headline | Site" down to "Headline" when the last segment is the site name or short. */
  static String withoutSite(String title, @Nullable String site) {
    var m = HtmlHints.TITLE_SEPARATOR.matcher(title);
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart <= 0) {
      return title;
    }
    String head = title.substring(0, lastStart).strip();
    String tail = title.substring(lastEnd).strip();
    boolean isSite = site != null && tail.toLowerCase(Locale.ROOT).equals(site.strip().toLowerCase(Locale.ROOT));
    boolean shortTail = tail.split("\\s+").length <= HtmlHints.MAX_SITE_NAME_WORDS && tail.length() < head.length() / 2;
    return !head.isEmpty() && (isSite || shortTail) ? head : title;
  }
}
