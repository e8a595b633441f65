package dev.storywire.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A publication (or modification) time that a page states about itself.
 *
 * @param date the day
 * @param time the time of day, when given
 * @param offset the UTC offset, when given
 * @param rule the name of the extraction rule that found it, for explanations
 */
public record PageDate(LocalDate date, @Nullable LocalTime time, @Nullable ZoneOffset offset, String rule) {

  /** ISO 8601: a date, a local date-time, or an offset date-time, as precise as the page was. */
  public String toIso() {
    if (time == null) {
      return date.toString();
    }
    String local = date + "T" + time;
    return offset == null ? local : local + offset;
  }
}
