package dev.storywire.ingest.warc;

import dev.storywire.model.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What one record of a WARC stream is to Storywire: a page, a record passed over, or where the stream broke. */
public sealed interface WarcEntry permits WarcEntry.Page, WarcEntry.Skipped, WarcEntry.Broken {
  /** The record's position in its stream, from 1. */
  int index();

  /** How a page's bytes are to be read, from its declared content type. */
  enum Content {
    HTML,
    TEXT,
    /** One JSON document per line: a JSONL input exported as a resource record. */
    JSON_LINES,
    /** No content type was declared; the bytes decide. */
    UNDECLARED
  }

  /**
   * A response (HTTP 200) or resource record holding an HTML or text page.
   *
   * @param type {@code response} or {@code resource}
   * @param target the WARC-Target-URI as written
   * @param date the WARC-Date: when the page was captured
   * @param charset the charset parameter of the declared content type, or null
   * @param body the payload, with any HTTP transfer and content encoding removed
   * @param warcHeader the record's WARC header, serialised
   * @param block the record's block as stored (for a response: HTTP head and raw payload)
   */
  record Page(int index, String type, String target, Instant date, Content content, @Nullable String charset,
      byte[] body, @Nullable String title, @Nullable String published, @Nullable String outlet,
      byte[] warcHeader, byte[] block) implements WarcEntry {

    /** The record on its own, uncompressed: header, block and the two closing line breaks. */
    public byte[] serialized() {
      byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      byte[] out = new byte[warcHeader.length + block.length + end.length];
      System.arraycopy(warcHeader, 0, out, 0, warcHeader.length);
      System.arraycopy(block, 0, out, warcHeader.length, block.length);
      System.arraycopy(end, 0, out, warcHeader.length + block.length, end.length);
      return out;
    }
  }

  /**
   * A record that is not read as a page.
   *
   * @param type the WARC-Type
   * @param target the WARC-Target-URI, or empty when the record has none
   * @param reason why, for records that could have been pages (a non-HTML or non-200 response,
   *     one too large); null for records that never are (warcinfo, request, metadata, revisit)
   */
  record Skipped(int index, String type, String target, @Nullable RejectReason reason, String detail) implements WarcEntry {}

  /** The stream cannot be read past this record (truncated, corrupt, not WARC); nothing follows. */
  record Broken(int index, RejectReason reason, String detail) implements WarcEntry {}
}
