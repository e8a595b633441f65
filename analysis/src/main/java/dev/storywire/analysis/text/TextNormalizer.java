package dev.storywire.analysis.text;

import com.ibm.icu.text.Normalizer2;

/**
 * The normalised form of a text that duplicates are compared on: NFKC with case folding, without
 * diacritics, tatweel or punctuation, whitespace collapsed. Thread-safe.
 */
public final class TextNormalizer {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  /** Tatweel, the Arabic letter-stretching character: typography, not text. */
  private static final int TATWEEL = 0x0640;

  private TextNormalizer() {}

  /** @return the normalised text */
  public static String normalize(String text) {
    String folded = NFD.normalize(NFKC_CASEFOLD.normalize(text));
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = true;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || cp == TATWEEL;
      if (mark) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(cp);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    return out.toString().stripTrailing();
  }
}
