package dev.storywire.ingest;

/** Size limits applied while reading archived records; each bounds memory for one document. */
public final class Limits {
  /**
   * Largest single page read into memory. Real news pages, chrome included, are well under 5 MB;
   * anything beyond this is a dump or an attack, and is rejected with this reason rather than read.
   */
  public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  /**
   * Largest decompressed size of one gzip member we read. Past it the input is treated as a
   * decompression bomb (a few KB can expand to gigabytes).
   */
  public static final long MAX_DECOMPRESSED_BYTES = 256L * 1024 * 1024;

  /** Largest JSONL line; one line is one page, so the page limit applies. */
  public static final long MAX_JSONL_LINE_BYTES = MAX_DOCUMENT_BYTES;

  private Limits() {}
}
