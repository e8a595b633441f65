package dev.storywire.app;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What became of one input file, or of one page of a WARC file.
 *
 * @param record the archive record that holds it (for a duplicate: the earlier record), or 0 when
 *     it could not be archived
 * @param result the items and rejections it produced; null for duplicates and failures
 * @param detail for duplicates, failures and split WARC files, why or what
 * @param part for a page of a WARC file, its target URI; null for a whole file
 */
public record InputOutcome(Path path, Status status, long record, @Nullable RecordOutcome result, String detail,
    @Nullable String part) {

  /** The outcome of a whole file. */
  public InputOutcome(Path path, Status status, long record, @Nullable RecordOutcome result, String detail) {
    this(path, status, record, result, detail, null);
  }

  public enum Status {
    /** Archived for the first time; it may still have yielded nothing (see the rejections). */
    NEW,
    /** The same bytes were archived before; nothing was added. */
    DUPLICATE,
    /** Archived, but yielded no item: every part was rejected with a reason. */
    REJECTED,
    /** Could not be archived (missing, unreadable, over the archive's size limit, a broken WARC tail). */
    FAILED,
    /**
     * A WARC file, split into one archive record per page (each has an outcome of its own); the
     * detail counts its records and says why the others were passed over.
     */
    SPLIT
  }
}
