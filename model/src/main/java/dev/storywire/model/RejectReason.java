package dev.storywire.model;

import java.util.Locale;

/** Why an input yielded nothing. Each is counted and reported; none stops a batch. */
public enum RejectReason {
  EMPTY,
  TOO_LARGE,
  BINARY,
  UNDECODABLE,
  CORRUPT_COMPRESSION,
  MALFORMED,
  NO_CONTENT,
  UNSUPPORTED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
