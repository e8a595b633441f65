package dev.storywire.model;

import org.jspecify.annotations.Nullable;

/** One search result: an item, its story, and how well it matched. */
public record SearchHit(String itemId, String storyId, @Nullable String lang, String title, double score) {}
