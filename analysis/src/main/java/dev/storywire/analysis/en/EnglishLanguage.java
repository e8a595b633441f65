package dev.storywire.analysis.en;

import dev.storywire.analysis.dates.DateVocabulary;
import dev.storywire.analysis.numbers.NumberVocabulary;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** English: Lucene's EnglishAnalyzer (Porter stemming, English stop words), dates and number words. */
public final class EnglishLanguage {
  private EnglishLanguage() {}

  /** @return a new analyzer for English text */
  public static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  /** Month names and abbreviations, lower case. */
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
      Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY);

  private static final Map<String, Integer> DAY_OFFSETS = Map.of("today", 0, "yesterday", -1, "tomorrow", 1);

  /** English calendar words. */
  public static final DateVocabulary DATES = new DateVocabulary(MONTHS, WEEKDAYS, DAY_OFFSETS, Set.of());

  /** English units (singular and plural) and number words one to ten. */
  public static final NumberVocabulary NUMBERS = new NumberVocabulary(
      Map.ofEntries(
          Map.entry("month", "month"), Map.entry("months", "month"), Map.entry("year", "year"),
          Map.entry("years", "year"), Map.entry("day", "day"), Map.entry("days", "day"), Map.entry("hour", "hour"),
          Map.entry("hours", "hour"), Map.entry("%", "%"), Map.entry("percent", "%"), Map.entry("per cent", "%"),
          Map.entry("people", "people"), Map.entry("persons", "people"), Map.entry("dollars", "USD"),
          Map.entry("euros", "EUR"), Map.entry("pounds", "GBP")),
      Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10),
      Map.of("million", 1e6, "billion", 1e9, "thousand", 1e3, "trillion", 1e12));
}
