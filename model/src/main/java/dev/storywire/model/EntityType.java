package dev.storywire.model;

import java.util.Locale;

public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE,
  /** A name whose kind is not known (a product, an event, or an unclassified name). */
  OTHER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
