package dev.storywire.model;

/**
 * A date the text talks about, normalised to ISO 8601.
 *
 * @param text as written ({@code يوم الأربعاء}, {@code 2025年11月28日})
 * @param iso {@code 2025}, {@code 2025-08} or {@code 2025-08-13}, per {@code granularity}
 * @param relative whether it was resolved against the item's reference date (a weekday,
 *     "yesterday", a day without a year)
 */
public record DateMention(String text, String iso, Granularity granularity, boolean relative) {}
