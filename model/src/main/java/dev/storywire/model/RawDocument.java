package dev.storywire.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page as it arrived, already archived: the bytes (decompressed), how to read them and where
 * and when they came from.
 *
 * @param key stable identity of this document inside the archive (record digest, plus the line
 *     number for multi-document records); item ids are derived from it
 * @param archiveSeq sequence number of the archive record that holds it
 * @param format how to read {@code bytes}
 * @param bytes the content; never compressed
 * @param charsetHint a declared charset (HTTP header, JSONL text is always UTF-8), or null
 * @param source where it came from
 * @param firstSeen when Storywire first received it
 * @param hints metadata given beside the content
 */
public record RawDocument(
    String key,
    long archiveSeq,
    Format format,
    byte[] bytes,
    @Nullable String charsetHint,
    SourceRef source,
    Instant firstSeen,
    Hints hints) {

  public RawDocument {
    Objects.requireNonNull(key);
    Objects.requireNonNull(format);
    Objects.requireNonNull(bytes);
    Objects.requireNonNull(source);
    Objects.requireNonNull(firstSeen);
    Objects.requireNonNull(hints);
  }
}
