package dev.storywire.app;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What became of one input file.
 *
 * @param record the archive record that holds it (for a duplicate: the earlier record), or 0 when
 *     it could not be archived
 * @param result the items and rejections it produced; null for duplicates and failures
 * @param detail for duplicates and failures, why
 */
public record InputOutcome(Path path, Status status, long record, @Nullable RecordOutcome result, String detail) {

  public enum Status {
    /** Archived for the first time; it may still have yielded nothing (see the rejections). */
    NEW,
    /** The same bytes were archived before; nothing was added. */
    DUPLICATE,
    /** Archived, but yielded no item: every part was rejected with a reason. */
    REJECTED,
    /** Could not be archived (missing, unreadable, over the archive's size limit). */
    FAILED
  }
}
