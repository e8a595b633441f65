package dev.storywire.extract.date;

import dev.storywire.model.PageDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A date found in a string, as precise as it was written.
 *
 * @param start where the match began in the parsed string
 * @param end where it ended
 */
public record ParsedDate(LocalDate date, @Nullable LocalTime time, @Nullable ZoneOffset offset, int start, int end) {

  /** @return this date as a page date found by {@code rule} */
  public PageDate toPageDate(String rule) {
    return new PageDate(date, time, offset, rule);
  }
}
