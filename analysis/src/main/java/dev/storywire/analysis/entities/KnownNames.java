package dev.storywire.analysis.entities;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A gazetteer by key: the keys of foreign names known from the lexicons, so that a word written in
 * another script (an Arabic transliteration) is recognised as a name when its key is a known
 * name's key. Immutable.
 */
public final class KnownNames {
  /**
   * Keys shorter than this match too many ordinary words of other scripts: a three-consonant
   * skeleton is shared by hundreds of Arabic words.
   */
  static final int MIN_KEY = 3;

  private final Map<String, LexiconEntry> byKey;

  private KnownNames(Map<String, LexiconEntry> byKey) {
    this.byKey = Ordered.copyOf(byKey);
  }

  /** Indexes entries by key; the first entry for a key wins; short and spelling keys are left out. */
  public static KnownNames of(Collection<LexiconEntry> entries) {
    Map<String, LexiconEntry> byKey = new HashMap<>();
    for (LexiconEntry entry : entries) {
      String key = entry.key();
      if (isSkeleton(key) && key.length() >= MIN_KEY) {
        byKey.putIfAbsent(key, entry);
      }
    }
    return new KnownNames(byKey);
  }

  /** @return the known name with this key */
  public Optional<LexiconEntry> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** @return the number of keys */
  public int size() {
    return byKey.size();
  }

  /** Skeleton keys are upper case; spelling keys (for very short names) are lower case. */
  static boolean isSkeleton(String key) {
    return !key.isEmpty() && Character.isUpperCase(key.charAt(0));
  }
}
