package dev.storywire.analysis.script;

/**
 * Whether a text has any character of a script other than Latin: a scan that skips ASCII and
 * Latin-1 without looking their script up (a binary search per character), since most text the
 * question is asked about is mostly ASCII.
 */
public final class ScriptPresence {
  /** Code points below this (ASCII and Latin-1) are all of the Latin or the Common script. */
  private static final int FIRST_AFTER_LATIN_1 = 0x100;

  private ScriptPresence() {}

  /**
   * @param script any script but {@link Character.UnicodeScript#LATIN} and {@link
   *     Character.UnicodeScript#COMMON}
   * @return whether {@code text} has a code point of {@code script}
   */
  public static boolean has(CharSequence text, Character.UnicodeScript script) {
    int i = 0;
    while (i < text.length()) {
      int cp = Character.codePointAt(text, i);
      if (cp >= FIRST_AFTER_LATIN_1 && Character.UnicodeScript.of(cp) == script) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
