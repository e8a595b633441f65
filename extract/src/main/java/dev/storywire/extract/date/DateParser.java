package dev.storywire.extract.date;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds and parses written dates: ISO 8601 with or without time and offset, numeric day-month-year
 * forms, dates with month names (English, German, French, Spanish, Italian, Portuguese, Dutch,
 * Romanian) and CJK {@code 年月日} dates. Thread-safe.
 */
public final class DateParser {
  /** Earliest plausible page date: the web news era; earlier years on pages are history, not publication. */
  public static final int MIN_YEAR = 1990;

  /** Allowed clock skew into the future: time zones and publishers' clocks put honest dates up to a day ahead. */
  public static final long MAX_FUTURE_DAYS = 1;

  private static final String TIME =
      "(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?";

  private enum Order { YMD, DMY, MDY_NAME, DMY_NAME }

  private record Form(Pattern pattern, Order order) {}

  /** The written forms, most specific first. */
  private static final List<Form> FORMS = List.of(
      // ISO 8601 and its slash/dot variants, as in meta tags and JSON-LD.
      new Form(Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)" + TIME), Order.YMD),
      // CJK dates: 2025年11月28日.
      new Form(Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"), Order.YMD),
      // Day first with a month name: 13 August 2025, 13. August 2025, 13 de agosto de 2025.
      new Form(Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Order.DMY_NAME),
      // Month name first: August 13, 2025; Aug. 13 2025.
      new Form(Pattern.compile("(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Order.MDY_NAME),
      // Numeric day first: 28.11.2025, 28/11/2025, 28-11-2025 (month first when the day cannot be a month).
      new Form(Pattern.compile("(?<![\\d.])(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?!\\d)"), Order.DMY));

  private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})");

  /**
   * Day, month and a two-digit year with dots, as German-language bylines write them
   * ("28.01.22", "Von: A. Autor | 31.10.23"). Only for short labelled texts: in running text the
   * same shape is a version number or a score.
   */
  private static final Form SHORT_YEAR =
      new Form(Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])"), Order.DMY);

  /** Two-digit years are this century's: the plausibility check then drops a future one. */
  private static final int SHORT_YEAR_CENTURY = 2000;

  private DateParser() {}

  /** @return the earliest-starting valid date in {@code text}, or empty when none */
  public static Optional<ParsedDate> find(String text) {
    String digits = asciiDigits(text);
    if (!hasAsciiDigit(digits)) {
      return Optional.empty(); // every form holds a day or a year in digits: most texts end here
    }
    ParsedDate best = null;
    for (Form form : FORMS) {
      ParsedDate d = firstIn(digits, form);
      if (d != null && (best == null || d.start() < best.start())) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Like {@link #find}, and when no full date is there, a day-first date with a two-digit year
   * ({@code 28.01.22}); for short texts known to hold a date, such as a byline.
   *
   * @return the date, or empty when none
   */
  public static Optional<ParsedDate> findAllowingShortYear(String text) {
    Optional<ParsedDate> full = find(text);
    return full.isPresent() ? full : Optional.ofNullable(firstIn(asciiDigits(text), SHORT_YEAR));
  }

  /**
   * @return the date when it makes up the whole of {@code text} (ignoring surrounding spaces and
   *     punctuation, and a leading weekday), or empty
   */
  public static Optional<ParsedDate> whole(String text) {
    String t = text.strip();
    return find(t).filter(d -> onlyNoiseOutside(t, d));
  }

  /** @return whether the date is a plausible publication date as of {@code now} */
  public static boolean plausible(LocalDate date, Instant now) {
    LocalDate latest = now.plus(MAX_FUTURE_DAYS, ChronoUnit.DAYS).atZone(ZoneOffset.UTC).toLocalDate();
    return date.getYear() >= MIN_YEAR && !date.isAfter(latest);
  }

  private static boolean onlyNoiseOutside(String t, ParsedDate d) {
    String outside = t.substring(0, d.start()) + " " + t.substring(d.end());
    return outside.codePoints().allMatch(c -> !Character.isLetterOrDigit(c)) || weekdayOnly(outside);
  }

  private static boolean weekdayOnly(String outside) {
    String w = outside.replaceAll("[\\p{P}\\s]+", "").toLowerCase(Locale.ROOT);
    return w.length() <= 12 && MonthNames.isWeekday(w);
  }

  /**
   * The text with Arabic-Indic, Persian and other decimal digits of the Basic Multilingual Plane
   * as ASCII ({@code ١٣ أغسطس ٢٠٢٥} reads as {@code 13 أغسطس 2025}); one char for one, so
   * positions found in it are positions in the text.
   */
  static String asciiDigits(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7F && Character.isDigit(c)) {
        chars = chars == null ? text.toCharArray() : chars;
        chars[i] = (char) ('0' + Character.digit(c, 10));
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static boolean hasAsciiDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** @param digits a text as {@link #asciiDigits} gives it */
  private static @Nullable ParsedDate firstIn(String digits, Form form) {
    Matcher m = form.pattern().matcher(digits);
    while (m.find()) {
      ParsedDate d = build(m, form.order());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static @Nullable ParsedDate build(Matcher m, Order order) {
    LocalDate date = switch (order) {
      case YMD -> ymd(m.group(1), m.group(2), m.group(3));
      case DMY -> numericDayFirst(m.group(1), m.group(2), m.group(3));
      case DMY_NAME -> named(m.group(3), m.group(2), m.group(1));
      case MDY_NAME -> named(m.group(3), m.group(1), m.group(2));
    };
    if (date == null) {
      return null;
    }
    boolean timed = order == Order.YMD && m.groupCount() >= 7 && m.group(4) != null;
    LocalTime time = timed ? time(m.group(4), m.group(5), m.group(6)) : null;
    ZoneOffset offset = time != null ? offset(m.group(7)) : null;
    return new ParsedDate(date, time, offset, m.start(), m.end());
  }

  private static @Nullable LocalDate numericDayFirst(String a, String b, String year) {
    int first = Integer.parseInt(a);
    int second = Integer.parseInt(b);
    // Day first is the rule outside the US; month first only when the second number cannot be a month.
    return first <= 12 && second > 12 ? of(year, first, second) : of(year, second, first);
  }

  private static @Nullable LocalDate named(String year, String month, String day) {
    int m = MonthNames.month(month);
    return m == 0 ? null : date(Integer.parseInt(year), m, Integer.parseInt(day));
  }

  private static @Nullable LocalDate ymd(String y, String m, String d) {
    return date(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
  }

  private static @Nullable LocalDate of(String year, int month, int day) {
    int y = Integer.parseInt(year);
    return date(year.length() == 2 ? SHORT_YEAR_CENTURY + y : y, month, day);
  }

  private static @Nullable LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null; // 31 February and friends: not a date
    }
  }

  private static @Nullable LocalTime time(String h, String m, @Nullable String s) {
    try {
      return LocalTime.of(Integer.parseInt(h), Integer.parseInt(m), s == null ? 0 : Integer.parseInt(s));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static @Nullable ZoneOffset offset(@Nullable String z) {
    if (z == null) {
      return null;
    }
    if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    Matcher m = OFFSET.matcher(z);
    if (!m.matches()) {
      return null;
    }
    try {
      int sign = m.group(1).equals("-") ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(2)), sign * Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
