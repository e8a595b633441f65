package dev.storywire.ingest;

import dev.storywire.model.Format;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a file name says about its content: compressed or not, one page or many, and for one page
 * how to read it (null: decide from the bytes).
 */
record InputKind(boolean compressed, Container container, @Nullable Format format) {

  /**
   * What the name says it holds. {@code UNKNOWN_EXTENSION}: read only if the bytes are HTML (pages
   * saved under their host name, {@code example.net}), refused otherwise (style sheets, images, notes).
   */
  enum Container {
    SINGLE,
    JSONL,
    /** A WARC file: many records, each maybe a page. */
    WARC,
    UNKNOWN_EXTENSION
  }

  /** Shown when an input is refused for its name. */
  static final String SUPPORTED =
      ".txt, .html, .htm, .jsonl, .warc (and .gz of each), HTML under any name, or text with no extension";

  static InputKind of(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean compressed = lower.endsWith(".gz") || lower.endsWith(".gzip");
    String inner = compressed ? lower.substring(0, lower.lastIndexOf('.')) : lower;
    if (inner.endsWith(".jsonl") || inner.endsWith(".ndjson")) {
      return new InputKind(compressed, Container.JSONL, null);
    }
    if (inner.endsWith(".warc")) {
      return new InputKind(compressed, Container.WARC, null);
    }
    if (inner.endsWith(".html") || inner.endsWith(".htm") || inner.endsWith(".xhtml") || inner.endsWith(".shtml")) {
      return new InputKind(compressed, Container.SINGLE, Format.HTML);
    }
    if (inner.endsWith(".txt") || inner.endsWith(".text")) {
      return new InputKind(compressed, Container.SINGLE, Format.TEXT);
    }
    boolean hasExtension = extension(inner) != null;
    return new InputKind(compressed, hasExtension ? Container.UNKNOWN_EXTENSION : Container.SINGLE, null);
  }

  /** The extension of the file name of {@code path}, or null when it has none. */
  static @Nullable String extension(String path) {
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 || dot == name.length() - 1 ? null : name.substring(dot);
  }
}
