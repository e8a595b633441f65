package dev.storywire.analysis.pivot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.jspecify.annotations.Nullable;

/**
 * Translates the words of a text into English stems through bilingual dictionaries: Chinese
 * through the bundled CC-CEDICT gloss table, other languages through the FreeDict xxx-eng
 * dictionaries found installed (Arabic with its own affix handling, {@link ArabicDictionary}; the
 * others through the language's analyzer, {@link FreeDictionary}). FreeDict dictionaries are not
 * bundled (each has its own licence, most GPL); they are located when the translator is made and
 * read on a language's first translation, so that start-up does not pay for thirty of them. Each
 * dictionary word of the text spreads its weight evenly over its translations. Thread-safe.
 */
public final class PivotTranslator implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(PivotTranslator.class.getName());

  /** The directory dictd dictionaries are installed in on Debian and Ubuntu. */
  public static final Path SYSTEM_DICTIONARIES = Path.of("/usr/share/dictd");

  /** Where {@code bin/fetch-dictionaries} puts them for a user without root. */
  public static Path userDictionaries() {
    return Path.of(System.getProperty("user.home"), ".cache", "storywire", "dictionaries");
  }

  private final EnglishStems english;
  private final ChineseGlosses chinese;
  private final Function<String, Analyzer> analyzers;
  /** ISO 639-1 code → its dictionary, read on first use; only languages whose files were found. */
  private final SortedMap<String, Installed> installed;

  private PivotTranslator(EnglishStems english, ChineseGlosses chinese, Function<String, Analyzer> analyzers,
      SortedMap<String, Installed> installed) {
    this.english = english;
    this.chinese = chinese;
    this.analyzers = analyzers;
    this.installed = installed;
  }

  /**
   * Loads the bundled Chinese table and locates, for each language of {@link
   * FreeDictionary#LANGUAGES}, the first installed FreeDict dictionary in the directories, in
   * order; those are read on first use.
   *
   * @param analyzers the analyzer of each ISO 639-1 language, the one its texts are analyzed with
   */
  public static PivotTranslator load(List<Path> dictionaryDirectories, Function<String, Analyzer> analyzers) {
    EnglishStems english = new EnglishStems();
    SortedMap<String, Installed> installed = new TreeMap<>();
    FreeDictionary.LANGUAGES.forEach((iso3, language) -> {
      for (Path directory : dictionaryDirectories) {
        Optional<DictdFile> file = DictdFile.find(directory, FreeDictionary.name(iso3));
        if (file.isPresent()) {
          installed.put(language, new Installed(language, directory, file.get()));
          break;
        }
      }
    });
    return new PivotTranslator(english, ChineseGlosses.load(), analyzers, Collections.unmodifiableSortedMap(installed));
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

  /** The languages this translator has a dictionary for (Chinese and those found installed), sorted. */
  public Set<String> languages() {
    Set<String> out = new TreeSet<>(installed.keySet());
    out.add("zh");
    return out;
  }

  /** The directory each installed dictionary was found in, by language, sorted; Chinese (bundled) not included. */
  public SortedMap<String, Path> sources() {
    SortedMap<String, Path> out = new TreeMap<>();
    installed.forEach((language, dictionary) -> out.put(language, dictionary.directory));
    return out;
  }

  /** The languages whose dictionary has been read so far, sorted. */
  Set<String> readLanguages() {
    Set<String> out = new TreeSet<>();
    installed.forEach((language, dictionary) -> {
      if (dictionary.dictionary != null) {
        out.add(language);
      }
    });
    return out;
  }

  /**
   * Adds the English stems of the text's dictionary words to {@code into}: each word adds {@code
   * weight / k} to each of its k translations. Nothing for languages without a dictionary. The
   * first text of a language reads its dictionary.
   *
   * @throws UncheckedIOException when the language's dictionary is installed but unreadable
   */
  public void translate(String text, @Nullable String language, double weight, Map<String, Double> into) {
    translate(text, null, language, weight, into);
  }

  /**
   * {@link #translate(String, String, double, Map)}, given the text's terms by the language's
   * analyzer (the one this translator was loaded with) when the caller has analyzed it already, so
   * that it is not analyzed twice; null to analyze it here where a dictionary needs that.
   */
  public void translate(String text, @Nullable List<String> analyzedTerms, @Nullable String language, double weight,
      Map<String, Double> into) {
    if ("zh".equals(language)) {
      for (List<String> glosses : chinese.translate(text)) {
        spread(english.distinctStems(glosses), weight, into);
      }
      return;
    }
    Installed dictionary = language == null ? null : installed.get(language);
    if (dictionary == null) {
      return;
    }
    for (List<String> stems : dictionary.get(english, analyzers).translate(text, analyzedTerms)) {
      spread(stems, weight, into);
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

  /** An installed dictionary of one language, read on first use. */
  private static final class Installed {
    private final String language;
    private final Path directory;
    private final DictdFile file;
    private volatile @Nullable WordDictionary dictionary;

    Installed(String language, Path directory, DictdFile file) {
      this.language = language;
      this.directory = directory;
      this.file = file;
    }

    /** The dictionary, read by the first caller; the others wait for it. */
    WordDictionary get(EnglishStems english, Function<String, Analyzer> analyzers) {
      WordDictionary read = dictionary;
      if (read != null) {
        return read;
      }
      synchronized (this) {
        read = dictionary;
        if (read == null) {
          long start = System.nanoTime();
          try {
            read = "ar".equals(language) ? ArabicDictionary.read(file, english)
                : FreeDictionary.read(file, analyzers.apply(language), english);
          } catch (IOException e) {
            throw new UncheckedIOException("dictionary " + file.index() + " is unreadable", e);
          }
          LOG.log(Level.INFO, "read {0} for {1}: {2} headwords in {3} ms", file.dict(), language, read.size(),
              (System.nanoTime() - start) / 1_000_000);
          dictionary = read;
        }
        return read;
      }
    }
  }
}
