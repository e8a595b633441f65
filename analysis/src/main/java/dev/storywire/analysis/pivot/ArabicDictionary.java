package dev.storywire.analysis.pivot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Arabic words with English translations, read at run time from an installed copy of FreeDict
 * ara-eng in dictd format ({@code freedict-ara-eng.index} and {@code freedict-ara-eng.dict.dz}, as
 * the Debian package {@code dict-freedict-ara-eng} installs them). FreeDict ara-eng is GPL-2+, so
 * Storywire does not bundle it. Words of the text are normalised like headwords (diacritics and
 * tatweel removed, alef forms, alef maqsura and ta marbuta unified) and lightly stemmed to meet a
 * headword: the word itself, then without attached particles (و ف ب ك ل and the article ال), then
 * without common suffixes, longest candidate first. Immutable after loading.
 */
final class ArabicDictionary implements WordDictionary {
  /** At most this many English stems per headword: the ones most of its translations share. */
  static final int MAX_STEMS = FreeDictionary.MAX_STEMS;

  /** A stem shorter than this after stripping affixes is not looked up: too many false hits. */
  static final int MIN_STEM = 2;

  /** Particles and the article that attach before a word, longest first. */
  private static final List<String> PREFIXES =
      List.of("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ك", "ل");

  /** Endings: feminine and plural endings, attached pronouns, the nisba ending, longest first. */
  private static final List<String> SUFFIXES =
      List.of("هما", "ات", "ون", "ين", "ان", "ها", "هم", "كم", "نا", "يه", "يا", "ه", "ي", "ا");

  private final Map<String, List<String>> stems;

  private ArabicDictionary(Map<String, List<String>> stems) {
    this.stems = stems;
  }

  /**
   * Reads the dictionary: its Arabic one-word headwords, normalised, with the stems most of their
   * translations share (translations of headwords that normalise alike pooled).
   *
   * @throws IOException when its files are unreadable
   */
  static ArabicDictionary read(DictdFile file, EnglishStems english) throws IOException {
    DictdFile.Contents contents = file.read();
    Map<String, List<String>> translations = new HashMap<>();
    for (DictdFile.Entry entry : contents.entries()) {
      if (entry.headword().indexOf(' ') >= 0) {
        continue;
      }
      String headword = normalize(entry.headword());
      if (headword.isEmpty() || !isArabic(headword)) {
        continue;
      }
      translations.computeIfAbsent(headword, k -> new ArrayList<>()).addAll(DictdEntry.translations(contents.text(entry)));
    }
    Map<String, List<String>> stems = new HashMap<>();
    translations.forEach((headword, words) -> {
      List<String> best = english.sharedStems(words, MAX_STEMS);
      if (!best.isEmpty()) {
        stems.put(headword, best);
      }
    });
    // Headwords are often written with the article (الإدارة); text words are looked up without it.
    Map<String, List<String>> withoutArticle = new HashMap<>();
    stems.forEach((headword, s) -> {
      if (headword.startsWith("ال") && headword.length() - 2 >= MIN_STEM && !stems.containsKey(headword.substring(2))) {
        withoutArticle.putIfAbsent(headword.substring(2), s);
      }
    });
    stems.putAll(withoutArticle);
    return new ArabicDictionary(stems);
  }

  /** Arabic words are met by their own affix rules on the text, so analyzed terms are not used. */
  @Override
  public List<List<String>> translate(String text, @Nullable List<String> analyzedTerms) {
    List<List<String>> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && isArabicLetterOrMark(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        List<String> hit = lookup(normalize(text.substring(start, i)));
        if (hit != null) {
          out.add(hit);
        }
      } else {
        i++;
      }
    }
    return out;
  }

  @Override
  public int size() {
    return stems.size();
  }

  /** The stems of the longest candidate of the word that is a headword, or null. */
  private List<String> lookup(String word) {
    if (word.length() < MIN_STEM) {
      return null;
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(word);
    for (String prefix : PREFIXES) {
      if (word.startsWith(prefix) && word.length() - prefix.length() >= MIN_STEM) {
        candidates.add(word.substring(prefix.length()));
      }
    }
    List<String> withSuffixes = new ArrayList<>(candidates);
    for (String candidate : candidates) {
      for (String suffix : SUFFIXES) {
        if (candidate.endsWith(suffix) && candidate.length() - suffix.length() >= MIN_STEM) {
          String stem = candidate.substring(0, candidate.length() - suffix.length());
          withSuffixes.add(stem);
          if (suffix.equals("ات")) {
            withSuffixes.add(stem + "ه"); // feminine plural of a word in ة (normalised to ه)
          } else if (stem.endsWith("ت") && stem.length() > MIN_STEM) {
            withSuffixes.add(stem.substring(0, stem.length() - 1) + "ه"); // ة written ت before a pronoun
          }
        }
      }
    }
    withSuffixes.sort(Comparator.comparingInt(String::length).reversed());
    for (String candidate : withSuffixes) {
      List<String> hit = stems.get(candidate);
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  /** Diacritics and tatweel removed; أ إ آ ٱ → ا, ى → ي, ة → ه. */
  static String normalize(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
        continue;
      }
      out.append(switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
        case 'ى' -> 'ي';
        case 'ة' -> 'ه';
        default -> c;
      });
    }
    return out.toString();
  }

  private static boolean isArabic(String word) {
    return word.chars().allMatch(ArabicDictionary::isArabicLetterOrMark);
  }

  private static boolean isArabicLetterOrMark(int c) {
    return (c >= '\u0621' && c <= '\u065F') || c == '\u0670' || c == '\u0671';
  }
}
