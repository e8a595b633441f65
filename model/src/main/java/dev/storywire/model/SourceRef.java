package dev.storywire.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a raw document came from.
 *
 * @param name the file path (relative to what was ingested) or URL it was read from
 * @param url the page's own URL when known
 * @param outlet the publishing outlet when known (a JSONL {@code source} field, a feed title)
 */
public record SourceRef(String name, @Nullable String url, @Nullable String outlet) {
  public static SourceRef ofName(String name) {
    return new SourceRef(name, null, null);
  }
}
