package dev.storywire.model;

import org.jspecify.annotations.Nullable;

/** A story's view of one of its items. */
public record StoryMember(
    String id, ItemKind kind, @Nullable String lang, String title, @Nullable String published, Membership membership) {}
