package dev.storywire.model;

import org.jspecify.annotations.Nullable;

/** The result of extracting a page: a page, or a rejection with its reason. Never an exception. */
public sealed interface Extraction permits Extraction.Page, Extraction.Rejected {

  record Page(ExtractedPage page) implements Extraction {}

  /**
   * @param reason the kind of failure, for counting
   * @param detail a human-readable, specific explanation (what was found, where, which limit)
   * @param published the publication date the page states, when it was read before the page was
   *     rejected (a page with no article text can still carry one); null otherwise
   */
  record Rejected(RejectReason reason, String detail, @Nullable PageDate published) implements Extraction {

    /** A rejection with no date read. */
    public Rejected(RejectReason reason, String detail) {
      this(reason, detail, null);
    }
  }
}
