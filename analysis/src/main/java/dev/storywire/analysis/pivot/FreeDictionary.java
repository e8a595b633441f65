package dev.storywire.analysis.pivot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Words of one language with English translations, read from an installed FreeDict xxx-eng
 * dictionary in dictd format ({@code freedict-XXX-eng.index} and {@code .dict.dz}, as the Debian
 * packages {@code dict-freedict-XXX-eng} install them; each has its own licence, so Storywire does
 * not bundle them). Headwords and text meet through one analyzer, the language's own: a headword is
 * stored under its analyzed terms, and the text's analyzed terms are looked up, so inflection,
 * case and accents are handled alike on both sides whatever the analyzer does. A headword that
 * analyzes to nothing (a stop word) is left out; one of several terms, up to {@link
 * #MAX_PHRASE_TERMS}, is a phrase matched on consecutive terms of the text, longest first (so
 * "Vereinigte Staaten" is "united states", not "united" and "states"); longer ones are left out.
 * Immutable after loading.
 */
final class FreeDictionary implements WordDictionary {
  /**
   * The FreeDict xxx-eng dictionaries Storywire can use: ISO 639-3 code (the package's) to the ISO
   * 639-1 code of texts. Arabic is read by {@link ArabicDictionary}; Khasi (kha-eng) has no ISO
   * 639-1 code and so no texts said to be in it. Keep {@code bin/fetch-dictionaries} in step.
   */
  static final SortedMap<String, String> LANGUAGES = new TreeMap<>(Map.ofEntries(
      Map.entry("afr", "af"), Map.entry("ara", "ar"), Map.entry("ces", "cs"), Map.entry("cym", "cy"),
      Map.entry("dan", "da"), Map.entry("deu", "de"), Map.entry("ell", "el"), Map.entry("epo", "eo"),
      Map.entry("fin", "fi"), Map.entry("fra", "fr"), Map.entry("gle", "ga"), Map.entry("hrv", "hr"),
      Map.entry("hun", "hu"), Map.entry("isl", "is"), Map.entry("ita", "it"), Map.entry("jpn", "ja"),
      Map.entry("kur", "ku"), Map.entry("lat", "la"), Map.entry("lit", "lt"), Map.entry("nld", "nl"),
      Map.entry("pol", "pl"), Map.entry("por", "pt"), Map.entry("slk", "sk"), Map.entry("slv", "sl"),
      Map.entry("spa", "es"), Map.entry("srp", "sr"), Map.entry("swe", "sv"), Map.entry("swh", "sw"),
      Map.entry("tur", "tr")));

  /** At most this many English stems per headword: the ones most of its translations share. */
  static final int MAX_STEMS = 4;

  /** Headwords of more analyzed terms than this are left out: set phrases and examples, rarely met. */
  static final int MAX_PHRASE_TERMS = 3;

  /** The dictd files' base name of the dictionary of an ISO 639-3 code. */
  static String name(String iso639_3) {
    return "freedict-" + iso639_3 + "-eng";
  }

  /** The analyzer of the dictionary's language, for headwords and text alike. */
  private final Analyzer analyzer;
  /** Analyzed headword (terms joined by a space) → English stems. */
  private final Map<String, List<String>> stems;
  /** The most terms of any stored headword. */
  private final int longestPhrase;

  private FreeDictionary(Analyzer analyzer, Map<String, List<String>> stems, int longestPhrase) {
    this.analyzer = analyzer;
    this.stems = stems;
    this.longestPhrase = longestPhrase;
  }

  /**
   * Reads a dictionary; the translations of headwords that analyze alike are pooled.
   *
   * @param analyzer the analyzer of the dictionary's language, the one its texts are analyzed with
   * @throws IOException when its files are unreadable
   */
  static FreeDictionary read(DictdFile file, Analyzer analyzer, EnglishStems english) throws IOException {
    DictdFile.Contents contents = file.read();
    record Keyed(String key, DictdFile.Entry entry) {}
    List<Keyed> keyed = new ArrayList<>(contents.entries().size());
    Map<String, String> keys = new HashMap<>(); // one String per distinct key
    for (DictdFile.Entry entry : contents.entries()) {
      List<String> terms = terms(analyzer, entry.headword());
      if (!terms.isEmpty() && terms.size() <= MAX_PHRASE_TERMS) {
        String key = String.join(" ", terms);
        keyed.add(new Keyed(keys.computeIfAbsent(key, k -> k), entry));
      }
    }
    keys.clear();
    // Entries of one key next to each other, in index order within it.
    keyed.sort(Comparator.comparing(Keyed::key));
    Map<String, List<String>> stems = new HashMap<>();
    Map<String, String> shared = new HashMap<>(); // one String per distinct stem
    int longest = 0;
    for (int i = 0; i < keyed.size(); ) {
      String key = keyed.get(i).key();
      List<String> translations = new ArrayList<>();
      int j = i;
      for (; j < keyed.size() && keyed.get(j).key().equals(key); j++) {
        translations.addAll(DictdEntry.translations(contents.text(keyed.get(j).entry())));
      }
      i = j;
      List<String> best = english.sharedStems(translations, MAX_STEMS);
      if (!best.isEmpty()) {
        stems.put(key, List.copyOf(best.stream().map(s -> shared.computeIfAbsent(s, t -> t)).toList()));
        longest = Math.max(longest, (int) key.chars().filter(c -> c == ' ').count() + 1);
      }
    }
    return new FreeDictionary(analyzer, stems, longest);
  }

  @Override
  public List<List<String>> translate(String text, @Nullable List<String> analyzedTerms) {
    String[] terms = (analyzedTerms != null ? analyzedTerms : terms(analyzer, text)).toArray(new String[0]);
    List<List<String>> out = new ArrayList<>();
    int i = 0;
    while (i < terms.length) {
      int matched = 0;
      for (int n = Math.min(longestPhrase, terms.length - i); n >= 1 && matched == 0; n--) {
        List<String> hit = stems.get(n == 1 ? terms[i] : String.join(" ", Arrays.asList(terms).subList(i, i + n)));
        if (hit != null) {
          out.add(hit);
          matched = n;
        }
      }
      i += Math.max(matched, 1);
    }
    return out;
  }

  @Override
  public int size() {
    return stems.size();
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("pivot", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return out;
  }
}
