package dev.storywire.model;

/** The result of extracting a page: a page, or a rejection with its reason. Never an exception. */
public sealed interface Extraction permits Extraction.Page, Extraction.Rejected {

  record Page(ExtractedPage page) implements Extraction {}

  /**
   * @param reason the kind of failure, for counting
   * @param detail a human-readable, specific explanation (what was found, where, which limit)
   */
  record Rejected(RejectReason reason, String detail) implements Extraction {}
}
