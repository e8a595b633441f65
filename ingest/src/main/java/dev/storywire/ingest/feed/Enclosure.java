package dev.storywire.ingest.feed;

import org.jspecify.annotations.Nullable;

/** A file attached to an entry (RSS enclosure, Atom {@code rel="enclosure"}, media:content). */
public record Enclosure(String url, @Nullable String type, @Nullable Long length) {}
