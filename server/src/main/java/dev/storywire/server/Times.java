package dev.storywire.server;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Times as people read them on a page ({@code 2025-11-28 13:39}, {@code 2026-11-23 19:19 UTC}),
 * while the {@code datetime} attributes and the API keep full ISO 8601.
 */
final class Times {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private Times() {}

  /** @return the ISO 8601 text shortened to the minute, with its offset; unparseable text unchanged */
  static String readable(String iso) {
    try {
      if (iso.length() <= 10) {
        return iso; // a date (or a year, a month): already as short as it gets
      }
      if (iso.endsWith("Z")) {
        return MINUTES.format(Instant.parse(iso).atOffset(ZoneOffset.UTC)) + " UTC";
      }
      if (hasOffset(iso)) {
        OffsetDateTime time = OffsetDateTime.parse(iso);
        return MINUTES.format(time) + " " + time.getOffset().getId();
      }
      return MINUTES.format(LocalDateTime.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  private static boolean hasOffset(String iso) {
    int t = iso.indexOf('T');
    return t > 0 && (iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0);
  }
}
