package dev.storywire.model;

import org.jspecify.annotations.Nullable;

/** A related link found on the page ("read also"), kept out of the article body. */
public record Link(String text, @Nullable String url) {}
