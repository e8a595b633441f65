package dev.storywire.extract.date;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative publication times as news pages print them in bylines ("2 hours ago", "vor 3 Tagen",
 * "il y a 5 minutes", "hace 2 horas", "منذ ساعتين", "3小时前", "2 часа назад", "yesterday"),
 * resolved against a reference time: the moment the page was fetched (its first-seen time), never
 * the moment it is read. Only a whole short label is read, so "three days ago the minister said"
 * in a sentence is not a publication time, and an "updated …" label (a modification) is not read
 * at all. The day is the reference time's UTC day moved back; the page's own time zone is unknown,
 * so the day may be one off around midnight. Thread-safe.
 */
public final class RelativeDates {
  /** The longest label read: a byline's "Updated 2 hours ago" fits, a sentence does not. */
  static final int MAX_LABEL_CHARS = 40;

  /** Longer spans are not how pages state a publication time, and would land far in the past. */
  static final Duration MAX_SPAN = Duration.ofDays(31);

  /** Words for one unit of time in the languages read, each mapped to the unit's length. */
  private static final Map<String, Duration> UNIT_TABLE = units();

  /** Words that name one unit with no number ("منذ ساعة", "an hour ago"): read as one. */
  private static final Pattern ONE = Pattern.compile("^(?:an?|one|ein(?:e[nmr]?)?|une?|un[ao]?|uma?)$");

  /** "(number) (unit) ago" and its word orders, by language; group 1 the number (optional), group 2 the unit. */
  private static final List<Pattern> FORMS = List.of(
      Pattern.compile("^(?:published\\s+|posted\\s+)?(\\d+|an?|one)\\s*([\\p{L}]+)\\.?\\s+ago$"), // en
      Pattern.compile("^(?:veröffentlicht\\s+)?vor\\s+(\\d+|einer?|einem)\\s+([\\p{L}]+)\\.?$"), // de
      Pattern.compile("^il\\s+y\\s+a\\s+(\\d+|une?)\\s+([\\p{L}]+)$"), // fr
      Pattern.compile("^hace\\s+(\\d+|una?)\\s+([\\p{L}]+)$"), // es
      Pattern.compile("^h[áa]\\s+(\\d+|uma?)\\s+([\\p{L}]+)$"), // pt
      Pattern.compile("^(\\d+|un[ao]?)\\s+([\\p{L}]+)\\s+fa$"), // it
      Pattern.compile("^(\\d+)?\\s*([\\p{L}]+)\\s+назад$"), // ru
      Pattern.compile("^(\\d+)\\s+([\\p{L}]+)\\s+önce$"), // tr
      Pattern.compile("^منذ\\s+(\\d+\\s+)?([\\p{L}]+)$"), // ar: منذ 3 ساعات, منذ ساعتين
      Pattern.compile("^(\\d+)\\s*(分钟|分鐘|小时|小時|天|日|周|週|星期|分)前$")); // zh

  /** "Yesterday" and "today" words, with the days they go back. */
  private static final Map<String, Integer> DAY_WORDS = Map.ofEntries(
      Map.entry("today", 0), Map.entry("heute", 0), Map.entry("aujourd'hui", 0), Map.entry("hoy", 0), Map.entry("hoje", 0),
      Map.entry("oggi", 0), Map.entry("сегодня", 0), Map.entry("bugün", 0), Map.entry("اليوم", 0), Map.entry("今天", 0),
      Map.entry("yesterday", 1), Map.entry("gestern", 1), Map.entry("hier", 1), Map.entry("ayer", 1), Map.entry("ontem", 1),
      Map.entry("ieri", 1), Map.entry("вчера", 1), Map.entry("dün", 1), Map.entry("أمس", 1), Map.entry("امس", 1),
      Map.entry("昨天", 1), Map.entry("昨日", 1));

  /** Arabic dual forms name two units in one word. */
  private static final List<String> ARABIC_DUALS = List.of("دقيقتين", "ساعتين", "يومين");

  /** What may stand around a day word in a label: "Yesterday, 14:05", "heute um 9:30 Uhr". */
  private static final Pattern DAY_WORD_LABEL = Pattern.compile(
      "^([\\p{L}']+)(?:\\s*,?\\s*(?:at|um|à|a las|alle|às|в)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?:uhr|h|am|pm))?)?$");

  private RelativeDates() {}

  private static Map<String, Duration> units() {
    Map<String, Duration> table = new HashMap<>();
    put(table, Duration.ofMinutes(1), "minute", "minutes", "min", "mins", "minuten", "minuto", "minutos", "minuti",
        "минуту", "минуты", "минут", "dakika", "دقيقة", "دقائق", "دقيقتين", "分钟", "分鐘", "分");
    put(table, Duration.ofHours(1), "hour", "hours", "hr", "hrs", "h", "stunde", "stunden", "std", "heure", "heures", "hora",
        "horas", "ora", "ore", "час", "часа", "часов", "saat", "ساعة", "ساعات", "ساعتين", "小时", "小時");
    put(table, Duration.ofDays(1), "day", "days", "tag", "tagen", "jour", "jours", "día", "días", "dia", "dias", "giorno",
        "giorni", "день", "дня", "дней", "gün", "يوم", "أيام", "يومين", "天", "日");
    put(table, Duration.ofDays(7), "week", "weeks", "woche", "wochen", "semaine", "semaines", "semana", "semanas",
        "settimana", "settimane", "неделю", "недели", "недель", "hafta", "أسبوع", "أسابيع", "周", "週", "星期");
    return Map.copyOf(table);
  }

  private static void put(Map<String, Duration> table, Duration length, String... words) {
    for (String word : words) {
      table.put(word, length);
    }
  }

  /**
   * @param label a short text such as a byline's date element
   * @param reference when the page was fetched
   * @return the day the label means, or empty when it is not a relative time (or spans too far)
   */
  public static Optional<LocalDate> resolve(String label, Instant reference) {
    String text = asciiDigits(label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    if (text.isEmpty() || text.length() > MAX_LABEL_CHARS) {
      return Optional.empty();
    }
    LocalDate today = reference.atZone(ZoneOffset.UTC).toLocalDate();
    Matcher day = DAY_WORD_LABEL.matcher(text);
    if (day.matches() && DAY_WORDS.containsKey(day.group(1))) {
      return Optional.of(today.minusDays(DAY_WORDS.get(day.group(1))));
    }
    if (DAY_WORDS.containsKey(text)) {
      return Optional.of(today.minusDays(DAY_WORDS.get(text)));
    }
    for (Pattern form : FORMS) {
      Matcher m = form.matcher(text);
      if (m.matches()) {
        return span(m.group(1), m.group(2)).map(d -> reference.minus(d).atZone(ZoneOffset.UTC).toLocalDate());
      }
    }
    return Optional.empty();
  }

  /** Arabic-Indic and Persian digits as ASCII, so "منذ ٣ ساعات" reads like "منذ 3 ساعات". */
  private static String asciiDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
    return out.toString();
  }

  private static Optional<Duration> span(String number, String unitWord) {
    Duration unit = UNIT_TABLE.get(unitWord);
    if (unit == null) {
      return Optional.empty();
    }
    long count;
    if (number == null || number.isBlank()) {
      count = ARABIC_DUALS.contains(unitWord) ? 2 : 1;
    } else if (number.strip().chars().allMatch(Character::isDigit)) {
      count = Long.parseLong(number.strip());
    } else if (ONE.matcher(number.strip()).matches()) {
      count = 1;
    } else {
      return Optional.empty();
    }
    Duration span = unit.multipliedBy(count);
    return span.compareTo(MAX_SPAN) <= 0 ? Optional.of(span) : Optional.empty();
  }
}
