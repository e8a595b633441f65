package dev.storywire.analysis;

import dev.storywire.analysis.langid.LangidLanguage;
import dev.storywire.analysis.langid.NgramLanguageDetector;
import dev.storywire.analysis.script.ScriptGroup;
import dev.storywire.analysis.script.ScriptProfile;
import dev.storywire.analysis.latin.FunctionWordVote;
import org.jspecify.annotations.Nullable;

/**
 * The language of a paragraph: the script decides when it is exact (Hangul, Thai, Greek, Hebrew …:
 * scripts of one language; Han with or without kana), and the n-gram model of
 * {@link NgramLanguageDetector} (Lingua's statistics over its 75 languages, high-accuracy mode)
 * decides among the languages of shared scripts: Latin, Cyrillic, Arabic, Devanagari.
 *
 * <p>The model is a memory-mapped file (off-heap), built once from the Lingua jar into a cache
 * directory and mapped on first use; a 240-character paragraph costs about 0.2 ms. Thread-safe.
 */
public final class LanguageIdentifier {
  /**
   * Fewer (weighted) Latin or Cyrillic letters than this is a line of digits, symbols or a stray
   * abbreviation ("OK", "km"): no language. In the other scripts one letter is enough: most name
   * one language, and a short word of Arabic or Devanagari script is still a word of a few.
   */
  static final int MIN_LETTERS = 3;

  /**
   * A detection that wins by no more than this relative margin is a tie: no language. Only true
   * ties (equal scores: the same evidence in both languages) count: near-ties between languages
   * whose models are almost the same (st/tn, xh/zu, bs/hr, ms/id) are decided by the higher score,
   * as Lingua decides them. The model holds Lingua's log-probabilities unrounded, so the margins
   * that decide them (down to 1e-7 on single words) are real; treating margins below 1e-4 as ties
   * cost 0.0001–0.0002 of accuracy against Lingua on word pairs and single words.
   */
  static final double MIN_MARGIN = 1e-9;

  /** Kana share of Han+kana letters above which a Han paragraph is Japanese (kanji with kana). */
  private static final double KANA_SHARE_FOR_JAPANESE = 0.05;

  /**
   * A detection that wins by less than this (relative score margin) is a guess; the document's
   * language then takes over when the text's function words agree with it.
   */
  static final double HINT_MARGIN = 0.02;

  /**
   * Only this many characters of a paragraph are shown to the detector: accuracy stops improving
   * after a sentence or two, while the cost grows with the length (about 0.1 ms per 240 chars).
   */
  static final int MAX_DETECTED_CHARS = 400;

  private volatile @Nullable NgramLanguageDetector detector;

  private LanguageIdentifier() {}

  /** A new identifier; its model is mapped on first use (and built first, once, when absent). */
  public static LanguageIdentifier create() {
    return new LanguageIdentifier();
  }

  /**
   * @return the ISO 639-1 code of the language of {@code text}, or null when it has too few
   *     letters or no language could be told
   */
  public @Nullable String identify(String text) {
    return identify(text, null);
  }

  /**
   * Like {@link #identify(String)}, with the language of the document the text belongs to as a
   * hint: a text the model cannot tell with confidence takes the document's language when its
   * function words agree with it (a hint its words contradict is ignored).
   *
   * @param documentLanguage the document's language (ISO 639-1), or null when unknown
   */
  public @Nullable String identify(String text, @Nullable String documentLanguage) {
    ScriptProfile profile = ScriptProfile.of(text);
    if (profile.total() == 0) {
      return null;
    }
    ScriptGroup script = profile.dominant();
    if (profile.total() < MIN_LETTERS && (script == ScriptGroup.LATIN || script == ScriptGroup.CYRILLIC)) {
      return null;
    }
    return switch (script) {
      case HAN -> hanScript(profile);
      case LATIN, CYRILLIC, ARABIC, DEVANAGARI, OTHER -> detect(text, script, documentLanguage);
      default -> script.directLanguage();
    };
  }

  private @Nullable String detect(String text, ScriptGroup script, @Nullable String documentLanguage) {
    String sample = text.length() <= MAX_DETECTED_CHARS ? text : text.substring(0, MAX_DETECTED_CHARS);
    NgramLanguageDetector.Detection detection = detector().detect(sample);
    LangidLanguage language = detection.language();
    String detected = language == null || detection.margin() < MIN_MARGIN ? null : language.isoCode();
    if (documentLanguage != null && !documentLanguage.equals(detected) && detection.margin() < HINT_MARGIN
        && script == ScriptGroup.LATIN && FunctionWordVote.agrees(text, documentLanguage)) {
      return documentLanguage;
    }
    return detected;
  }

  private NgramLanguageDetector detector() {
    NgramLanguageDetector d = detector;
    if (d == null) {
      synchronized (this) {
        d = detector;
        if (d == null) {
          d = NgramLanguageDetector.load();
          detector = d;
        }
      }
    }
    return d;
  }

  private static String hanScript(ScriptProfile profile) {
    double kana = profile.count(ScriptGroup.KANA);
    double share = kana / (kana + profile.count(ScriptGroup.HAN));
    return share > KANA_SHARE_FOR_JAPANESE ? "ja" : "zh";
  }
}
