package dev.storywire.analysis;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.storywire.analysis.script.ScriptGroup;
import dev.storywire.analysis.script.ScriptProfile;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import dev.storywire.analysis.latin.FunctionWordVote;
import org.jspecify.annotations.Nullable;

/**
 * The language of a paragraph: the script decides when it can (Arabic, Han, kana, Hangul, Thai …),
 * and Lingua, restricted to the languages of the script, decides among Latin or Cyrillic languages.
 *
 * <p>Each Lingua detector is built on first use, in low-accuracy mode (trigrams only: about 64 MB
 * for all languages instead of 1.4 GB, and 0.2–0.6 ms a paragraph). Thread-safe.
 */
public final class LanguageIdentifier {
  /**
   * Fewer (weighted) letters than this is a line of digits, symbols or a stray word: no language.
   */
  static final int MIN_LETTERS = 3;

  /** Kana share of Han+kana letters above which a Han paragraph is Japanese (kanji with kana). */
  private static final double KANA_SHARE_FOR_JAPANESE = 0.05;

  /** Persian- or Urdu-only letters needed before an Arabic-script paragraph is not Arabic. */
  private static final int SPECIFIC_LETTERS_FOR_PERSIAN_OR_URDU = 2;

  /**
   * The Latin-script languages told apart: the major news languages written in Latin script.
   * All of Lingua's Latin languages (about 45) cost 2–3 ms a sentence in low-accuracy mode; these
   * cost a fraction of that, and a page has dozens of paragraphs. A language missing here comes
   * out as its nearest neighbour (Catalan as Spanish), which only affects its stemming.
   */
  private static final List<Language> LATIN_LANGUAGES = List.of(
      Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
      Language.PORTUGUESE, Language.DUTCH, Language.SWEDISH, Language.DANISH, Language.BOKMAL,
      Language.FINNISH, Language.POLISH, Language.CZECH, Language.ROMANIAN, Language.HUNGARIAN,
      Language.TURKISH, Language.INDONESIAN, Language.VIETNAMESE, Language.CROATIAN, Language.TAGALOG);

  /**
   * Only this many characters of a paragraph are shown to the detector: accuracy stops improving
   * after a sentence or two, while the cost grows with the length.
   */
  static final int MAX_DETECTED_CHARS = 240;

  private final Supplier<LanguageDetector> latin = lazy(LATIN_LANGUAGES);
  private final Supplier<LanguageDetector> cyrillic = lazy(Language.Companion.allWithCyrillicScript());

  private LanguageIdentifier() {}

  /** A new identifier; its detectors load on first use. */
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
   * hint: a short Latin-script paragraph whose function words agree with the hint takes it
   * without the statistical detector (a hint its words contradict is ignored).
   *
   * @param documentLanguage the document's language (ISO 639-1), or null when unknown
   */
  public @Nullable String identify(String text, @Nullable String documentLanguage) {
    ScriptProfile profile = ScriptProfile.of(text);
    if (profile.total() < MIN_LETTERS) {
      return null;
    }
    ScriptGroup script = profile.dominant();
    return switch (script) {
      case LATIN -> latin(text, documentLanguage);
      case CYRILLIC -> detect(cyrillic.get(), text);
      case ARABIC -> arabicScript(profile);
      case HAN -> hanScript(profile);
      default -> script.directLanguage();
    };
  }

  /** Function words settle most running text at once; Lingua decides the rest. */
  private @Nullable String latin(String text, @Nullable String documentLanguage) {
    String voted = FunctionWordVote.decide(text);
    if (voted != null) {
      return voted;
    }
    if (documentLanguage != null && FunctionWordVote.agrees(text, documentLanguage)) {
      return documentLanguage;
    }
    return detect(latin.get(), text);
  }

  private static String arabicScript(ScriptProfile profile) {
    if (profile.urduLetters() >= SPECIFIC_LETTERS_FOR_PERSIAN_OR_URDU) {
      return "ur";
    }
    return profile.persianLetters() >= SPECIFIC_LETTERS_FOR_PERSIAN_OR_URDU ? "fa" : "ar";
  }

  private static String hanScript(ScriptProfile profile) {
    double kana = profile.count(ScriptGroup.KANA);
    double share = kana / (kana + profile.count(ScriptGroup.HAN));
    return share > KANA_SHARE_FOR_JAPANESE ? "ja" : "zh";
  }

  private static @Nullable String detect(LanguageDetector detector, String text) {
    String sample = text.length() <= MAX_DETECTED_CHARS ? text : text.substring(0, MAX_DETECTED_CHARS);
    Language language = detector.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return null;
    }
    return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  /** A detector for {@code languages}, built once, on first use, by whichever thread comes first. */
  private static Supplier<LanguageDetector> lazy(List<Language> languages) {
    return new Supplier<>() {
      private volatile @Nullable LanguageDetector detector;

      @Override
      public LanguageDetector get() {
        LanguageDetector d = detector;
        if (d == null) {
          synchronized (this) {
            d = detector;
            if (d == null) {
              d = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
                  .withLowAccuracyMode()
                  .build();
              detector = d;
            }
          }
        }
        return d;
      }
    };
  }
}
