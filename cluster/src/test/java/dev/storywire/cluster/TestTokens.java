package dev.storywire.cluster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A crude stand-in for analysis: words for spaced scripts, character bigrams for Chinese. */
final class TestTokens {

  private static final Set<String> STOP_WORDS = Set.of(
      "في", "من", "على", "إلى", "عن", "التي", "الذي", "مع", "أن", "بعد", "قبل", "كما", "ما", "لا", "هذه",
      "the", "a", "of", "and", "to", "in", "that", "i", "we", "was", "with", "for", "at", "about",
      "的", "了", "在", "是", "和");

  private TestTokens() {}

  static List<String> tokens(String text, String lang) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lang.equals("zh") ? chineseTokens(lower) : spacedTokens(lower);
  }

  /** Latin runs as words, Han runs as overlapping character bigrams. */
  private static List<String> chineseTokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder latin = new StringBuilder();
    StringBuilder han = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        flushLatin(latin, tokens);
        han.append(c);
      } else if (Character.isLetterOrDigit(c)) {
        flushHan(han, tokens);
        latin.append(c);
      } else {
        flushLatin(latin, tokens);
        flushHan(han, tokens);
      }
    }
    flushLatin(latin, tokens);
    flushHan(han, tokens);
    return tokens;
  }

  private static void flushLatin(StringBuilder latin, List<String> tokens) {
    if (!latin.isEmpty()) {
      tokens.add(latin.toString());
      latin.setLength(0);
    }
  }

  private static void flushHan(StringBuilder han, List<String> tokens) {
    if (han.length() == 1) {
      tokens.add(han.toString());
    }
    for (int i = 0; i + 1 < han.length(); i++) {
      tokens.add(han.substring(i, i + 2));
    }
    han.setLength(0);
  }

  private static List<String> spacedTokens(String text) {
    List<String> tokens = new ArrayList<>();
    for (String word : text.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        tokens.add(word);
      }
    }
    return tokens;
  }

  /** Counts of the tokens that are not stop words, prefixed with the language. */
  static Map<String, Integer> terms(List<String> tokens, String lang) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    for (String token : tokens) {
      if (!STOP_WORDS.contains(token)) {
        terms.merge(lang + ":" + token, 1, Integer::sum);
      }
    }
    return terms;
  }

  /** Hashes of 3-token shingles. */
  static long[] shingles(List<String> tokens) {
    if (tokens.size() < 3) {
      return tokens.isEmpty() ? new long[0] : new long[] {fnv(String.join(" ", tokens))};
    }
    long[] shingles = new long[tokens.size() - 2];
    for (int i = 0; i + 2 < tokens.size(); i++) {
      shingles[i] = fnv(tokens.get(i) + " " + tokens.get(i + 1) + " " + tokens.get(i + 2));
    }
    return shingles;
  }

  /** 64-bit FNV-1a of the UTF-8 bytes. */
  static long fnv(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
