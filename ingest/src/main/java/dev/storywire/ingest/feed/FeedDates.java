package dev.storywire.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses the dates feeds carry: RFC 822 with its real-world variants (no weekday, two-digit years,
 * full month names, no seconds, zone names and military letters, missing commas), W3CDTF / ISO
 * 8601 (reduced precision, basic format, fractions, space for T), and a lenient fallback for
 * asctime-like and "Month day, year" forms. Dates without a zone are read as UTC.
 */
final class FeedDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  /** Zone names of RFC 822 section 5 and the ones feeds use beyond it, in hours from UTC. */
  private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
      Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0),
      Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5),
      Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7),
      Map.entry("bst", 1), Map.entry("cet", 1), Map.entry("cest", 2), Map.entry("eet", 2),
      Map.entry("eest", 3), Map.entry("msk", 3), Map.entry("jst", 9), Map.entry("kst", 9),
      Map.entry("ist", 5), Map.entry("hst", -10), Map.entry("akst", -9), Map.entry("akdt", -8),
      Map.entry("at", -4), Map.entry("et", -5), Map.entry("ct", -6), Map.entry("mt", -7), Map.entry("pt", -8));

  private static final String ZONE = "(?<zone>[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?";

  /** RFC 822: [weekday,] day month year [hh:mm[:ss]] [zone]; also with the month first. */
  private static final Pattern RFC822 = Pattern.compile(
      "^(?:[A-Za-z]+\\.?,?\\s*)?(?<day>\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.]+(?<month>[A-Za-z]{3,})\\.?,?[\\s\\-/.]+"
          + "(?<year>\\d{2,4}),?(?:[\\sT]+(?<h>\\d{1,2}):(?<m>\\d{2})(?::(?<s>\\d{2})(?:\\.\\d+)?)?\\s*"
          + "(?<ampm>[AaPp][Mm])?)?\\s*" + ZONE + "\\s*$");

  /** asctime and "Month day, year": [weekday] month day [time] [zone] year, or month day, year [time]. */
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "^(?:[A-Za-z]+,?\\s+)?(?<month>[A-Za-z]{3,})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
          + "(?:(?<h1>\\d{1,2}):(?<m1>\\d{2})(?::(?<s1>\\d{2}))?\\s+(?<zone1>[A-Za-z]{1,5}\\s+)?)?(?<year>\\d{4})"
          + "(?:,?\\s+(?:at\\s+)?(?<h>\\d{1,2}):(?<m>\\d{2})(?::(?<s>\\d{2}))?\\s*(?<ampm>[AaPp][Mm])?)?\\s*" + ZONE + "\\s*$");

  /** W3CDTF and ISO 8601 extended or basic format, date alone or with a time. */
  private static final Pattern ISO8601 = Pattern.compile(
      "^(?<year>\\d{4})(?:-?(?<month>\\d{2})(?:-?(?<day>\\d{2}))?)?"
          + "(?:[Tt\\s]+(?<h>\\d{2}):?(?<m>\\d{2})(?::?(?<s>\\d{2})(?:[.,](?<frac>\\d+))?)?)?\\s*"
          + "(?<zone>[Zz]|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$");

  /** Ordinal ISO 8601 dates: 2003-335. */
  private static final Pattern ISO_ORDINAL = Pattern.compile("^(?<year>\\d{4})-?(?<ordinal>\\d{3})$");

  private static final List<Function<String, @Nullable Instant>> PARSERS =
      List.of(FeedDates::iso8601, FeedDates::rfc822, FeedDates::monthFirst, FeedDates::ordinal);

  private FeedDates() {}

  /** The instant the string names, or null when no known form fits or the fields are out of range. */
  static @Nullable Instant parse(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.strip().replaceAll("\\s+", " ");
    for (Function<String, @Nullable Instant> parser : PARSERS) {
      try {
        Instant parsed = parser.apply(text);
        if (parsed != null) {
          return parsed;
        }
      } catch (DateTimeException | NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static @Nullable Instant iso8601(String text) {
    Matcher m = ISO8601.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group("year"));
    int month = intOr(m.group("month"), 1);
    int day = intOr(m.group("day"), 1);
    LocalDateTime local = LocalDate.of(year, month, day).atTime(intOr(m.group("h"), 0) % 24, intOr(m.group("m"), 0))
        .plusSeconds(intOr(m.group("s"), 0))
        .plusDays(m.group("h") != null && Integer.parseInt(m.group("h")) == 24 ? 1 : 0);
    return local.toInstant(offset(m.group("zone")));
  }

  private static @Nullable Instant rfc822(String text) {
    Matcher m = RFC822.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return build(m.group("year"), m.group("month"), m.group("day"), m.group("h"), m.group("m"), m.group("s"),
        m.group("ampm"), m.group("zone"));
  }

  private static @Nullable Instant monthFirst(String text) {
    Matcher m = MONTH_FIRST.matcher(text);
    if (!m.matches()) {
      return null;
    }
    boolean asctime = m.group("h1") != null;
    String zone = asctime && m.group("zone1") != null ? m.group("zone1").strip() : m.group("zone");
    return build(m.group("year"), m.group("month"), m.group("day"), asctime ? m.group("h1") : m.group("h"),
        asctime ? m.group("m1") : m.group("m"), asctime ? m.group("s1") : m.group("s"), m.group("ampm"), zone);
  }

  private static @Nullable Instant ordinal(String text) {
    Matcher m = ISO_ORDINAL.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return LocalDate.ofYearDay(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("ordinal")))
        .atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static @Nullable Instant build(String yearText, String monthName, String day, @Nullable String h,
      @Nullable String min, @Nullable String s, @Nullable String ampm, @Nullable String zone) {
    Integer month = MONTHS.get(monthName.substring(0, 3).toLowerCase(Locale.ROOT));
    if (month == null) {
      return null;
    }
    int hour = intOr(h, 0);
    if (ampm != null) {
      hour = hour % 12 + (ampm.equalsIgnoreCase("pm") ? 12 : 0);
    }
    LocalDateTime local = LocalDate.of(fullYear(yearText), month, Integer.parseInt(day))
        .atTime(hour, intOr(min, 0), intOr(s, 0));
    ZoneOffset offset = offset(zone);
    return offset == null ? null : local.toInstant(offset);
  }

  /** Two-digit years as RFC 2822 section 4.3 reads them: below 50 is 20xx, else 19xx. */
  private static int fullYear(String year) {
    int y = Integer.parseInt(year);
    if (year.length() <= 2) {
      return y < 50 ? 2000 + y : 1900 + y;
    }
    return y;
  }

  private static @Nullable ZoneOffset offset(@Nullable String zone) {
    if (zone == null || zone.isBlank()) {
      return ZoneOffset.UTC;
    }
    String z = zone.strip().toLowerCase(Locale.ROOT);
    Matcher named = Pattern.compile("^([a-z]+)([+-].*)?$").matcher(z);
    if (named.matches()) {
      Integer hours = ZONE_HOURS.get(named.group(1));
      if (hours == null) {
        hours = militaryZone(named.group(1));
      }
      ZoneOffset extra = named.group(2) == null ? ZoneOffset.UTC : numericOffset(named.group(2));
      return ZoneOffset.ofTotalSeconds(hours * 3600 + extra.getTotalSeconds());
    }
    return numericOffset(z);
  }

  /**
   * Military single letters; RFC 1123 section 5.2.14 notes RFC 822 got their signs backwards, so
   * like most readers we treat them as unknown (UTC) rather than trust either direction.
   */
  private static int militaryZone(String zone) {
    return 0;
  }

  private static ZoneOffset numericOffset(String z) {
    String digits = z.substring(1).replace(":", "");
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
    } else {
      hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
      minutes = Integer.parseInt(digits.substring(digits.length() - 2));
    }
    int sign = z.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static int intOr(@Nullable String s, int fallback) {
    return s == null ? fallback : Integer.parseInt(s);
  }
}
