package dev.storywire.analysis.dates;

import dev.storywire.model.DateMention;
import dev.storywire.model.Granularity;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date expression found in a text, before resolution.
 *
 * @param text as written
 * @param start offset in the text
 * @param end offset after it
 * @param kind what it says
 * @param year the year (0 when it gives none)
 * @param month 1–12 (0 when it gives none)
 * @param day 1–31 (0 when it gives none)
 * @param weekday for {@link Kind#WEEKDAY}
 * @param offset days from the reference day, for {@link Kind#OFFSET}
 */
public record DateCandidate(
    String text, int start, int end, Kind kind, int year, int month, int day, @Nullable DayOfWeek weekday, int offset) {

  /** What a date expression gives. */
  public enum Kind {
    DAY,
    MONTH,
    YEAR,
    /** A day and month without a year (11月28日). */
    DAY_OF_MONTH,
    WEEKDAY,
    /** Today, yesterday, tomorrow. */
    OFFSET
  }

  /** Whether it names a day on its own, without a reference day. */
  public boolean explicitDay() {
    return kind == Kind.DAY && explicitDate().isPresent();
  }

  /** @return the day it names on its own, if it does */
  public Optional<LocalDate> explicitDate() {
    if (kind != Kind.DAY) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * @param reference the day relative expressions are resolved against, or null
   * @return the mention, or empty when it is relative and there is no reference, or not a real date
   */
  public Optional<DateMention> resolve(@Nullable LocalDate reference) {
    try {
      return Optional.ofNullable(switch (kind) {
        case DAY -> new DateMention(text, LocalDate.of(year, month, day).toString(), Granularity.DAY, false);
        case MONTH -> new DateMention(text, String.format("%04d-%02d", year, month), Granularity.MONTH, false);
        case YEAR -> new DateMention(text, String.format("%04d", year), Granularity.YEAR, false);
        case DAY_OF_MONTH -> reference == null ? null : relative(LocalDate.of(reference.getYear(), month, day));
        case WEEKDAY -> reference == null || weekday == null
            ? null : relative(reference.with(TemporalAdjusters.previousOrSame(weekday)));
        case OFFSET -> reference == null ? null : relative(reference.plusDays(offset));
      });
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private DateMention relative(LocalDate day) {
    return new DateMention(text, day.toString(), Granularity.DAY, true);
  }
}
