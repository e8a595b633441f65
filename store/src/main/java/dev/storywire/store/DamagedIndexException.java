package dev.storywire.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The index on disk cannot be read: a truncated or overwritten file, a checksum that does not
 * match, a format no Lucene release here reads. The archive is the source of truth, so the cure is
 * always the same: delete the index and replay the archive into a fresh one.
 */
public final class DamagedIndexException extends IOException {

  private final Path dir;

  DamagedIndexException(Path dir, IOException cause) {
    super("the index in " + dir + " is damaged (" + cause.getMessage() + "); rebuild it from the archive", cause);
    this.dir = dir;
  }

  /** The index directory. */
  public Path dir() {
    return dir;
  }
}
