package dev.storywire.ingest;

import dev.storywire.model.Format;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a file name says about its content: compressed or not, one page or many, and for one page
 * how to read it (null: decide from the bytes).
 */
record InputKind(boolean compressed, Container container, @Nullable Format format) {

  enum Container {
    SINGLE,
    JSONL
  }

  static InputKind of(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean compressed = lower.endsWith(".gz") || lower.endsWith(".gzip");
    String inner = compressed ? lower.substring(0, lower.lastIndexOf('.')) : lower;
    if (inner.endsWith(".jsonl") || inner.endsWith(".ndjson")) {
      return new InputKind(compressed, Container.JSONL, null);
    }
    if (inner.endsWith(".html") || inner.endsWith(".htm") || inner.endsWith(".xhtml") || inner.endsWith(".shtml")) {
      return new InputKind(compressed, Container.SINGLE, Format.HTML);
    }
    if (inner.endsWith(".txt") || inner.endsWith(".text")) {
      return new InputKind(compressed, Container.SINGLE, Format.TEXT);
    }
    return new InputKind(compressed, Container.SINGLE, null);
  }
}
