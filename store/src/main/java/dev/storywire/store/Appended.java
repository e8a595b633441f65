package dev.storywire.store;

/** What {@link Archive#append} did with an input. Only {@link New} created a record. */
public sealed interface Appended permits Appended.New, Appended.Duplicate, Appended.TooLarge {

  /** The bytes were new; they are now durably archived under {@code record}. */
  record New(ArchiveRecord record) implements Appended {}

  /** The same bytes were archived before, as {@code existing}; nothing was written. */
  record Duplicate(ArchiveRecord existing) implements Appended {}

  /**
   * The input was longer than the archive accepts; nothing was kept.
   *
   * @param limitBytes the most bytes one record may hold
   * @param seenBytes how many bytes were read before giving up (more than {@code limitBytes}; the
   *     input may be longer still)
   */
  record TooLarge(long limitBytes, long seenBytes) implements Appended {}
}
