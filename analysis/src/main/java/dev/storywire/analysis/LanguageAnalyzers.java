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
 * segmentation, English stemming, stop words and stemming for twenty more languages ({@link
 * StemmedLanguages}), and ICU segmentation with folding for every other language.
 * Analyzers are built on first use and shared (Lucene analyzers are thread-safe); names are kept
 * apart in entity-key fields, since stemmers and segmenters break them.
 */
public final class LanguageAnalyzers implements AutoCloseable {
  /** The languages with a recipe of their own; everything else gets {@link #icuFolding()}. */
  private static final Map<String, Supplier<Analyzer>> RECIPES =
      Map.of("ar", ArabicLanguage::analyzer, "zh", ChineseLanguage::analyzer, "en", EnglishLanguage::analyzer);

  /** Codes analysed as another: the two written forms of Norwegian share Lucene's Norwegian rules. */
  private static final Map<String, String> SAME_ANALYSIS = Map.of("nb", "no", "nn", "no");

  /** The key under which the fallback analyzer is cached. */
  private static final String FALLBACK = "";

  private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

  private LanguageAnalyzers() {}

  public static LanguageAnalyzers create() {
    return new LanguageAnalyzers();
  }

  /** @return the analyzer for an ISO 639-1 code; ICU tokenising and folding for others and null */
  public Analyzer forLanguage(@Nullable String iso639_1) {
    String key = iso639_1 == null ? FALLBACK : SAME_ANALYSIS.getOrDefault(iso639_1, iso639_1);
    if (!RECIPES.containsKey(key) && !StemmedLanguages.languages().contains(key)) {
      key = FALLBACK;
    }
    return analyzers.computeIfAbsent(key, LanguageAnalyzers::build);
  }

  private static Analyzer build(String key) {
    Supplier<Analyzer> recipe = RECIPES.get(key);
    if (recipe != null) {
      return recipe.get();
    }
    Analyzer stemmed = key.isEmpty() ? null : StemmedLanguages.analyzer(key);
    return stemmed != null ? stemmed : icuFolding();
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
