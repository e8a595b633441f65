package dev.storywire.analysis.entities;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import dev.storywire.analysis.script.ScriptPresence;
import dev.storywire.model.EntityType;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cross-script key of a name: a phonetic consonant skeleton, so that a name transliterated into
 * another script gets the same key ({@code Babuschkin} / {@code بابوشكين} → {@code PSKN}, {@code
 * Musk} / {@code ماسك} → {@code MSK}).
 *
 * <p>Vowels, semivowels and h are dropped; consonants merge into classes (b/p, f/v, d/t,
 * s/z/sh/ch/x/ts, k/g/q/c/j); repeats collapse. Arabic letters map into the same classes. A name
 * whose skeleton is too short to tell names apart (xAI, X, AI-labs with one consonant) keys on its
 * folded spelling instead, in lower case, so the two kinds never collide. Thread-safe.
 */
public final class NameKey {
  /** Skeletons shorter than this collide too often; such names key on their spelling. */
  static final int MIN_SKELETON = 2;

  /** Latin digraphs rendered as one consonant class, tried before single letters. */
  private static final Map<String, Character> DIGRAPHS =
      Map.ofEntries(
          Map.entry("sch", 'S'), Map.entry("sh", 'S'), Map.entry("ch", 'S'), Map.entry("ts", 'S'),
          Map.entry("tz", 'S'), Map.entry("zh", 'S'), Map.entry("ph", 'F'), Map.entry("th", 'T'),
          Map.entry("ck", 'K'), Map.entry("kh", 'K'), Map.entry("gh", 'K'), Map.entry("dh", 'T'));

  /**
   * The second letters of the digraphs (and of "sch"): where the next letter is none of them, no
   * digraph starts, and the lookups of the two- and three-letter substrings are skipped.
   */
  private static final String DIGRAPH_SECOND_LETTERS = DIGRAPHS.keySet().stream()
      .map(d -> d.substring(1, 2))
      .distinct()
      .sorted()
      .collect(Collectors.joining());

  /** Consonant class of each Latin letter; letters absent here (vowels, w, y, h) are dropped. */
  private static final String LATIN_FROM = "bpfvdtszxkgqjclrmn";
  private static final String LATIN_TO   = "PPFFTTSSSKKKKKLRMN";

  /** Consonant class of each Arabic letter; absent letters (alef, waw, ya, ha, ain …) drop. */
  private static final String ARABIC_FROM = "بپتطدضذظثسشصزژجچكقغگکخفڤلرمن";
  private static final String ARABIC_TO   = "PPTTTTTTSSSSSSKSKKKKKKFFLRMN";

  /** Letters c softens to s before (Cerebras, Nice); before others c is k. */
  private static final String SOFTENING_VOWELS = "eiy";

  /** What separates the words of a name: spaces, middle dots (Chinese and Japanese) and hyphens. */
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s·・\\-]+");

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private NameKey() {}

  /**
   * The key of a whole name. A person's key is the key of the last word (the family name), so
   * that "Elon Musk", "Musk" and "ماسك" agree; other names key on all their words.
   *
   * @return the key, or an empty string when the name has no letters
   */
  public static String of(String name, EntityType type) {
    String[] words = WORD_BREAK.split(name.trim());
    if (type == EntityType.PERSON && words.length > 1) {
      return ofWord(words[words.length - 1]);
    }
    return ofWord(String.join("", words));
  }

  /** @return the key of one word in Latin, Arabic or any script ICU can transliterate */
  public static String ofWord(String word) {
    String text = NFKC.isNormalized(word) ? word : NFKC.normalize(word);
    String skeleton = hasArabic(text) ? arabicSkeleton(text) : latinSkeleton(toLatin(text));
    return skeleton.length() >= MIN_SKELETON ? skeleton : spelling(text);
  }

  private static String spelling(String text) {
    return toLatin(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static String toLatin(String text) {
    boolean ascii = text.chars().allMatch(c -> c < 0x80);
    return ascii ? text : TO_LATIN.get().transliterate(text);
  }

  private static boolean hasArabic(String text) {
    return ScriptPresence.has(text, Character.UnicodeScript.ARABIC);
  }

  static String latinSkeleton(String latin) {
    String s = latin.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      i = appendLatin(s, i, out);
    }
    return out.toString();
  }

  /** Appends the class of the letter (or digraph) at {@code i}; returns the next position. */
  private static int appendLatin(String s, int i, StringBuilder out) {
    boolean digraph = i + 1 < s.length() && DIGRAPH_SECOND_LETTERS.indexOf(s.charAt(i + 1)) >= 0;
    for (int len = 3; digraph && len >= 2; len--) {
      if (i + len <= s.length()) {
        Character cls = DIGRAPHS.get(s.substring(i, i + len));
        if (cls != null) {
          append(out, cls);
          return i + len;
        }
      }
    }
    char c = s.charAt(i);
    if (c == 'c' && i + 1 < s.length() && SOFTENING_VOWELS.indexOf(s.charAt(i + 1)) >= 0) {
      append(out, 'S');
      return i + 1;
    }
    int k = LATIN_FROM.indexOf(c);
    if (k >= 0) {
      append(out, LATIN_TO.charAt(k));
    }
    return i + 1;
  }

  private static String arabicSkeleton(String arabic) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < arabic.length(); i++) {
      int k = ARABIC_FROM.indexOf(arabic.charAt(i));
      if (k >= 0) {
        append(out, ARABIC_TO.charAt(k));
      }
    }
    return out.toString();
  }

  private static void append(StringBuilder out, char cls) {
    if (out.isEmpty() || out.charAt(out.length() - 1) != cls) {
      out.append(cls);
    }
  }
}
