package dev.storywire.model;

import org.jspecify.annotations.Nullable;

/**
 * A number written in the text, normalised.
 *
 * @param text as written ({@code ثلاثة أشهر}, {@code 300万港元})
 * @param value its value ({@code 3}, {@code 3000000})
 * @param unit a language-independent unit ({@code month}, {@code HKD}, {@code %}), or null
 */
public record NumberMention(String text, double value, @Nullable String unit) {}
