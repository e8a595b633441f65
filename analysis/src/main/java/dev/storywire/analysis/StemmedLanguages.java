package dev.storywire.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hu.HungarianLightStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ro.RomanianNormalizationFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;
import org.jspecify.annotations.Nullable;

/**
 * Analyzers for the languages Lucene has a stemmer and a stop list for, other than Arabic, Chinese
 * and English (which have recipes of their own). Every one segments with ICU word rules like the
 * fallback analyzer, so words split the same way in every language; then drops elided articles
 * (French l', Italian dell', Catalan d') or a Turkish suffix after an apostrophe (Ankara'da), lower
 * cases by the language's rules, drops the language's stop words, stems (light stemmers where
 * Lucene has one: they join the inflections of a word without conflating different words), and
 * folds diacritics last so that a query typed without accents still meets the text.
 *
 * <p>Stemming is what makes two reports of one event share their words: unstemmed, German
 * "Präsident", "Präsidenten" and "Präsidentin", or Polish "prezydent", "prezydenta" and
 * "prezydentem", are different terms.
 */
final class StemmedLanguages {
  private StemmedLanguages() {}

  /** How a language's lower-cased, stop-word-free tokens are stemmed. */
  private record Recipe(CharArraySet stopWords, UnaryOperator<TokenStream> before,
      UnaryOperator<TokenStream> lowerCase, UnaryOperator<TokenStream> stem) {

    static Recipe of(CharArraySet stopWords, UnaryOperator<TokenStream> stem) {
      return new Recipe(stopWords, UnaryOperator.identity(), LowerCaseFilter::new, stem);
    }

    Recipe before(UnaryOperator<TokenStream> step) {
      return new Recipe(stopWords, step, lowerCase, stem);
    }

    Recipe lowerCase(UnaryOperator<TokenStream> step) {
      return new Recipe(stopWords, before, step, stem);
    }
  }

  /** Italian articles and prepositions that elide before a vowel (dell'anno, l'Italia, un'altra). */
  private static final CharArraySet ITALIAN_ELIDED = new CharArraySet(List.of(
      "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
      "sugl", "un", "m", "t", "s", "v", "d", "quell", "quest", "bell"), true);

  /** Catalan articles and pronouns that elide (l'ajuntament, d'Espanya, s'ha). */
  private static final CharArraySet CATALAN_ELIDED =
      new CharArraySet(List.of("d", "l", "m", "n", "s", "t"), true);

  /** The recipes by ISO 639-1 code. */
  private static final Map<String, Recipe> RECIPES = Map.ofEntries(
      Map.entry("bg", Recipe.of(BulgarianAnalyzer.getDefaultStopSet(), BulgarianStemFilter::new)),
      Map.entry("ca", Recipe.of(CatalanAnalyzer.getDefaultStopSet(), in -> new SnowballFilter(in, new CatalanStemmer()))
          .before(in -> new ElisionFilter(in, CATALAN_ELIDED))),
      Map.entry("cs", Recipe.of(CzechAnalyzer.getDefaultStopSet(), CzechStemFilter::new)),
      Map.entry("da", Recipe.of(DanishAnalyzer.getDefaultStopSet(), in -> new SnowballFilter(in, new DanishStemmer()))),
      Map.entry("de", Recipe.of(GermanAnalyzer.getDefaultStopSet(),
          in -> new GermanLightStemFilter(new GermanNormalizationFilter(in)))),
      Map.entry("el", Recipe.of(GreekAnalyzer.getDefaultStopSet(), GreekStemFilter::new).lowerCase(GreekLowerCaseFilter::new)),
      Map.entry("es", Recipe.of(SpanishAnalyzer.getDefaultStopSet(), SpanishLightStemFilter::new)),
      Map.entry("fi", Recipe.of(FinnishAnalyzer.getDefaultStopSet(), FinnishLightStemFilter::new)),
      Map.entry("fr", Recipe.of(FrenchAnalyzer.getDefaultStopSet(), FrenchLightStemFilter::new)
          .before(in -> new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES))),
      Map.entry("hu", Recipe.of(HungarianAnalyzer.getDefaultStopSet(), HungarianLightStemFilter::new)),
      Map.entry("id", Recipe.of(IndonesianAnalyzer.getDefaultStopSet(), IndonesianStemFilter::new)),
      Map.entry("it", Recipe.of(ItalianAnalyzer.getDefaultStopSet(), ItalianLightStemFilter::new)
          .before(in -> new ElisionFilter(in, ITALIAN_ELIDED))),
      Map.entry("nl", Recipe.of(DutchAnalyzer.getDefaultStopSet(), in -> new SnowballFilter(in, new DutchStemmer()))),
      Map.entry("no", Recipe.of(NorwegianAnalyzer.getDefaultStopSet(), NorwegianLightStemFilter::new)),
      Map.entry("pl", Recipe.of(PolishAnalyzer.getDefaultStopSet(),
          in -> new StempelFilter(in, new StempelStemmer(PolishAnalyzer.getDefaultTable())))),
      Map.entry("pt", Recipe.of(PortugueseAnalyzer.getDefaultStopSet(), PortugueseLightStemFilter::new)),
      Map.entry("ro", Recipe.of(RomanianAnalyzer.getDefaultStopSet(),
          in -> new SnowballFilter(in, new RomanianStemmer())).before(RomanianNormalizationFilter::new)),
      Map.entry("ru", Recipe.of(RussianAnalyzer.getDefaultStopSet(), in -> new SnowballFilter(in, new RussianStemmer()))),
      Map.entry("sv", Recipe.of(SwedishAnalyzer.getDefaultStopSet(), SwedishLightStemFilter::new)),
      Map.entry("tr", Recipe.of(TurkishAnalyzer.getDefaultStopSet(), in -> new SnowballFilter(in, new TurkishStemmer()))
          .before(ApostropheFilter::new).lowerCase(TurkishLowerCaseFilter::new)));

  /** The languages with a recipe here. */
  static Set<String> languages() {
    return RECIPES.keySet();
  }

  /** @return a new analyzer for the language, or null when it has no recipe here */
  static @Nullable Analyzer analyzer(String iso639_1) {
    Recipe recipe = RECIPES.get(iso639_1);
    if (recipe == null) {
      return null;
    }
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer(new IcuWordBreaks());
        TokenStream ts = recipe.lowerCase().apply(recipe.before().apply(tokenizer));
        ts = recipe.stem().apply(new StopFilter(ts, recipe.stopWords()));
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(ts));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUFoldingFilter(recipe.lowerCase().apply(in));
      }
    };
  }
}
