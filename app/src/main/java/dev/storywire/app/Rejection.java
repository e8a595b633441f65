package dev.storywire.app;

import dev.storywire.model.RejectReason;

/**
 * An input, or part of one, that yielded nothing, with why.
 *
 * @param seq the archive record it came from
 * @param where the record's name, with {@code :line} for one line of a JSONL file
 */
public record Rejection(long seq, String where, RejectReason reason, String detail) {}
