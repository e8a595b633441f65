package dev.storywire.analysis;

import dev.storywire.analysis.entities.Mention;
import dev.storywire.analysis.entities.NameKey;
import dev.storywire.analysis.latin.LatinNameFinder;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cross-script keys of the names in a search query, so that a query in one script finds items
 * in another: "بابوشكين" and "Babuschkin" give the same key, "马斯克" and "Musk" too. A query has no
 * sentence context, so every word that is not recognised otherwise counts as a name. Thread-safe.
 */
public final class QueryKeys {
  /** Query words shorter than this (in letters) are particles, not names. */
  private static final int MIN_QUERY_WORD = 3;

  /** A word of an alphabetic script (Latin, Arabic, Cyrillic …). */
  private static final Pattern ALPHABETIC_WORD = Pattern.compile("[\\p{L}\\p{M}&&[^\\p{IsHan}]]+");

  private final NameRecognizer names;

  private QueryKeys(NameRecognizer names) {
    this.names = names;
  }

  /** Loads the name lexicons. */
  public static QueryKeys create() {
    return new QueryKeys(NameRecognizer.load());
  }

  /** @return the keys of the names in {@code query}, in order; empty when it names nothing */
  public Set<String> entityKeys(String query) {
    Set<String> keys = new LinkedHashSet<>();
    for (Mention m : names.find(query, NameRecognizer.DocumentNames.NONE)) {
      keys.add(m.key());
    }
    Matcher words = ALPHABETIC_WORD.matcher(query);
    while (words.find()) {
      String word = words.group();
      boolean name = word.codePointCount(0, word.length()) >= MIN_QUERY_WORD && !LatinNameFinder.isCommonWord(word);
      if (name && !covered(query, words.start())) {
        keys.add(NameKey.ofWord(word));
      }
    }
    keys.remove("");
    return keys;
  }

  /** Whether a recognised name already covers the word at {@code start}. */
  private boolean covered(String query, int start) {
    return names.find(query, NameRecognizer.DocumentNames.NONE).stream().anyMatch(m -> m.start() <= start && start < m.end());
  }
}
