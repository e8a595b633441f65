package dev.storywire.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class LanguageAnalyzersTest {
  private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.create();

  @AfterAll
  static void close() {
    ANALYZERS.close();
  }

  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void arabicIsNormalisedStemmedAndStopWordsDropped() throws IOException {
    List<String> t = tokens(ANALYZERS.forLanguage("ar"), "وقاد بابوشكين فرق الهندسة في الشركات");
    assertThat(t).doesNotContain("في").contains("هندس").contains("شرك");
  }

  @Test
  void chineseIsSegmentedIntoWords() throws IOException {
    List<String> t = tokens(ANALYZERS.forLanguage("zh"), "人工智能领域注入了新的变数");
    assertThat(t).contains("人工智能", "领域", "注入", "变数");
  }

  @Test
  void englishIsStemmedWithoutStopWords() throws IOException {
    assertThat(tokens(ANALYZERS.forLanguage("en"), "The companies are building supercomputers"))
        .containsExactly("compani", "build", "supercomput");
  }

  @Test
  void languagesWithoutARecipeAndNoLanguageGetIcuSegmentationAndFolding() throws IOException {
    assertThat(tokens(ANALYZERS.forLanguage("sw"), "Rais WA Kenya")).containsExactly("rais", "wa", "kenya");
    assertThat(tokens(ANALYZERS.forLanguage(null), "İstanbul'da ΑΘΗΝΑ Élysée")).contains("istanbul'da", "αθηνα", "elysee");
    assertThat(ANALYZERS.forLanguage("sw")).isSameAs(ANALYZERS.forLanguage(null));
  }

  @Test
  void inflectionsOfOneWordMeetAndStopWordsGo() throws IOException {
    assertSameTerms("de", "Der Präsident und die Präsidenten", "präsident Präsidenten");
    assertSameTerms("es", "los presidentes del gobierno", "presidente gobiernos");
    assertSameTerms("fr", "l'économie et les économies", "économie économies");
    assertSameTerms("it", "dell'economia e le economie", "economia economie");
    assertSameTerms("pl", "spotkanie prezydenta z prezydentem", "spotkanie prezydent prezydent");
    assertSameTerms("ru", "встреча президента с президентом", "встреча президент президент");
    assertSameTerms("tr", "Ankara'da ve Ankara'ya", "ankara ankara");
    assertSameTerms("pt", "os presidentes e o presidente", "presidente presidente");
    assertSameTerms("nl", "de verkiezingen en de verkiezing", "verkiezing verkiezing");
  }

  @Test
  void stemmedTermsAreFoldedSoAQueryWithoutAccentsMeetsThem() throws IOException {
    assertThat(tokens(ANALYZERS.forLanguage("fr"), "Élysée"))
        .isEqualTo(tokens(ANALYZERS.forLanguage("fr"), "elysee"));
    assertThat(tokens(ANALYZERS.forLanguage("de"), "Häfen")).isEqualTo(tokens(ANALYZERS.forLanguage("de"), "hafen"));
    assertThat(tokens(ANALYZERS.forLanguage("es"), "Gobierno GOBIERNO gobierno")).containsOnly("gobiern");
    assertThat(ANALYZERS.forLanguage("nb")).isSameAs(ANALYZERS.forLanguage("no"));
  }

  /** The two texts analyze to the same terms (in the same order), and some terms. */
  private static void assertSameTerms(String language, String text, String other) throws IOException {
    List<String> a = tokens(ANALYZERS.forLanguage(language), text);
    assertThat(a).as(language + ": " + text).isNotEmpty().isEqualTo(tokens(ANALYZERS.forLanguage(language), other));
  }
}
