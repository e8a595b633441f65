package dev.storywire.analysis.dates;

import dev.storywire.analysis.dates.DateCandidate.Kind;
import dev.storywire.analysis.numbers.NumberFinder;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Date expressions in any of the configured languages: full dates in the usual numeric and named
 * forms, months, years, days without a year, weekdays and today/yesterday. Finding is separate
 * from resolving ({@link DateCandidate#resolve}). Immutable and thread-safe.
 */
public final class DateFinder {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** 2025年11月28日, 2025 年 11 月 28 日. */
  private static final Pattern CJK_DAY = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");

  /** 2025年11月. */
  private static final Pattern CJK_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d)");

  /** 11月28日 (a day without a year). */
  private static final Pattern CJK_DAY_OF_MONTH = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");

  /** 2025-11-28 and 2025/11/28. */
  private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d.])(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");

  /** 28.11.2025 (day first, as written in Europe). */
  private static final Pattern DOTTED_DAY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])");

  /**
   * A year alone (1800–2199), optionally with 年. The leading {@code (?=\d)} only lets the
   * look-behind, whose script tests are costly, run where a digit is.
   */
  private static final Pattern YEAR = Pattern.compile("(?=\\d)(?<![\\p{IsLatin}\\p{IsArabic}\\p{IsCyrillic}\\p{N}.,:])(1[89]\\d\\d|20\\d\\d|21\\d\\d)(?:\\s*年)?(?![\\p{N}%])");

  /** Digits of a year: the patterns of full dates, months and years all contain one. */
  private static final int YEAR_DIGITS = 4;

  private final Map<String, Integer> months = new HashMap<>();
  private final Map<String, DayOfWeek> weekdays = new HashMap<>();
  private final Map<String, Integer> offsets = new HashMap<>();
  private final Set<String> notDeicticAfter = new HashSet<>();
  private final Pattern monthDayYear;
  private final Pattern dayMonthYear;
  private final Pattern monthYear;
  private final List<String> relativeWords;

  public DateFinder(Collection<DateVocabulary> vocabularies) {
    vocabularies.forEach(v -> {
      months.putAll(v.months());
      weekdays.putAll(v.weekdays());
      offsets.putAll(v.dayOffsets());
      notDeicticAfter.addAll(v.notDeicticAfter());
    });
    String month = alternation(months.keySet());
    String day = "(\\d{1,2})(?:st|nd|rd|th)?";
    monthDayYear = Pattern.compile("(?<!\\p{L})(" + month + ")\\.?\\s+" + day + ",?\\s+(\\d{4})(?!\\d)", FLAGS);
    String secondName = "(?:\\s*/\\s*(?:" + month + "))?"; // "آب/أغسطس": Levantine and Standard names together
    dayMonthYear = Pattern.compile("(?<![\\d.])" + day + "\\.?\\s+(?:of\\s+)?(" + month + ")" + secondName
        + ",?\\s+(\\d{4})(?!\\d)", FLAGS);
    monthYear = Pattern.compile("(?<!\\p{L})(" + month + ")" + secondName + ",?\\s+(\\d{4})(?!\\d)", FLAGS);
    List<String> relative = new ArrayList<>(weekdays.keySet());
    relative.addAll(offsets.keySet());
    relativeWords = relative.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  private static String alternation(Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  /** @return the date expressions of {@code text}, in order, without overlaps */
  public List<DateCandidate> find(String text) {
    String ascii = NumberFinder.asciiDigits(text);
    List<DateCandidate> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    int digits = longestDigitRun(ascii);
    boolean year = digits >= YEAR_DIGITS;
    boolean cjkYear = year && ascii.indexOf('年') >= 0;
    if (cjkYear) {
      scan(CJK_DAY, ascii, text, taken, out, m -> day(m, 1, 2, 3));
    }
    if (year) {
      scan(ISO_DAY, ascii, text, taken, out, m -> day(m, 1, 3, 4));
      scan(DOTTED_DAY, ascii, text, taken, out, m -> day(m, 3, 2, 1));
    }
    boolean named = year && mentionsMonthName(text);
    if (named) {
      scan(monthDayYear, ascii, text, taken, out, m -> named(m, 3, 1, 2));
      scan(dayMonthYear, ascii, text, taken, out, m -> named(m, 3, 2, 1));
    }
    if (cjkYear) {
      scan(CJK_MONTH, ascii, text, taken, out, m -> new int[] {int1(m, 1), int1(m, 2), 0, Kind.MONTH.ordinal()});
    }
    if (named) {
      scan(monthYear, ascii, text, taken, out, m -> new int[] {int1(m, 2), monthOf(m.group(1)), 0, Kind.MONTH.ordinal()});
    }
    if (digits > 0 && ascii.indexOf('月') >= 0) {
      scan(CJK_DAY_OF_MONTH, ascii, text, taken, out, m -> new int[] {0, int1(m, 1), int1(m, 2), Kind.DAY_OF_MONTH.ordinal()});
    }
    if (year) {
      scan(YEAR, ascii, text, taken, out, m -> new int[] {int1(m, 1), 0, 0, Kind.YEAR.ordinal()});
    }
    relatives(text, taken, out);
    out.sort(Comparator.comparingInt(DateCandidate::start));
    return out;
  }

  /**
   * The longest run of ASCII digits: every pattern needs a digit and all but the day of month
   * need a four-digit year, so most paragraphs (no digits at all, or no year) skip the scans.
   */
  private static int longestDigitRun(String ascii) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /**
   * Whether any month name occurs at all: the named-month patterns try every name at every
   * position, so texts without one (most Chinese text) skip them.
   */
  private boolean mentionsMonthName(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return months.keySet().stream().anyMatch(lower::contains);
  }

  private interface Fields {
    /** @return {year, month, day, kind ordinal} */
    int[] of(Matcher m);
  }

  private static void scan(Pattern pattern, String ascii, String text, boolean[] taken, List<DateCandidate> out, Fields fields) {
    Matcher m = pattern.matcher(ascii);
    while (m.find()) {
      if (isTaken(taken, m.start(), m.end())) {
        continue;
      }
      int[] f = fields.of(m);
      if (f[1] > 12 || f[2] > 31) {
        continue;
      }
      take(taken, m.start(), m.end());
      out.add(new DateCandidate(text.substring(m.start(), m.end()), m.start(), m.end(), Kind.values()[f[3]], f[0], f[1], f[2], null, 0));
    }
  }

  private static int[] day(Matcher m, int year, int month, int day) {
    return new int[] {int1(m, year), int1(m, month), int1(m, day), Kind.DAY.ordinal()};
  }

  private int[] named(Matcher m, int year, int month, int day) {
    return new int[] {int1(m, year), monthOf(m.group(month)), int1(m, day), Kind.DAY.ordinal()};
  }

  private int monthOf(String name) {
    return months.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  private static int int1(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private void relatives(String text, boolean[] taken, List<DateCandidate> out) {
    String folded = text.toLowerCase(Locale.ROOT);
    String lower = folded.length() == text.length() ? folded : text; // keep offsets when case folding changes length
    for (String word : relativeWords) {
      int from = 0;
      int at;
      while ((at = lower.indexOf(word, from)) >= 0) {
        int end = at + word.length();
        from = end;
        if (isTaken(taken, at, end) || !boundaries(lower, at, end, word) || notDeictic(lower, end)) {
          continue;
        }
        take(taken, at, end);
        DayOfWeek weekday = weekdays.get(word);
        Kind kind = weekday != null ? Kind.WEEKDAY : Kind.OFFSET;
        out.add(new DateCandidate(text.substring(at, end), at, end, kind, 0, 0, 0, weekday, offsets.getOrDefault(word, 0)));
      }
    }
  }

  /** Alphabetic words need word boundaries; CJK expressions stand on their own. */
  private static boolean boundaries(String text, int start, int end, String word) {
    if (Character.isIdeographic(word.codePointAt(0))) {
      return true;
    }
    boolean before = start == 0 || !Character.isLetter(text.codePointBefore(start));
    boolean after = end >= text.length() || !Character.isLetter(text.codePointAt(end));
    return before && after;
  }

  private boolean notDeictic(String text, int end) {
    String rest = text.substring(end).stripLeading();
    return notDeicticAfter.stream().anyMatch(w -> rest.startsWith(w) && boundaries(rest, 0, w.length(), w));
  }

  private static boolean isTaken(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static void take(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
  }
}
