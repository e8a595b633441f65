package dev.storywire.analysis.langid;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The language of a text among the 75 languages of the n-gram model, by the statistics of Lingua's
 * high-accuracy mode (our own implementation of the same maths):
 *
 * <ol>
 *   <li>the text is lower-cased and stripped of punctuation and digits;
 *   <li>rules first: letters of a script only one language uses (Greek, Hangul …) or letters only
 *       one language uses ("ß", "ő" …) decide when most words agree; otherwise the candidates are
 *       narrowed to the languages of the most frequent script, and further when at least half the
 *       words hold letters shared by a few languages only ("ñ", "ø" …);
 *   <li>for each n-gram order (1 to 5 for texts under {@value #ALL_ORDERS_MAX_LENGTH} characters,
 *       trigrams only for longer ones) each candidate language sums, over the distinct n-grams of
 *       the text, ln p of the n-gram, backing off to its prefixes when the language lacks it;
 *   <li>the orders' sums are added and, for short texts, divided by the number of distinct letters
 *       the language knows; the highest sum wins, an exact tie is unknown.
 * </ol>
 *
 * Thread-safe; each call allocates a few small arrays.
 */
public final class NgramLanguageDetector {
  /** Texts this long (after clean-up) or longer are scored by trigrams alone. */
  static final int ALL_ORDERS_MAX_LENGTH = 120;

  private static final LangidLanguage[] LANGUAGES = LangidLanguage.values();
  private static final int COUNT = LANGUAGES.length;

  /** The scripts Lingua knows, in its order. */
  private static final List<UnicodeScript> SCRIPTS = List.of(
      UnicodeScript.ARABIC, UnicodeScript.ARMENIAN, UnicodeScript.BENGALI, UnicodeScript.CYRILLIC,
      UnicodeScript.DEVANAGARI, UnicodeScript.GEORGIAN, UnicodeScript.GREEK, UnicodeScript.GUJARATI,
      UnicodeScript.GURMUKHI, UnicodeScript.HAN, UnicodeScript.HANGUL, UnicodeScript.HEBREW,
      UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.LATIN, UnicodeScript.TAMIL,
      UnicodeScript.TELUGU, UnicodeScript.THAI);

  /** Scripts only one language is written in. */
  private static final Map<UnicodeScript, LangidLanguage> ONE_LANGUAGE_SCRIPTS = oneLanguageScripts();

  /** Letters only one language uses. */
  private static final Map<Character, LangidLanguage> UNIQUE_LETTERS = uniqueLetters();

  /** Letters shared by a few languages only: with them, the candidates narrow to those languages. */
  private static final Map<Character, List<LangidLanguage>> SHARED_LETTERS = sharedLetters();

  private final NgramModel model;

  public NgramLanguageDetector(NgramModel model) {
    this.model = model;
  }

  /** A detector over the model of the default cache directory (built there on first use). */
  public static NgramLanguageDetector load() {
    return new NgramLanguageDetector(NgramModelStore.load());
  }

  /**
   * A decision: the language, or null when none could be told, and the margin by which it won:
   * 1 − (best score / runner-up's score), 1 when rules decided or there was no runner-up.
   */
  public record Detection(@Nullable LangidLanguage language, double margin) {
    static final Detection UNKNOWN = new Detection(null, 0);
  }

  /** @return the most likely language of {@code text}, or null */
  public @Nullable LangidLanguage detectLanguageOf(String text) {
    return detect(text).language();
  }

  /** @return the decision for {@code text}, with its margin */
  public Detection detect(String text) {
    String cleaned = cleanUp(text);
    if (cleaned.isEmpty() || !hasLetter(cleaned)) {
      return Detection.UNKNOWN;
    }
    List<String> words = splitIntoWords(cleaned);
    LangidLanguage byRules = detectWithRules(words);
    if (byRules != null) {
      return new Detection(byRules, 1);
    }
    boolean[] candidates = filterByRules(words);
    int candidateCount = 0;
    int single = -1;
    for (int l = 0; l < COUNT; l++) {
      if (candidates[l]) {
        candidateCount++;
        single = l;
      }
    }
    if (candidateCount == 1) {
      return new Detection(LANGUAGES[single], 1);
    }
    return score(cleaned, candidates, candidateCount);
  }

  private Detection score(String text, boolean[] candidates, int candidateCount) {
    int length = text.length();
    int minOrder = length >= ALL_ORDERS_MAX_LENGTH ? 3 : 1;
    int maxOrder = length >= ALL_ORDERS_MAX_LENGTH ? 3 : Math.min(5, length);
    int[] letterRun = new int[length + 1];
    for (int i = length - 1; i >= 0; i--) {
      letterRun[i] = Character.isLetter(text.charAt(i)) ? letterRun[i + 1] + 1 : 0;
    }
    double[] total = new double[COUNT];
    double[] unigramSum = new double[COUNT];
    int[] unigramHits = new int[COUNT];
    int[] stamp = new int[COUNT];
    long[] prefixHashes = new long[5];
    long[] seen = new long[Integer.highestOneBit(Math.max(4, length) * 2) * 2];
    Lookups lookups = new Lookups(model, maxOrder * length);
    int serial = 0;
    for (int order = minOrder; order <= maxOrder; order++) {
      java.util.Arrays.fill(seen, 0);
      boolean seenZero = false;
      double[] sums = order == 1 ? unigramSum : total;
      for (int p = 0; p + order <= length; p++) {
        if (letterRun[p] < order) {
          continue;
        }
        long state = NgramHash.SEED;
        for (int k = 0; k < order; k++) {
          state = NgramHash.step(state, text.charAt(p + k));
          prefixHashes[k] = NgramHash.finish(state, k + 1);
        }
        long hash = prefixHashes[order - 1];
        if (hash == 0) {
          if (seenZero) {
            continue;
          }
          seenZero = true;
        } else if (!addToSet(seen, hash)) {
          continue;
        }
        serial++;
        int remaining = candidateCount;
        backOff:
        for (int k = order - 1; k >= 0; k--) {
          int key = lookups.find(prefixHashes[k]);
          if (key < 0) {
            continue;
          }
          for (int q = model.firstPosting(key), end = model.endPosting(key); q < end; q++) {
            int l = model.language(q);
            if (!candidates[l] || stamp[l] == serial) {
              continue;
            }
            stamp[l] = serial;
            sums[l] += model.logProbability(q);
            if (order == 1) {
              unigramHits[l]++;
            }
            if (--remaining == 0) {
              break backOff;
            }
          }
        }
      }
    }
    if (minOrder == 1) {
      boolean anyUnigramScore = false;
      for (int l = 0; l < COUNT; l++) {
        anyUnigramScore |= candidates[l] && unigramSum[l] < 0;
      }
      for (int l = 0; l < COUNT; l++) {
        total[l] += unigramSum[l];
        boolean counted = candidates[l] && (!anyUnigramScore || unigramSum[l] < 0);
        if (counted && unigramHits[l] > 0) {
          total[l] /= unigramHits[l];
        }
      }
    }
    int best = -1;
    int second = -1;
    for (int l = 0; l < COUNT; l++) {
      if (!candidates[l] || total[l] == 0) {
        continue;
      }
      if (best < 0 || total[l] > total[best]) {
        second = best;
        best = l;
      } else if (second < 0 || total[l] > total[second]) {
        second = l;
      }
    }
    if (best < 0) {
      return Detection.UNKNOWN;
    }
    if (second < 0) {
      return new Detection(LANGUAGES[best], 1);
    }
    if (total[best] == total[second]) {
      return Detection.UNKNOWN;
    }
    return new Detection(LANGUAGES[best], 1 - total[best] / total[second]);
  }

  /**
   * The model's answers for this text: n-grams and their prefixes recur (back-off, and one order's
   * n-grams are the next order's prefixes), and each lookup in the model is a few cache misses.
   */
  private static final class Lookups {
    private final NgramModel model;
    private final long[] hashes;
    private final int[] keys;
    private final int mask;
    private int zeroKey = Integer.MIN_VALUE;

    Lookups(NgramModel model, int expected) {
      this.model = model;
      int capacity = Integer.highestOneBit(Math.max(8, expected) * 2);
      this.hashes = new long[capacity];
      this.keys = new int[capacity];
      this.mask = capacity - 1;
    }

    int find(long hash) {
      if (hash == 0) {
        if (zeroKey == Integer.MIN_VALUE) {
          zeroKey = model.find(0);
        }
        return zeroKey;
      }
      int i = (int) (hash ^ (hash >>> 29)) & mask;
      while (hashes[i] != 0) {
        if (hashes[i] == hash) {
          return keys[i];
        }
        i = (i + 1) & mask;
      }
      int key = model.find(hash);
      hashes[i] = hash;
      keys[i] = key;
      return key;
    }
  }

  /** Adds a non-zero hash to an open-addressing set; false when it was there. */
  private static boolean addToSet(long[] set, long hash) {
    int mask = set.length - 1;
    int i = (int) (hash ^ (hash >>> 32)) & mask;
    while (set[i] != 0) {
      if (set[i] == hash) {
        return false;
      }
      i = (i + 1) & mask;
    }
    set[i] = hash;
    return true;
  }

  // ---- text clean-up -----------------------------------------------------------------------

  /** Trimmed, lower-cased, without punctuation and digits, ASCII white space runs as one space. */
  static String cleanUp(String text) {
    String lower = trim(text).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean inSpace = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      int n = Character.charCount(cp);
      if (!isPunctuationOrNumber(cp)) {
        if (isAsciiSpace(cp)) {
          if (!inSpace) {
            out.append(' ');
          }
          inSpace = true;
        } else {
          out.appendCodePoint(cp);
          inSpace = false;
        }
      }
      i += n;
    }
    return out.toString();
  }

  private static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isAsciiSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean isPunctuationOrNumber(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  private static boolean hasLetter(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  /** Words: split at spaces, and every logogram (Han, kana, Hangul) a word of its own. */
  static List<String> splitIntoWords(String text) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (start != i) {
          words.add(text.substring(start, i));
        }
        start = i + 1;
      } else if (isLogogram(c)) {
        if (start != i) {
          words.add(text.substring(start, i));
        }
        words.add(String.valueOf(c));
        start = i + 1;
      }
    }
    if (start != text.length()) {
      words.add(text.substring(start));
    }
    return words;
  }

  private static boolean isLogogram(char c) {
    if (c < 0x1100 || isWhitespace(c)) {
      return false;
    }
    UnicodeScript script = UnicodeScript.of(c);
    return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA || script == UnicodeScript.HANGUL;
  }

  // ---- rules -------------------------------------------------------------------------------

  /** A language decided by letters of one-language scripts or unique letters, else null. */
  static @Nullable LangidLanguage detectWithRules(List<String> words) {
    // null key stands for "unknown"
    Map<@Nullable LangidLanguage, Integer> totals = new LinkedHashMap<>();
    Map<LangidLanguage, Integer> wordCounts = new EnumMap<>(LangidLanguage.class);
    for (String word : words) {
      wordCounts.clear();
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        UnicodeScript script = UnicodeScript.of(c);
        LangidLanguage language = ONE_LANGUAGE_SCRIPTS.get(script);
        if (language != null) {
          wordCounts.merge(language, 1, Integer::sum);
        } else if (script == UnicodeScript.HAN) {
          wordCounts.merge(LangidLanguage.CHINESE, 1, Integer::sum);
        } else if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
          wordCounts.merge(LangidLanguage.JAPANESE, 1, Integer::sum);
        } else if (script == UnicodeScript.LATIN || script == UnicodeScript.CYRILLIC
            || script == UnicodeScript.DEVANAGARI) {
          LangidLanguage unique = UNIQUE_LETTERS.get(c);
          if (unique != null) {
            wordCounts.merge(unique, 1, Integer::sum);
          }
        }
      }
      LangidLanguage verdict = null;
      if (wordCounts.size() == 1) {
        verdict = wordCounts.keySet().iterator().next();
      } else if (wordCounts.size() > 1) {
        verdict = outrightWinner(wordCounts);
      }
      totals.merge(verdict, 1, Integer::sum);
    }
    Integer unknown = totals.get(null);
    if (unknown != null && unknown < 0.5 * words.size()) {
      totals.remove(null);
    }
    if (totals.isEmpty()) {
      return null;
    }
    if (totals.size() == 1) {
      return totals.keySet().iterator().next();
    }
    if (totals.size() == 2 && totals.containsKey(LangidLanguage.CHINESE) && totals.containsKey(LangidLanguage.JAPANESE)) {
      return LangidLanguage.JAPANESE;
    }
    return outrightWinner(totals);
  }

  /** The key with the highest count when no other key has as many; null on a tie. */
  private static @Nullable LangidLanguage outrightWinner(Map<LangidLanguage, Integer> counts) {
    int first = 0;
    int secondCount = 0;
    LangidLanguage top = null;
    for (var e : counts.entrySet()) {
      if (e.getValue() > first) {
        secondCount = first;
        first = e.getValue();
        top = e.getKey();
      } else if (e.getValue() > secondCount) {
        secondCount = e.getValue();
      }
    }
    return first > secondCount ? top : null;
  }

  /** The candidate languages: those of the most frequent script, narrowed by shared letters. */
  static boolean[] filterByRules(List<String> words) {
    boolean[] all = new boolean[COUNT];
    java.util.Arrays.fill(all, true);
    Map<UnicodeScript, Integer> scripts = new LinkedHashMap<>();
    for (String word : words) {
      UnicodeScript script = wordScript(word);
      if (script != null) {
        scripts.merge(script, 1, Integer::sum);
      }
    }
    if (scripts.isEmpty()) {
      return all;
    }
    if (scripts.size() > 1 && scripts.values().stream().distinct().count() == 1) {
      return all;
    }
    UnicodeScript mostFrequent = null;
    int most = 0;
    for (var e : scripts.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        mostFrequent = e.getKey();
      }
    }
    boolean[] filtered = new boolean[COUNT];
    for (LangidLanguage language : LANGUAGES) {
      filtered[language.ordinal()] = language.scripts().contains(mostFrequent);
    }
    int[] counts = new int[COUNT];
    for (String word : words) {
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        List<LangidLanguage> sharing = c < 0xC0 ? null : SHARED_LETTERS.get(c);
        if (sharing != null && word.indexOf(c) == i) { // each distinct letter of the word once
          for (LangidLanguage language : sharing) {
            if (filtered[language.ordinal()]) {
              counts[language.ordinal()]++;
            }
          }
        }
      }
    }
    boolean[] subset = new boolean[COUNT];
    boolean any = false;
    for (int l = 0; l < COUNT; l++) {
      if (counts[l] > 0 && counts[l] >= words.size() / 2.0) {
        subset[l] = true;
        any = true;
      }
    }
    return any ? subset : filtered;
  }

  /** The script all of the word's code points are in, if it is one Lingua knows, else null. */
  private static @Nullable UnicodeScript wordScript(String word) {
    UnicodeScript script = null;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      UnicodeScript s = cp < 0x80 && Character.isLetter(cp) ? UnicodeScript.LATIN : UnicodeScript.of(cp);
      if (script == null) {
        script = s;
      } else if (s != script) {
        return null;
      }
      i += Character.charCount(cp);
    }
    return script != null && SCRIPTS.contains(script) ? script : null;
  }

  private static Map<UnicodeScript, LangidLanguage> oneLanguageScripts() {
    Map<UnicodeScript, LangidLanguage> map = new EnumMap<>(UnicodeScript.class);
    for (UnicodeScript script : SCRIPTS) {
      List<LangidLanguage> users = new ArrayList<>();
      for (LangidLanguage language : LangidLanguage.values()) {
        if (language.scripts().contains(script)) {
          users.add(language);
        }
      }
      if (users.size() == 1) {
        map.put(script, users.getFirst());
      }
    }
    return map;
  }

  private static Map<Character, LangidLanguage> uniqueLetters() {
    Map<Character, LangidLanguage> map = new HashMap<>();
    for (LangidLanguage language : LangidLanguage.values()) {
      String letters = language.uniqueCharacters();
      if (letters != null) {
        for (int i = 0; i < letters.length(); i++) {
          map.put(letters.charAt(i), language);
        }
      }
    }
    return map;
  }

  private static Map<Character, List<LangidLanguage>> sharedLetters() {
    Map<Character, List<LangidLanguage>> list = new HashMap<>();
    shared(list, "ãÃ", "pt vi");
    shared(list, "ąęĄĘ", "lt pl");
    shared(list, "żŻ", "pl ro");
    shared(list, "îÎ", "fr ro");
    shared(list, "ñÑ", "eu es");
    shared(list, "ňťŇŤ", "cs sk");
    shared(list, "ăĂ", "ro vi");
    shared(list, "ıİğĞ", "az tr");
    shared(list, "јљњЈЉЊ", "mk sr");
    shared(list, "ẹọẸỌ", "vi yo");
    shared(list, "ðþÐÞ", "is tr");
    shared(list, "ûÛ", "fr hu");
    shared(list, "ōŌ", "mi yo");
    shared(list, "āēīĀĒĪ", "lv mi yo");
    shared(list, "şŞ", "az ro tr");
    shared(list, "ďĎ", "cs ro sk");
    shared(list, "ćĆ", "bs hr pl");
    shared(list, "đĐ", "bs hr vi");
    shared(list, "іІ", "be kk uk");
    shared(list, "ìÌ", "it vi yo");
    shared(list, "øØ", "nb da nn");
    shared(list, "ūŪ", "lv lt mi yo");
    shared(list, "ëË", "af sq nl fr");
    shared(list, "èùÈÙ", "fr it vi yo");
    shared(list, "êÊ", "af fr pt vi");
    shared(list, "õÕ", "et hu pt vi");
    shared(list, "ôÔ", "fr pt sk vi");
    shared(list, "ёыэЁЫЭ", "be kk mn ru");
    shared(list, "щъЩЪ", "bg kk mn ru");
    shared(list, "òÒ", "ca it vi yo");
    shared(list, "æÆ", "nb da is nn");
    shared(list, "åÅ", "nb da nn sv");
    shared(list, "ýÝ", "cs is sk tr vi");
    shared(list, "äÄ", "et fi de sk sv");
    shared(list, "àÀ", "ca fr it pt vi");
    shared(list, "âÂ", "fr pt ro tr vi");
    shared(list, "üÜ", "az ca et de hu es tr");
    shared(list, "čšžČŠŽ", "bs cs hr lv lt sk sl");
    shared(list, "çÇ", "sq az eu ca fr pt tr");
    shared(list, "öÖ", "az et fi de hu is sv tr");
    shared(list, "óÓ", "ca hu is ga pl pt sk es vi yo");
    shared(list, "áíúÁÍÚ", "ca cs is ga hu pt sk es vi yo");
    shared(list, "éÉ", "ca cs fr hu is ga it pt sk es vi yo");
    return Map.copyOf(list);
  }

  private static void shared(Map<Character, List<LangidLanguage>> map, String letters, String isoCodes) {
    List<LangidLanguage> languages = new ArrayList<>();
    for (String iso : isoCodes.split(" ")) {
      LangidLanguage language = LangidLanguage.byIsoCode(iso);
      if (language == null) {
        throw new IllegalArgumentException(iso);
      }
      languages.add(language);
    }
    for (int i = 0; i < letters.length(); i++) {
      if (map.put(letters.charAt(i), List.copyOf(languages)) != null) {
        throw new IllegalArgumentException("letter listed twice: " + letters.charAt(i));
      }
    }
  }
}
