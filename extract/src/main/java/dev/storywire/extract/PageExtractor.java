package dev.storywire.extract;

import dev.storywire.extract.charset.ContentGuard;
import dev.storywire.extract.charset.Decoding;
import dev.storywire.extract.charset.TextDecoder;
import dev.storywire.extract.html.HtmlPageExtractor;
import dev.storywire.extract.text.TextPageExtractor;
import dev.storywire.model.Extraction;
import dev.storywire.model.Format;
import dev.storywire.model.RawDocument;
import dev.storywire.model.RejectReason;
import java.util.Optional;

/**
 * Turns one raw document into an extracted page (article, metadata, flash items) or a rejection
 * with its reason. Pure and thread-safe: no I/O, no shared mutable state. Never throws.
 */
public final class PageExtractor {
  private final TextDecoder decoder = new TextDecoder();
  private final TextPageExtractor text = new TextPageExtractor();
  private final HtmlPageExtractor html = new HtmlPageExtractor();

  public PageExtractor() {}

  /** @return the page, or a rejection (empty, too large, binary, undecodable, no content) */
  public Extraction extract(RawDocument doc) {
    try {
      return guarded(doc);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug must not stop a batch: it becomes a counted, replayable rejection.
      return new Extraction.Rejected(RejectReason.MALFORMED, "extractor failed on this input: " + e);
    }
  }

  private Extraction guarded(RawDocument doc) {
    Optional<ContentGuard.Problem> problem = ContentGuard.check(doc.bytes());
    if (problem.isPresent()) {
      return new Extraction.Rejected(problem.get().reason(), problem.get().detail());
    }
    boolean isHtml = doc.format() == Format.HTML;
    if (isHtml && decoder.decodesAsUtf8(doc.bytes(), doc.charsetHint(), true)) {
      return html.extractUtf8(doc.bytes(), doc); // most pages: parsed from the bytes, no page-sized string
    }
    return switch (decoder.decode(doc.bytes(), doc.charsetHint(), isHtml)) {
      case Decoding.Undecodable u -> new Extraction.Rejected(RejectReason.UNDECODABLE, u.detail());
      case Decoding.Decoded d -> isHtml
          ? html.extract(d.text(), doc)
          : text.extract(d.text(), doc.hints(), doc.firstSeen());
    };
  }
}
