package dev.storywire.analysis.langid;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The 75 languages of the n-gram model, in the order of Lingua's {@code Language} enum (which is
 * also the order that breaks exact ties), with the scripts each is written in and the letters only
 * it (among these languages) uses. The facts are Lingua's (Apache-2.0, Peter M. Stahl).
 */
public enum LangidLanguage {
  AFRIKAANS("af", latin(), null),
  ALBANIAN("sq", latin(), null),
  ARABIC("ar", EnumSet.of(UnicodeScript.ARABIC), null),
  ARMENIAN("hy", EnumSet.of(UnicodeScript.ARMENIAN), null),
  AZERBAIJANI("az", latin(), "Əə"),
  BASQUE("eu", latin(), null),
  BELARUSIAN("be", cyrillic(), null),
  BENGALI("bn", EnumSet.of(UnicodeScript.BENGALI), null),
  BOKMAL("nb", latin(), null),
  BOSNIAN("bs", latin(), null),
  BULGARIAN("bg", cyrillic(), null),
  CATALAN("ca", latin(), "Ïï"),
  CHINESE("zh", EnumSet.of(UnicodeScript.HAN), null),
  CROATIAN("hr", latin(), null),
  CZECH("cs", latin(), "ĚěŘřŮů"),
  DANISH("da", latin(), null),
  DUTCH("nl", latin(), null),
  ENGLISH("en", latin(), null),
  ESPERANTO("eo", latin(), "ĈĉĜĝĤĥĴĵŜŝŬŭ"),
  ESTONIAN("et", latin(), null),
  FINNISH("fi", latin(), null),
  FRENCH("fr", latin(), null),
  GANDA("lg", latin(), null),
  GEORGIAN("ka", EnumSet.of(UnicodeScript.GEORGIAN), null),
  GERMAN("de", latin(), "ß"),
  GREEK("el", EnumSet.of(UnicodeScript.GREEK), null),
  GUJARATI("gu", EnumSet.of(UnicodeScript.GUJARATI), null),
  HEBREW("he", EnumSet.of(UnicodeScript.HEBREW), null),
  HINDI("hi", EnumSet.of(UnicodeScript.DEVANAGARI), null),
  HUNGARIAN("hu", latin(), "ŐőŰű"),
  ICELANDIC("is", latin(), null),
  INDONESIAN("id", latin(), null),
  IRISH("ga", latin(), null),
  ITALIAN("it", latin(), null),
  JAPANESE("ja", EnumSet.of(UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HAN), null),
  KAZAKH("kk", cyrillic(), "ӘәҒғҚқҢңҰұ"),
  KOREAN("ko", EnumSet.of(UnicodeScript.HANGUL), null),
  LATIN("la", latin(), null),
  LATVIAN("lv", latin(), "ĢģĶķĻļŅņ"),
  LITHUANIAN("lt", latin(), "ĖėĮįŲų"),
  MACEDONIAN("mk", cyrillic(), "ЃѓЅѕЌќЏџ"),
  MALAY("ms", latin(), null),
  MAORI("mi", latin(), null),
  MARATHI("mr", EnumSet.of(UnicodeScript.DEVANAGARI), "ळ"),
  MONGOLIAN("mn", cyrillic(), "ӨөҮү"),
  NYNORSK("nn", latin(), null),
  PERSIAN("fa", EnumSet.of(UnicodeScript.ARABIC), null),
  POLISH("pl", latin(), "ŁłŃńŚśŹź"),
  PORTUGUESE("pt", latin(), null),
  PUNJABI("pa", EnumSet.of(UnicodeScript.GURMUKHI), null),
  ROMANIAN("ro", latin(), "Țţ"),
  RUSSIAN("ru", cyrillic(), null),
  SERBIAN("sr", cyrillic(), "ЂђЋћ"),
  SHONA("sn", latin(), null),
  SLOVAK("sk", latin(), "ĹĺĽľŔŕ"),
  SLOVENE("sl", latin(), null),
  SOMALI("so", latin(), null),
  SOTHO("st", latin(), null),
  SPANISH("es", latin(), "¿¡"),
  SWAHILI("sw", latin(), null),
  SWEDISH("sv", latin(), null),
  TAGALOG("tl", latin(), null),
  TAMIL("ta", EnumSet.of(UnicodeScript.TAMIL), null),
  TELUGU("te", EnumSet.of(UnicodeScript.TELUGU), null),
  THAI("th", EnumSet.of(UnicodeScript.THAI), null),
  TSONGA("ts", latin(), null),
  TSWANA("tn", latin(), null),
  TURKISH("tr", latin(), null),
  UKRAINIAN("uk", cyrillic(), "ҐґЄєЇї"),
  URDU("ur", EnumSet.of(UnicodeScript.ARABIC), null),
  VIETNAMESE("vi", latin(),
      "ẰằẦầẲẳẨẩẴẵẪẫẮắẤấẠạẶặẬậỀềẺẻỂểẼẽỄễẾếỆệỈỉĨĩỊịƠơỒồỜờỎỏỔổỞởỖỗỠỡỐốỚớỘộỢợƯưỪừỦủỬửŨũỮữỨứỤụỰựỲỳỶỷỸỹỴỵ"),
  WELSH("cy", latin(), null),
  XHOSA("xh", latin(), null),
  YORUBA("yo", latin(), "Ṣṣ"),
  ZULU("zu", latin(), null);

  private static final LangidLanguage[] ALL = values();

  private final String isoCode;
  private final Set<UnicodeScript> scripts;
  private final @Nullable String uniqueCharacters;

  LangidLanguage(String isoCode, Set<UnicodeScript> scripts, @Nullable String uniqueCharacters) {
    this.isoCode = isoCode;
    this.scripts = scripts;
    this.uniqueCharacters = uniqueCharacters;
  }

  /** @return the ISO 639-1 code */
  public String isoCode() {
    return isoCode;
  }

  /** @return the scripts the language is written in */
  public Set<UnicodeScript> scripts() {
    return scripts;
  }

  /** @return the letters of the language no other language of the model uses, or null */
  public @Nullable String uniqueCharacters() {
    return uniqueCharacters;
  }

  /** @return the language with this ISO 639-1 code, or null */
  public static @Nullable LangidLanguage byIsoCode(String isoCode) {
    for (LangidLanguage language : ALL) {
      if (language.isoCode.equals(isoCode)) {
        return language;
      }
    }
    return null;
  }

  static LangidLanguage byOrdinal(int ordinal) {
    return ALL[ordinal];
  }

  private static Set<UnicodeScript> latin() {
    return EnumSet.of(UnicodeScript.LATIN);
  }

  private static Set<UnicodeScript> cyrillic() {
    return EnumSet.of(UnicodeScript.CYRILLIC);
  }
}
