package dev.storywire.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One acknowledged entry of the {@link Archive}.
 *
 * @param seq its sequence number; the first record is 1 and numbers have no gaps
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hex characters; also its identity
 * @param name the name it was appended under (a path or URL), as given
 * @param receivedAt when Storywire received it, as given to {@link Archive#append}
 * @param length its size in bytes
 */
public record ArchiveRecord(long seq, String sha256, String name, Instant receivedAt, long length) {

  public ArchiveRecord {
    Objects.requireNonNull(sha256);
    Objects.requireNonNull(name);
    Objects.requireNonNull(receivedAt);
  }
}
