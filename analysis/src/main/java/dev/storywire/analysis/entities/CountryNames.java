package dev.storywire.analysis.entities;

import com.ibm.icu.util.ULocale;
import dev.storywire.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Country and territory names in Arabic, Chinese and English from CLDR (inside ICU4J), each mapped
 * to its English name, so {@code روسيا}, {@code 俄罗斯} and {@code Russia} share one key.
 * Immutable after construction.
 */
public final class CountryNames {
  /** The display languages whose country names are recognised. */
  private static final List<ULocale> DISPLAY_LOCALES = List.of(ULocale.ENGLISH, new ULocale("ar"), ULocale.SIMPLIFIED_CHINESE);

  /** Names shorter than this (in characters) are abbreviations that collide with words. */
  private static final int MIN_NAME_CHARS = 2;

  private final Map<String, LexiconEntry> byName;
  private final int longestWords;

  /** First words of names of several words, so that most words need no longer lookup. */
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();

  private CountryNames(Map<String, LexiconEntry> byName) {
    this.byName = Ordered.copyOf(byName);
    byName.keySet().stream().filter(n -> n.contains(" ")).forEach(n -> firstWords.add(n.substring(0, n.indexOf(' '))));
    this.longestWords = byName.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(1);
  }

  /** Loads the names from ICU's CLDR data. */
  public static CountryNames load() {
    Map<String, LexiconEntry> names = new HashMap<>();
    for (String region : ULocale.getISOCountries()) {
      ULocale country = new ULocale("", region);
      String english = country.getDisplayCountry(ULocale.ENGLISH);
      if (english.equals(region)) {
        continue;
      }
      LexiconEntry entry = new LexiconEntry(english, EntityType.PLACE);
      for (ULocale display : DISPLAY_LOCALES) {
        String name = country.getDisplayCountry(display);
        if (name.length() >= MIN_NAME_CHARS && !name.equals(region)) {
          names.putIfAbsent(name, entry);
        }
      }
    }
    return new CountryNames(names);
  }

  /** @return the entry for an exact country name in any of the display languages */
  public Optional<LexiconEntry> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** @return whether some name of several words starts with {@code word} */
  public boolean startsLongerName(String word) {
    return firstWords.contains(word);
  }

  /** @return the most words a known name has (for n-gram lookups) */
  public int longestWords() {
    return longestWords;
  }

  /** @return every known name, for building longest-match tables */
  public Map<String, LexiconEntry> all() {
    return byName;
  }
}
