package dev.storywire.analysis.script;

/**
 * How many letters of each script a text has, and which letters single out Persian or Urdu inside
 * the Arabic script.
 */
public final class ScriptProfile {
  /**
   * A Han, kana or Hangul character counts as this many letters: one carries about as much as a
   * short alphabetic word, so a Chinese paragraph full of Latin names stays Chinese.
   */
  private static final int LOGOGRAPH_WEIGHT = 3;

  /** Letters of the Arabic script that Persian uses and Arabic does not (پ چ ژ گ ک ی). */
  private static final String PERSIAN_LETTERS = "\u067E\u0686\u0698\u06AF\u06A9\u06CC";

  /** Letters of the Arabic script that Urdu uses and Persian and Arabic do not (ٹ ڈ ڑ ں ے ہ). */
  private static final String URDU_LETTERS = "\u0679\u0688\u0691\u06BA\u06D2\u06C1";

  private static final ScriptGroup[] GROUPS = ScriptGroup.values();

  /** Weighted letters by {@link ScriptGroup#ordinal()}. */
  private final int[] letters = new int[GROUPS.length];
  private int persian;
  private int urdu;
  private int total;

  private ScriptProfile() {}

  /** Counts the letters of {@code text}. */
  public static ScriptProfile of(CharSequence text) {
    ScriptProfile profile = new ScriptProfile();
    text.codePoints().filter(Character::isLetter).forEach(profile::add);
    return profile;
  }

  private void add(int cp) {
    ScriptGroup group = ScriptGroup.of(cp);
    int weight = group.logographic() ? LOGOGRAPH_WEIGHT : 1;
    letters[group.ordinal()] += weight;
    total += weight;
    if (group != ScriptGroup.ARABIC) {
      return; // the Persian and Urdu letters are all of the Arabic script
    }
    if (PERSIAN_LETTERS.indexOf(cp) >= 0) {
      persian++;
    }
    if (URDU_LETTERS.indexOf(cp) >= 0) {
      urdu++;
    }
  }

  /** @return the weighted number of letters */
  public int total() {
    return total;
  }

  /** @return the weighted number of letters of one group */
  public int count(ScriptGroup group) {
    return letters[group.ordinal()];
  }

  /** @return the group with the most (weighted) letters; {@link ScriptGroup#OTHER} for none */
  public ScriptGroup dominant() {
    ScriptGroup best = ScriptGroup.OTHER;
    int most = 0;
    for (ScriptGroup group : GROUPS) {
      if (letters[group.ordinal()] > most) { // a tie keeps the earlier group
        most = letters[group.ordinal()];
        best = group;
      }
    }
    return best;
  }

  /** @return Persian-only letters seen */
  public int persianLetters() {
    return persian;
  }

  /** @return Urdu-only letters seen */
  public int urduLetters() {
    return urdu;
  }
}
