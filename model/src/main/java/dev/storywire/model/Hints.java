package dev.storywire.model;

import org.jspecify.annotations.Nullable;

/**
 * Metadata that arrived beside the content rather than inside it (a JSONL line's fields, a feed
 * entry). Extraction prefers what the page itself says and falls back to these.
 *
 * @param title a title given by the source
 * @param published a publication time given by the source, as the source wrote it
 */
public record Hints(@Nullable String title, @Nullable String published) {
  public static final Hints NONE = new Hints(null, null);
}
