package dev.storywire.analysis.numbers;

import dev.storywire.analysis.script.ScriptPresence;
import dev.storywire.model.NumberMention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers with their units in any script: ASCII and Arabic-Indic digits with thousands separators
 * and decimals, multipliers (万, 亿, million), Chinese numerals and number words before a unit.
 * Years and other date parts are left to the date finder: callers pass the spans it took.
 * Immutable and thread-safe.
 */
public final class NumberFinder {
  /**
   * A digit number: grouped thousands or a plain run, with an optional decimal part. The leading
   * {@code (?=\d)} only lets the look-behind, whose script tests are costly, run where a digit is.
   */
  private static final Pattern DIGITS =
      Pattern.compile("(?=\\d)(?<![\\p{IsLatin}\\p{IsArabic}\\p{IsCyrillic}\\p{N}.,:٫٬])(\\d{1,3}(?:[,٬]\\d{3})+|\\d+)(?:[.٫](\\d+))?(?![\\p{N}:])");

  /** A run of Chinese numeral characters; counted only when a unit follows. */
  private static final Pattern CHINESE_NUMERAL = Pattern.compile("[零〇一二两三四五六七八九十百千万亿]+");

  /** A word in any alphabetic script; number words are looked up among them. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

  /** Four-digit numbers in this range without a unit are years, which are dates, not numbers. */
  private static final int FIRST_YEAR = 1800;
  private static final int LAST_YEAR = 2199;

  /** The unit of years: "2023年" is a date even though 年 is also the unit of "33年". */
  private static final String YEAR_UNIT = "year";

  /** Currency signs written before a number. */
  private static final Map<Character, String> CURRENCY_SIGNS = Map.of('$', "USD", '€', "EUR", '£', "GBP", '¥', "CNY");

  /** Spaces allowed between a number and its unit. */
  private static final int MAX_GAP = 1;

  private final Map<String, String> units = new HashMap<>();
  private final Map<String, Integer> words = new HashMap<>();
  private final Map<String, Double> multipliers = new HashMap<>();
  /** Unit words by first character, longest first: most positions have no unit and fail at once. */
  private final Map<Character, List<String>> unitsByFirst;
  private final List<String> multipliersLongestFirst;

  public NumberFinder(Collection<NumberVocabulary> vocabularies) {
    vocabularies.forEach(v -> {
      units.putAll(v.units());
      words.putAll(v.words());
      multipliers.putAll(v.multipliers());
    });
    unitsByFirst = longestFirst(units.keySet()).stream().collect(java.util.stream.Collectors.groupingBy(w -> w.charAt(0)));
    multipliersLongestFirst = longestFirst(multipliers.keySet());
  }

  private static List<String> longestFirst(Collection<String> keys) {
    return keys.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /**
   * @param taken spans already claimed by dates ({@code [start, end)} pairs), skipped here
   * @return the numbers of {@code text} in order
   */
  public List<NumberMention> find(String text, List<int[]> taken) {
    String ascii = asciiDigits(text);
    List<Found> found = new ArrayList<>();
    digits(ascii, found);
    chineseNumerals(ascii, found);
    numberWords(ascii, found);
    return found.stream()
        .filter(f -> taken.stream().noneMatch(t -> f.start < t[1] && t[0] < f.end))
        .sorted(Comparator.comparingInt(Found::start))
        .map(f -> new NumberMention(text.substring(f.start, f.end), f.value, f.unit))
        .toList();
  }

  private record Found(int start, int end, double value, @Nullable String unit) {}

  private void digits(String text, List<Found> out) {
    if (!hasAsciiDigit(text)) {
      return; // most paragraphs have no digit: skip the scan, which tests a look-behind everywhere
    }
    Matcher m = DIGITS.matcher(text);
    while (m.find()) {
      String whole = m.group(1).replaceAll("[,٬]", "");
      String number = m.group(2) == null ? whole : whole + "." + m.group(2);
      double value = Double.parseDouble(number);
      int end = m.end();
      Multiplied mult = multiplier(text, end);
      value *= mult.factor;
      end = mult.end;
      Unit unit = unitAt(text, end);
      if (unit == null && startsLetter(text, end) && mult.factor == 1) {
        continue; // a model number (R9700S), not a quantity
      }
      String sign = currencyBefore(text, m.start());
      String unitName = unit != null ? unit.name : sign;
      boolean yearLike = unitName == null || YEAR_UNIT.equals(unitName);
      if (yearLike && m.group(2) == null && mult.factor == 1 && isYear(value)) {
        continue;
      }
      int start = sign != null ? m.start() - 1 : m.start();
      out.add(new Found(start, unit != null ? unit.end : end, value, unitName));
    }
  }

  private void chineseNumerals(String text, List<Found> out) {
    if (!ScriptPresence.has(text, Character.UnicodeScript.HAN)) {
      return; // most text has no Han at all: skip the numeral scan
    }
    Matcher m = CHINESE_NUMERAL.matcher(text);
    while (m.find()) {
      Unit unit = unitAt(text, m.end());
      Double value = ChineseNumeral.parse(m.group());
      if (unit != null && value != null) {
        out.add(new Found(m.start(), unit.end, value, unit.name));
      }
    }
  }

  private void numberWords(String text, List<Found> out) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      Integer value = words.get(m.group());
      Unit unit = value == null ? null : unitAt(text, m.end());
      if (unit != null) {
        out.add(new Found(m.start(), unit.end, value, unit.name));
      }
    }
  }

  private record Multiplied(double factor, int end) {}

  private Multiplied multiplier(String text, int at) {
    int pos = skipGap(text, at);
    for (String word : multipliersLongestFirst) {
      if (text.startsWith(word, pos) && boundaryAfter(text, pos + word.length(), word)) {
        return new Multiplied(multipliers.get(word), pos + word.length());
      }
    }
    return new Multiplied(1, at);
  }

  private record Unit(String name, int end) {}

  private @Nullable Unit unitAt(String text, int at) {
    int pos = skipGap(text, at);
    if (pos >= text.length()) {
      return null;
    }
    for (String word : unitsByFirst.getOrDefault(text.charAt(pos), List.of())) {
      if (text.startsWith(word, pos) && boundaryAfter(text, pos + word.length(), word)) {
        return new Unit(units.get(word), pos + word.length());
      }
    }
    return null;
  }

  private static int skipGap(String text, int at) {
    int pos = at;
    while (pos < text.length() && pos - at < MAX_GAP && text.charAt(pos) == ' ') {
      pos++;
    }
    return pos;
  }

  /** Alphabetic units must end at a word boundary; CJK units and signs need none. */
  private static boolean boundaryAfter(String text, int end, String word) {
    boolean alphabetic = word.codePoints().allMatch(cp -> Character.isLetter(cp) && !isIdeograph(cp));
    return !alphabetic || end >= text.length() || !Character.isLetter(text.codePointAt(end));
  }

  private static boolean isIdeograph(int cp) {
    return Character.isIdeographic(cp);
  }

  private static boolean startsLetter(String text, int at) {
    return at < text.length() && Character.isLetter(text.codePointAt(at)) && !isIdeograph(text.codePointAt(at));
  }

  private static @Nullable String currencyBefore(String text, int start) {
    return start > 0 ? CURRENCY_SIGNS.get(text.charAt(start - 1)) : null;
  }

  /** Whether {@code text} (after {@link #asciiDigits}) has a digit 0–9, the only digits {@code DIGITS} matches. */
  private static boolean hasAsciiDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean isYear(double value) {
    return value == Math.rint(value) && value >= FIRST_YEAR && value <= LAST_YEAR;
  }

  /** Arabic-Indic and extended Arabic-Indic digits as ASCII; one char for one, so offsets hold. */
  public static String asciiDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = Character.isDigit(c) ? Character.digit(c, 10) : -1;
      out.append(d >= 0 && c > 0x7F ? (char) ('0' + d) : c);
    }
    return out.toString();
  }

  /** The value as written in anchors: an integer without ".0", else a plain decimal. */
  public static String format(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
