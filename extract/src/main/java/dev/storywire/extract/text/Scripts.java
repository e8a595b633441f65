package dev.storywire.extract.text;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The dominant writing system of a text, counted over letters only. */
final class Scripts {
  private Scripts() {}

  /** @return the script with the most letters, or null when the text has no letters */
  static @Nullable UnicodeScript dominant(List<String> texts) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    for (String t : texts) {
      count(t, counts);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  static @Nullable UnicodeScript dominant(String text) {
    return dominant(List.of(text));
  }

  private static void count(String t, Map<UnicodeScript, Integer> counts) {
    t.codePoints().filter(Character::isLetter).forEach(c -> {
      UnicodeScript s = UnicodeScript.of(c);
      if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED && s != UnicodeScript.UNKNOWN) {
        counts.merge(s, 1, Integer::sum);
      }
    });
  }
}
