package dev.storywire.extract.date;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Month and weekday names of the languages whose pages write dates in words. */
final class MonthNames {
  /** One row per month, every language's full name; three-letter prefixes are accepted too. */
  private static final List<List<String>> MONTHS = List.of(
      List.of("january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "janner", "ianuarie"),
      List.of("february", "februar", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "februarie"),
      List.of("march", "marz", "maerz", "mars", "marzo", "marco", "maart", "martie"),
      List.of("april", "avril", "abril", "aprile", "aprilie"),
      List.of("may", "mai", "mayo", "maggio", "maio", "mei"),
      List.of("june", "juni", "juin", "junio", "giugno", "junho", "iunie"),
      List.of("july", "juli", "juillet", "julio", "luglio", "julho", "iulie"),
      List.of("august", "aout", "agosto", "augustus"),
      List.of("september", "septembre", "septiembre", "settembre", "setembro", "sept", "septembrie"),
      List.of("october", "oktober", "octobre", "octubre", "ottobre", "outubro", "octombrie"),
      List.of("november", "novembre", "noviembre", "novembro", "noiembrie"),
      List.of("december", "dezember", "decembre", "diciembre", "dicembre", "dezembro", "decembrie"));

  /**
   * Month names read only as whole words (no three-letter prefixes: in these languages a prefix
   * is often a common word): Arabic (Egyptian and Gulf forms, and the Levantine names of one
   * word), Russian and Polish in the genitive that dates use, Turkish, Indonesian and Malay.
   * Written as pages write them; they are folded (lower case, no diacritics or hamza) when indexed.
   */
  private static final List<List<String>> MONTHS_WHOLE_WORD = List.of(
      List.of("يناير", "января", "stycznia", "ocak", "januari"),
      List.of("فبراير", "شباط", "февраля", "lutego", "şubat", "februari", "pebruari"),
      List.of("مارس", "آذار", "марта", "marca", "mart", "maret"),
      List.of("أبريل", "ابريل", "إبريل", "نيسان", "апреля", "kwietnia", "nisan", "april"),
      List.of("مايو", "أيار", "ايار", "мая", "maja", "mayıs", "mei"),
      List.of("يونيو", "يونيه", "حزيران", "июня", "czerwca", "haziran", "juni"),
      List.of("يوليو", "يوليه", "تموز", "июля", "lipca", "temmuz", "juli"),
      List.of("أغسطس", "اغسطس", "августа", "sierpnia", "ağustos", "agustus", "ogos"),
      List.of("سبتمبر", "أيلول", "ايلول", "сентября", "września", "eylül", "september"),
      List.of("أكتوبر", "اكتوبر", "октября", "października", "ekim", "oktober"),
      List.of("نوفمبر", "ноября", "listopada", "kasım", "november", "nopember"),
      List.of("ديسمبر", "декабря", "grudnia", "aralık", "desember", "disember"));

  /** Three-letter abbreviations that are not prefixes of a full name above. */
  private static final Map<String, Integer> ABBREVIATIONS = Map.of("okt", 10, "dez", 12, "mrz", 3, "dic", 12, "ago", 8);

  private static final Set<String> WEEKDAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

  private static final Map<String, Integer> BY_NAME = index();

  private MonthNames() {}

  /** @return the month number 1–12 for a full name or a three-letter prefix, or 0 when unknown */
  static int month(String word) {
    String w = fold(word);
    Integer m = BY_NAME.get(w);
    return m == null ? 0 : m;
  }

  static boolean isWeekday(String word) {
    return WEEKDAYS.contains(fold(word));
  }

  private static Map<String, Integer> index() {
    Map<String, Integer> map = new HashMap<>(ABBREVIATIONS);
    for (int i = 0; i < MONTHS.size(); i++) {
      for (String name : MONTHS.get(i)) {
        map.put(name, i + 1);
        map.putIfAbsent(name.substring(0, 3), i + 1);
      }
    }
    for (int i = 0; i < MONTHS_WHOLE_WORD.size(); i++) {
      for (String name : MONTHS_WHOLE_WORD.get(i)) {
        map.putIfAbsent(fold(name), i + 1);
      }
    }
    return Map.copyOf(map);
  }

  private static String fold(String word) {
    String n = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return n.replaceAll("\\p{M}", "").replace(".", "");
  }
}
