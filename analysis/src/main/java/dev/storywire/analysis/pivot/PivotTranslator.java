package dev.storywire.analysis.pivot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Translates the words of a text into English stems through bilingual dictionaries: Chinese
 * through the bundled CC-CEDICT gloss table, Arabic through FreeDict ara-eng when an installed
 * copy is found (it is GPL and not bundled). Each dictionary word of the text spreads its weight
 * evenly over its translations. Thread-safe after loading.
 */
public final class PivotTranslator implements AutoCloseable {
  /** The directory dictd dictionaries are installed in on Debian and Ubuntu. */
  public static final Path SYSTEM_DICTIONARIES = Path.of("/usr/share/dictd");

  /** Where {@code bin/fetch-dictionaries} puts them for a user without root. */
  public static Path userDictionaries() {
    return Path.of(System.getProperty("user.home"), ".cache", "storywire", "dictionaries");
  }

  private final EnglishStems english;
  private final ChineseGlosses chinese;
  private final @Nullable ArabicDictionary arabic;
  private final @Nullable Path arabicSource;

  private PivotTranslator(EnglishStems english, ChineseGlosses chinese, @Nullable ArabicDictionary arabic,
      @Nullable Path arabicSource) {
    this.english = english;
    this.chinese = chinese;
    this.arabic = arabic;
    this.arabicSource = arabicSource;
  }

  /**
   * Loads the bundled Chinese table and the first installed Arabic dictionary found in the
   * directories, in order.
   *
   * @throws UncheckedIOException when a dictionary is there but unreadable
   */
  public static PivotTranslator load(List<Path> dictionaryDirectories) {
    EnglishStems english = new EnglishStems();
    for (Path directory : dictionaryDirectories) {
      try {
        Optional<ArabicDictionary> arabic = ArabicDictionary.read(directory, english);
        if (arabic.isPresent()) {
          return new PivotTranslator(english, ChineseGlosses.load(), arabic.get(), directory);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("dictionary " + ArabicDictionary.NAME + " in " + directory + " is unreadable", e);
      }
    }
    return new PivotTranslator(english, ChineseGlosses.load(), null, null);
  }

  /**
   * The directories searched by default: the configured one first (when given), then {@link
   * #SYSTEM_DICTIONARIES}, then {@link #userDictionaries()}.
   */
  public static List<Path> searchPath(@Nullable Path configured) {
    List<Path> out = new ArrayList<>();
    if (configured != null) {
      out.add(configured);
    }
    out.add(SYSTEM_DICTIONARIES);
    out.add(userDictionaries());
    return out;
  }

  /** The languages this translator has a dictionary for, sorted. */
  public Set<String> languages() {
    Set<String> out = new TreeSet<>(Set.of("zh"));
    if (arabic != null) {
      out.add("ar");
    }
    return out;
  }

  /** The directory the Arabic dictionary was read from, if one was found. */
  public Optional<Path> arabicSource() {
    return Optional.ofNullable(arabicSource);
  }

  /**
   * Adds the English stems of the text's dictionary words to {@code into}: each word adds {@code
   * weight / k} to each of its k translations. Nothing for languages without a dictionary.
   */
  public void translate(String text, @Nullable String language, double weight, Map<String, Double> into) {
    if ("zh".equals(language)) {
      for (List<String> glosses : chinese.translate(text)) {
        spread(english.distinctStems(glosses), weight, into);
      }
    } else if ("ar".equals(language) && arabic != null) {
      for (List<String> stems : arabic.translate(text)) {
        spread(stems, weight, into);
      }
    }
  }

  private static void spread(List<String> stems, double weight, Map<String, Double> into) {
    for (String stem : stems) {
      into.merge(stem, weight / stems.size(), Double::sum);
    }
  }

  @Override
  public void close() {
    english.close();
  }
}
