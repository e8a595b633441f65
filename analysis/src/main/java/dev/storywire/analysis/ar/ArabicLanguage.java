package dev.storywire.analysis.ar;

import dev.storywire.analysis.dates.DateVocabulary;
import dev.storywire.analysis.numbers.NumberVocabulary;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * Arabic: Lucene's ArabicAnalyzer (orthographic normalisation, light stemming, stop words),
 * Modern Standard and Levantine month names, weekdays, number words and units.
 */
public final class ArabicLanguage {
  private ArabicLanguage() {}

  /** @return a new analyzer for Arabic text */
  public static Analyzer analyzer() {
    return new ArabicAnalyzer();
  }

  /** Month names: the Modern Standard (Egyptian) set with spelling variants, then the Levantine set. */
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("أبريل", 4),
      Map.entry("ابريل", 4), Map.entry("إبريل", 4), Map.entry("مايو", 5), Map.entry("يونيو", 6),
      Map.entry("يونيه", 6), Map.entry("يوليو", 7), Map.entry("يوليه", 7), Map.entry("أغسطس", 8),
      Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("أكتوبر", 10), Map.entry("اكتوبر", 10),
      Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12),
      Map.entry("كانون الثاني", 1), Map.entry("شباط", 2), Map.entry("آذار", 3), Map.entry("نيسان", 4),
      Map.entry("أيار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("آب", 8),
      Map.entry("أيلول", 9), Map.entry("تشرين الأول", 10), Map.entry("تشرين الثاني", 11),
      Map.entry("كانون الأول", 12));

  /** Weekday names; Sunday, Friday and Saturday also mean "the one", "the congregation", "the rest", so they count only after يوم. */
  private static final Map<String, DayOfWeek> WEEKDAY_NAMES = Map.of(
      "الأحد", DayOfWeek.SUNDAY, "الاثنين", DayOfWeek.MONDAY, "الإثنين", DayOfWeek.MONDAY,
      "الثلاثاء", DayOfWeek.TUESDAY, "الأربعاء", DayOfWeek.WEDNESDAY, "الاربعاء", DayOfWeek.WEDNESDAY,
      "الخميس", DayOfWeek.THURSDAY, "الجمعة", DayOfWeek.FRIDAY, "السبت", DayOfWeek.SATURDAY);

  /** The weekday names that are unambiguous without a preceding يوم. */
  private static final Set<String> UNAMBIGUOUS_WEEKDAYS = Set.of("الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس");

  private static Map<String, DayOfWeek> weekdays() {
    Map<String, DayOfWeek> out = new HashMap<>();
    WEEKDAY_NAMES.forEach((name, day) -> {
      out.put("يوم " + name, day);
      if (UNAMBIGUOUS_WEEKDAYS.contains(name)) {
        out.put(name, day);
      }
    });
    return out;
  }

  /** Arabic calendar words; اليوم before الذي/التي is "the day that", not "today". */
  public static final DateVocabulary DATES = new DateVocabulary(
      MONTHS,
      weekdays(),
      Map.of("اليوم", 0, "أمس", -1, "الأمس", -1, "البارحة", -1, "غدا", 1, "غدًا", 1),
      Set.of("الذي", "التي"));

  /** Number words (masculine and feminine forms) counted before a unit, and units. */
  public static final NumberVocabulary NUMBERS = new NumberVocabulary(
      Map.ofEntries(
          Map.entry("أشهر", "month"), Map.entry("شهر", "month"), Map.entry("شهور", "month"),
          Map.entry("سنوات", "year"), Map.entry("سنة", "year"), Map.entry("أعوام", "year"), Map.entry("عام", "year"),
          Map.entry("أيام", "day"), Map.entry("يوما", "day"), Map.entry("يومًا", "day"), Map.entry("ساعات", "hour"),
          Map.entry("ساعة", "hour"), Map.entry("أشخاص", "people"), Map.entry("شخص", "people"),
          Map.entry("شخصا", "people"), Map.entry("٪", "%"), Map.entry("في المئة", "%"), Map.entry("بالمئة", "%"),
          Map.entry("دولار", "USD"), Map.entry("دولارات", "USD"), Map.entry("يورو", "EUR"),
          Map.entry("جنيه", "EGP"), Map.entry("ريال", "SAR"), Map.entry("درهم", "AED")),
      Map.ofEntries(
          Map.entry("واحد", 1), Map.entry("واحدة", 1), Map.entry("اثنان", 2), Map.entry("اثنين", 2),
          Map.entry("ثلاث", 3), Map.entry("ثلاثة", 3), Map.entry("أربع", 4), Map.entry("أربعة", 4),
          Map.entry("خمس", 5), Map.entry("خمسة", 5), Map.entry("ست", 6), Map.entry("ستة", 6),
          Map.entry("سبع", 7), Map.entry("سبعة", 7), Map.entry("ثماني", 8), Map.entry("ثمانية", 8),
          Map.entry("ثمان", 8), Map.entry("تسع", 9), Map.entry("تسعة", 9), Map.entry("عشر", 10),
          Map.entry("عشرة", 10)),
      Map.of("ألف", 1e3, "آلاف", 1e3, "مليون", 1e6, "ملايين", 1e6, "مليار", 1e9));
}
