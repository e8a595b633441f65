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
  void everyOtherLanguageAndNoLanguageGetIcuSegmentationAndFolding() throws IOException {
    assertThat(tokens(ANALYZERS.forLanguage("fr"), "Élysée À PARIS")).containsExactly("elysee", "a", "paris");
    assertThat(tokens(ANALYZERS.forLanguage(null), "İstanbul'da ΑΘΗΝΑ")).contains("istanbul'da", "αθηνα");
    assertThat(ANALYZERS.forLanguage("de")).isSameAs(ANALYZERS.forLanguage(null));
  }
}
