package dev.storywire.analysis.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shingle hashes of a normalised text for near-duplicate detection: word 3-shingles, and
 * character bigrams inside runs of CJK characters (which have no spaces between words).
 */
public final class Shingles {
  /** Words per shingle: three keep shared phrases apart from shared vocabulary. */
  static final int WORDS_PER_SHINGLE = 3;

  /** Characters per CJK shingle. */
  static final int CJK_CHARS_PER_SHINGLE = 2;

  /** No Han, kana or Hangul code point lies below this one (the Hangul jamo, U+1100). */
  private static final int FIRST_CJK = 0x1100;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Shingles() {}

  /** @return the distinct shingle hashes of a normalised text, sorted */
  public static long[] of(String normalized) {
    List<String> words = new ArrayList<>();
    List<Long> hashes = new ArrayList<>();
    for (String token : normalized.split(" ")) {
      if (token.isEmpty()) {
        continue;
      }
      if (isCjk(token.codePointAt(0))) {
        cjkBigrams(token, hashes);
      } else {
        words.add(token);
      }
    }
    for (int i = 0; i + WORDS_PER_SHINGLE <= words.size(); i++) {
      hashes.add(hash(String.join(" ", words.subList(i, i + WORDS_PER_SHINGLE))));
    }
    return hashes.stream().mapToLong(Long::longValue).distinct().sorted().toArray();
  }

  private static void cjkBigrams(String token, List<Long> out) {
    int[] cps = token.codePoints().toArray();
    for (int i = 0; i + CJK_CHARS_PER_SHINGLE <= cps.length; i++) {
      out.add(hash(new String(Arrays.copyOfRange(cps, i, i + CJK_CHARS_PER_SHINGLE), 0, CJK_CHARS_PER_SHINGLE)));
    }
  }

  private static boolean isCjk(int cp) {
    if (cp < FIRST_CJK) {
      return false; // most words start with an ASCII or Latin-1 letter: no script lookup for them
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
  }

  /** 64-bit FNV-1a of the UTF-8 bytes: stable across runs and JVMs, unlike String.hashCode. */
  public static long hash(String s) {
    long h = FNV_OFFSET;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= FNV_PRIME;
    }
    return h;
  }
}
