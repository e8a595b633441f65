package dev.storywire.model;

import java.util.Locale;

/** An item is either a page's article or one item of a ticker the page carried. */
public enum ItemKind {
  ARTICLE,
  FLASH;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
