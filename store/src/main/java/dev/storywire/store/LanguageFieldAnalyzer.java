package dev.storywire.store;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Analyzes each language field ({@code text_ar}, {@code title_zh}, {@code text_und}) with that
 * language's analyzer: a per-field wrapper whose fields are not known in advance, since every new
 * language adds two.
 */
final class LanguageFieldAnalyzer extends DelegatingAnalyzerWrapper {
  static final String TEXT_PREFIX = "text_";
  static final String TITLE_PREFIX = "title_";
  /** The field suffix for text in no identified language (ISO 639-2 "undetermined"). */
  static final String UNDETERMINED = "und";

  /** What a language code must look like to name a field; anything else is undetermined. */
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

  /** Separates a BCP 47 tag's subtags ({@code zh-Hant}) and a Java locale's ({@code pt_BR}). */
  private static final Pattern SUBTAG_SEPARATOR = Pattern.compile("[-_]");

  private final AnalyzerProvider provider;
  private final Map<String, Analyzer> byLanguage = new ConcurrentHashMap<>();

  LanguageFieldAnalyzer(AnalyzerProvider provider) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.provider = provider;
  }

  /**
   * The field suffix for a language: its primary language subtag in lower case ({@code zh} for
   * {@code zh-Hant}), or {@value #UNDETERMINED} when it has none that looks like a language code.
   */
  static String suffix(@Nullable String lang) {
    if (lang == null) {
      return UNDETERMINED;
    }
    String code = SUBTAG_SEPARATOR.split(lang.toLowerCase(Locale.ROOT), 2)[0];
    return LANGUAGE_CODE.matcher(code).matches() ? code : UNDETERMINED;
  }

  static boolean isLanguageField(String field) {
    return field.startsWith(TEXT_PREFIX) || field.startsWith(TITLE_PREFIX);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return byLanguage.computeIfAbsent(languageOf(fieldName), this::load);
  }

  private Analyzer load(String suffix) {
    return provider.forLanguage(suffix.equals(UNDETERMINED) ? null : suffix);
  }

  private static String languageOf(String field) {
    if (field.startsWith(TEXT_PREFIX)) {
      return field.substring(TEXT_PREFIX.length());
    }
    if (field.startsWith(TITLE_PREFIX)) {
      return field.substring(TITLE_PREFIX.length());
    }
    return UNDETERMINED;
  }
}
