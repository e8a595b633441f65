package dev.storywire.ingest.feed;

import org.jspecify.annotations.Nullable;

/**
 * One subscription of an OPML list.
 *
 * @param category the folder path it was filed under ({@code "News/World"}), or its category attribute
 */
public record Outline(String xmlUrl, @Nullable String title, @Nullable String htmlUrl, @Nullable String category) {}
