package dev.storywire.analysis.script;

import com.ibm.icu.lang.UScript;
import org.jspecify.annotations.Nullable;

/**
 * The writing systems that decide (or narrow) a paragraph's language.
 *
 * <p>{@link #directLanguage()} is the language a script implies on its own; scripts shared by many
 * languages (Latin, Cyrillic) have none and go to a statistical detector restricted to them.
 */
public enum ScriptGroup {
  LATIN(null),
  CYRILLIC(null),
  ARABIC("ar"),
  HAN("zh"),
  KANA("ja"),
  HANGUL("ko"),
  THAI("th"),
  GREEK("el"),
  HEBREW("he"),
  ARMENIAN("hy"),
  GEORGIAN("ka"),
  DEVANAGARI("hi"),
  BENGALI("bn"),
  TAMIL("ta"),
  OTHER(null);

  /** Code points below this are ASCII, whose only letters (a-z, A-Z) are all Latin. */
  private static final int FIRST_NON_ASCII = 0x80;

  private final @Nullable String directLanguage;

  ScriptGroup(@Nullable String directLanguage) {
    this.directLanguage = directLanguage;
  }

  /** @return the ISO 639-1 code the script alone implies, or null when it is shared */
  public @Nullable String directLanguage() {
    return directLanguage;
  }

  /** @return the group of a letter's script; {@link #OTHER} for scripts not listed */
  public static ScriptGroup of(int codePoint) {
    if (codePoint < FIRST_NON_ASCII && Character.isLetter(codePoint)) {
      return LATIN; // most letters of most text: a-z and A-Z need no script lookup
    }
    return switch (UScript.getScript(codePoint)) {
      case UScript.LATIN -> LATIN;
      case UScript.CYRILLIC -> CYRILLIC;
      case UScript.ARABIC -> ARABIC;
      case UScript.HAN -> HAN;
      case UScript.HIRAGANA, UScript.KATAKANA -> KANA;
      case UScript.HANGUL -> HANGUL;
      case UScript.THAI -> THAI;
      case UScript.GREEK -> GREEK;
      case UScript.HEBREW -> HEBREW;
      case UScript.ARMENIAN -> ARMENIAN;
      case UScript.GEORGIAN -> GEORGIAN;
      case UScript.DEVANAGARI -> DEVANAGARI;
      case UScript.BENGALI -> BENGALI;
      case UScript.TAMIL -> TAMIL;
      default -> OTHER;
    };
  }

  /** Whether one character of the script carries about a word (so it is weighted up when counting). */
  public boolean logographic() {
    return this == HAN || this == KANA || this == HANGUL;
  }
}
