package dev.storywire.analysis.pivot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Arabic words with English translations, read at run time from an installed copy of FreeDict
 * ara-eng in dictd format ({@code freedict-ara-eng.index} and {@code freedict-ara-eng.dict.dz}, as
 * the Debian package {@code dict-freedict-ara-eng} installs them). FreeDict ara-eng is GPL-2+, so
 * Storywire does not bundle it. Words of the text are normalised like headwords (diacritics and
 * tatweel removed, alef forms, alef maqsura and ta marbuta unified) and lightly stemmed to meet a
 * headword: the word itself, then without attached particles (و ف ب ك ل and the article ال), then
 * without common suffixes, longest candidate first. Immutable after loading.
 */
final class ArabicDictionary {
  /** The dictd files' base name. */
  static final String NAME = "freedict-ara-eng";

  /** At most this many English stems per headword: the ones most of its translations share. */
  static final int MAX_STEMS = 4;

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
   * Reads the dictionary from a directory holding the dictd files.
   *
   * @return empty when the files are not there
   * @throws IOException when they are there but unreadable
   */
  static Optional<ArabicDictionary> read(Path directory, EnglishStems english) throws IOException {
    Path index = directory.resolve(NAME + ".index");
    Path dict = directory.resolve(NAME + ".dict.dz");
    boolean compressed = true;
    if (!Files.isRegularFile(dict)) {
      dict = directory.resolve(NAME + ".dict");
      compressed = false;
    }
    if (!Files.isRegularFile(index) || !Files.isRegularFile(dict)) {
      return Optional.empty();
    }
    byte[] body;
    try (InputStream in = compressed ? new GZIPInputStream(Files.newInputStream(dict)) : Files.newInputStream(dict)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      body = out.toByteArray();
    }
    Map<String, List<String>> translations = new HashMap<>();
    for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length < 3 || cols[0].startsWith("00database") || cols[0].indexOf(' ') >= 0) {
        continue;
      }
      String headword = normalize(cols[0]);
      if (headword.isEmpty() || !isArabic(headword)) {
        continue;
      }
      long offset = base64(cols[1]);
      long length = base64(cols[2]);
      if (offset < 0 || length < 0 || offset + length > body.length) {
        continue;
      }
      String entry = new String(body, (int) offset, (int) length, StandardCharsets.UTF_8);
      translations.computeIfAbsent(headword, k -> new ArrayList<>()).addAll(translationsOf(entry));
    }
    Map<String, List<String>> stems = new HashMap<>();
    translations.forEach((headword, words) -> {
      List<String> best = bestStems(words, english);
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
    return Optional.of(new ArabicDictionary(stems));
  }

  /** The English stems of each dictionary word of the text, in text order. */
  List<List<String>> translate(String text) {
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

  int size() {
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

  /**
   * The English translations of one dictd entry: the lines after the headword line, numbered
   * ("1. Adornment") or not, lower-cased.
   */
  private static List<String> translationsOf(String entry) {
    List<String> out = new ArrayList<>();
    String[] lines = entry.split("\n");
    for (int k = 1; k < lines.length; k++) {
      String line = lines[k].strip().replaceFirst("^\\d+\\.\\s*", "").toLowerCase(java.util.Locale.ROOT);
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * The stems most of a headword's translations share ({@code administration}, {@code
   * administrations} and {@code administering} outvote {@code gyrating}), ties in dictionary order.
   */
  private static List<String> bestStems(List<String> translations, EnglishStems english) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String translation : translations) {
      List<String> words = List.of(translation.split("[^\\p{L}']+"));
      for (String stem : english.distinctStems(words.stream().filter(w -> w.length() >= 2).toList())) {
        counts.merge(stem, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(MAX_STEMS)
        .map(Map.Entry::getKey)
        .toList();
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

  /** A dictd index number: base64 digits, most significant first. */
  static long base64(String digits) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    long value = 0;
    for (int k = 0; k < digits.length(); k++) {
      int digit = alphabet.indexOf(digits.charAt(k));
      if (digit < 0) {
        return -1;
      }
      value = value * 64 + digit;
    }
    return value;
  }
}
