package dev.storywire.analysis;

import dev.storywire.analysis.ar.ArabicNameFinder;
import dev.storywire.analysis.entities.CountryNames;
import dev.storywire.analysis.entities.KnownNames;
import dev.storywire.analysis.entities.LexiconEntry;
import dev.storywire.analysis.entities.Mention;
import dev.storywire.analysis.entities.NameKey;
import dev.storywire.analysis.latin.LatinNameFinder;
import dev.storywire.analysis.script.ScriptPresence;
import dev.storywire.analysis.zh.ChineseLexicon;
import dev.storywire.analysis.zh.ChineseNameFinder;
import dev.storywire.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds names in text of any script by handing each script to its finder: Latin names everywhere,
 * Arabic and Chinese names where those scripts occur. Holds the shared lexicons; immutable and
 * thread-safe after {@link #load()}.
 */
final class NameRecognizer {
  /** Latin names whose keys are shorter than this are not used to align other scripts' words. */
  private static final int MIN_ALIGNED_KEY = 3;

  private final LatinNameFinder latin;
  private final ArabicNameFinder arabic;
  private final ChineseNameFinder chinese;

  private NameRecognizer(LatinNameFinder latin, ArabicNameFinder arabic, ChineseNameFinder chinese) {
    this.latin = latin;
    this.arabic = arabic;
    this.chinese = chinese;
  }

  /** Loads CLDR country names and the bundled Chinese lexicon and builds the finders. */
  static NameRecognizer load() {
    CountryNames countries = CountryNames.load();
    ChineseLexicon lexicon = ChineseLexicon.load();
    ChineseNameFinder chinese = new ChineseNameFinder(lexicon, countries);
    List<LexiconEntry> foreign = new ArrayList<>(chinese.foreignNames());
    Map<String, LexiconEntry> byLatinName = new HashMap<>();
    lexicon.names().values().forEach(e -> byLatinName.putIfAbsent(e.name(), e));
    countries.all().values().forEach(e -> byLatinName.put(e.name(), e));
    LatinNameFinder latin = new LatinNameFinder(byLatinName, givenNames(foreign));
    ArabicNameFinder arabic = new ArabicNameFinder(countries, KnownNames.of(foreign));
    return new NameRecognizer(latin, arabic, chinese);
  }

  /**
   * Given names, lower case: the first words of the lexicon's foreign multi-word person names
   * (Elon of Elon Musk). Chinese names' English glosses start with family names or titles, so
   * only transliterated (foreign) entries teach given names.
   */
  private static Set<String> givenNames(Iterable<LexiconEntry> entries) {
    Set<String> out = new HashSet<>();
    for (LexiconEntry e : entries) {
      String[] words = e.name().split(" ");
      if (e.type() == EntityType.PERSON && words.length > 1) {
        out.add(words[0].toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Whether a mention is written in Latin script (as the Latin finder finds them). */
  static boolean isLatin(Mention m) {
    return !m.text().isEmpty() && Character.UnicodeScript.of(m.text().codePointAt(0)) == Character.UnicodeScript.LATIN;
  }

  /**
   * What the names of a whole document tell about each of its paragraphs.
   *
   * @param aligned keys of its Latin names (and their words), to align other scripts' words with
   * @param standalone its Latin names written as one word, to recognise full personal names
   */
  record DocumentNames(Map<String, EntityType> aligned, Set<String> standalone, Map<String, List<Mention>> latinByText) {
    static final DocumentNames NONE = new DocumentNames(Map.of(), Set.of(), Map.of());
  }

  /** @return what the Latin names of all of a document's texts tell about each of them */
  DocumentNames document(List<String> texts) {
    Map<String, List<Mention>> byText = new HashMap<>();
    texts.forEach(t -> byText.computeIfAbsent(t, latin::find));
    List<Mention> mentions = texts.stream().flatMap(t -> byText.get(t).stream()).toList();
    Set<String> standalone = new HashSet<>();
    mentions.stream().map(Mention::text).filter(t -> !t.contains(" ")).forEach(standalone::add);
    return new DocumentNames(alignable(mentions), standalone, byText);
  }

  /** @return the keys of Latin names usable for aligning other scripts' words, with their types */
  static Map<String, EntityType> alignable(List<Mention> latinMentions) {
    Map<String, EntityType> out = new HashMap<>();
    Map<String, String> wordKeys = new HashMap<>(); // a document repeats its names: key each word once
    for (Mention m : latinMentions) {
      addAlignable(out, m.key(), m.type());
      String[] words = m.text().split(" ");
      for (int i = 0; i < words.length; i++) {
        boolean surname = m.type() == EntityType.PERSON && i == words.length - 1;
        String key = wordKeys.computeIfAbsent(words[i], NameKey::ofWord);
        addAlignable(out, key, surname ? EntityType.PERSON : EntityType.OTHER);
      }
    }
    return out;
  }

  private static void addAlignable(Map<String, EntityType> out, String key, EntityType type) {
    if (key.length() >= MIN_ALIGNED_KEY && Character.isUpperCase(key.charAt(0))) {
      out.merge(key, type, (a, b) -> a == EntityType.OTHER ? b : a);
    }
  }

  /**
   * @param document what the document's Latin names tell (see {@link #document})
   * @return all names of {@code text}, Latin first, then Arabic, then Chinese
   */
  List<Mention> find(String text, DocumentNames document) {
    List<Mention> firstPass = document.latinByText().get(text);
    List<Mention> out = new ArrayList<>(firstPass != null
        ? latin.retype(text, firstPass, document.standalone())
        : latin.find(text, document.standalone()));
    if (has(text, Character.UnicodeScript.ARABIC)) {
      out.addAll(arabic.find(text, document.aligned()));
    }
    if (has(text, Character.UnicodeScript.HAN)) {
      out.addAll(chinese.find(text));
    }
    return out;
  }

  static boolean has(String text, Character.UnicodeScript script) {
    return ScriptPresence.has(text, script);
  }
}
