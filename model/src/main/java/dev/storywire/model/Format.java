package dev.storywire.model;

/** How the bytes of a raw document are to be read. */
public enum Format {
  /** A plain-text page capture: one paragraph or chrome element per line or block. */
  TEXT,
  /** An HTML page. */
  HTML
}
