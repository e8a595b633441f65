package dev.storywire.ingest.warc;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The WARC-Target-URI of an input that had no URL of its own (a file ingested as {@code .html},
 * {@code .txt} or {@code .jsonl}): {@code urn:storywire:<name>}, the archive name percent-encoded,
 * so that a WARC export read back restores the name it was archived under.
 */
public final class StorywireUrn {
  static final String PREFIX = "urn:storywire:";

  private StorywireUrn() {}

  public static URI of(String name) {
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8)
        .replace("+", "%20").replace("%2F", "/").replace("%3A", ":");
    return URI.create(PREFIX + encoded);
  }

  /** @return the archive name inside a {@code urn:storywire:} target, or null for any other target */
  public static @Nullable String nameOf(String target) {
    if (!target.startsWith(PREFIX)) {
      return null;
    }
    try {
      return URLDecoder.decode(target.substring(PREFIX.length()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return target;
    }
  }
}
