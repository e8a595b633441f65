package dev.storywire.model;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One item of a news ticker carried by a page.
 *
 * @param date the day the ticker gives for it, or null when the ticker gives none
 * @param time the time of day the ticker gives, or null
 * @param text the item's text, without the truncation marker
 * @param truncated whether the page cut the text short (it ended with "..." or "…")
 */
public record FlashEntry(@Nullable LocalDate date, @Nullable LocalTime time, String text, boolean truncated) {}
