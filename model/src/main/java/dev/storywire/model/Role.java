package dev.storywire.model;

import java.util.Locale;

/** What a paragraph is within an article. */
public enum Role {
  HEADING,
  BODY,
  /** Quoted or embedded material with its own voice (a block quote, an embedded social post). */
  QUOTE,
  LIST_ITEM,
  /** A table row, cells separated by tabs. */
  TABLE_ROW;

  /** The lower-case name used in JSON and on the command line. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
