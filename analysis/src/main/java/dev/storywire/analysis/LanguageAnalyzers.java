package dev.storywire.analysis;

import dev.storywire.analysis.ar.ArabicLanguage;
import dev.storywire.analysis.en.EnglishLanguage;
import dev.storywire.analysis.zh.ChineseLanguage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.jspecify.annotations.Nullable;

/**
 * A Lucene analyzer per language: Arabic normalisation and light stemming, Chinese word
 * segmentation, English stemming, and ICU segmentation with folding for every other language.
 * Analyzers are built on first use and shared (Lucene analyzers are thread-safe); names are kept
 * apart in entity-key fields, since stemmers and segmenters break them.
 */
public final class LanguageAnalyzers implements AutoCloseable {
  /** The languages with a recipe of their own; everything else gets {@link #icuFolding()}. */
  private static final Map<String, Supplier<Analyzer>> RECIPES =
      Map.of("ar", ArabicLanguage::analyzer, "zh", ChineseLanguage::analyzer, "en", EnglishLanguage::analyzer);

  /** The key under which the fallback analyzer is cached. */
  private static final String FALLBACK = "";

  private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

  private LanguageAnalyzers() {}

  public static LanguageAnalyzers create() {
    return new LanguageAnalyzers();
  }

  /** @return the analyzer for an ISO 639-1 code; ICU tokenising and folding for others and null */
  public Analyzer forLanguage(@Nullable String iso639_1) {
    String key = iso639_1 != null && RECIPES.containsKey(iso639_1) ? iso639_1 : FALLBACK;
    return analyzers.computeIfAbsent(key, k -> RECIPES.getOrDefault(k, LanguageAnalyzers::icuFolding).get());
  }

  /** ICU word segmentation (UAX #29 with dictionary segmentation for Thai, Lao, Khmer …) and folding. */
  static Analyzer icuFolding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer(new IcuWordBreaks());
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
      }
    };
  }

  @Override
  public void close() {
    analyzers.values().forEach(Analyzer::close);
    analyzers.clear();
  }
}
