package dev.storywire.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** A page's {@code <meta>} values by lower-cased property, name, itemprop or http-equiv, read once. */
final class MetaTags {
  private static final List<String> KEY_ATTRIBUTES = List.of("property", "name", "itemprop", "http-equiv");

  private final Map<String, List<String>> values = new HashMap<>();

  MetaTags(Document doc) {
    this(PageInventory.of(doc));
  }

  MetaTags(PageInventory page) {
    for (Element m : page.metas) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : KEY_ATTRIBUTES) {
        if (m.hasAttr(attr)) {
          values.computeIfAbsent(m.attr(attr).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
        }
      }
    }
  }

  /** @return every value of that key in page order; empty when none */
  List<String> all(String key) {
    return values.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
  }

  /** @return the first value of that key, or null */
  @Nullable String first(String key) {
    List<String> v = all(key);
    return v.isEmpty() ? null : v.get(0);
  }
}
