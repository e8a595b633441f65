package dev.storywire.analysis.pivot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.storywire.analysis.LanguageAnalyzers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FreeDict xxx-eng dictionaries other than Arabic, on a hand-made German dictionary in FreeDict's
 * dictd layout ({@code freedict-deu-eng.index} and {@code .dict} in the test resources; our own
 * words, not FreeDict's), read through the analyzer German text gets, whatever it does.
 */
class FreeDictionaryTest {
  private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.create();

  @AfterAll
  static void close() {
    ANALYZERS.close();
  }

  /** Copies the fixture into {@code dir} as {@code freedict-XXX-eng}, its entries dictzipped or plain. */
  private static Path install(Path dir, String iso639_3, boolean compressed) throws IOException {
    String name = FreeDictionary.name(iso639_3);
    try (InputStream index = resource("freedict-deu-eng.index")) {
      Files.copy(index, dir.resolve(name + ".index"));
    }
    try (InputStream dict = resource("freedict-deu-eng.dict")) {
      if (compressed) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name + ".dict.dz")))) {
          dict.transferTo(out);
        }
      } else {
        Files.copy(dict, dir.resolve(name + ".dict"));
      }
    }
    return dir;
  }

  private static InputStream resource(String name) {
    return FreeDictionaryTest.class.getResourceAsStream(name);
  }

  private static Map<String, Double> translate(PivotTranslator translator, String text, String lang) {
    Map<String, Double> out = new HashMap<>();
    translator.translate(text, lang, 1, out);
    return out;
  }

  @Test
  void wordsMeetHeadwordsThroughTheLanguagesAnalyzer(@TempDir Path dir) throws IOException {
    PivotTranslator translator = PivotTranslator.load(List.of(install(dir, "deu", true)), ANALYZERS::forLanguage);

    assertThat(translator.languages()).containsExactly("de", "zh");
    assertThat(translate(translator, "POLIZEI", "de")).as("case").containsOnlyKeys("polic");
    assertThat(translate(translator, "Brucke", "de")).as("accents").containsOnlyKeys("bridg", "dental");
    assertThat(translate(translator, "Rakete", "de")).as("the stems most senses share first")
        .containsOnlyKeys("rocket", "missil", "launcher");
    assertThat(translate(translator, "festnehmen", "de")).as("placeholders and stop words are not translations")
        .containsOnlyKeys("arrest", "apprehend", "take", "custodi");
    assertThat(translate(translator, "Kanzlerin", "de")).as("definitions in German are not translations")
        .containsOnlyKeys("chancellor");
    assertThat(translate(translator, "Wörterbuch", "de")).isEmpty();
    assertThat(translate(translator, "Polizei", "nl")).as("only the dictionary's language").isEmpty();
  }

  @Test
  void aPhraseHeadwordMatchesConsecutiveWordsBeforeItsWords(@TempDir Path dir) throws IOException {
    PivotTranslator translator = PivotTranslator.load(List.of(install(dir, "deu", false)), ANALYZERS::forLanguage);

    Map<String, Double> out = translate(translator, "Die Vereinigte Staaten und die Polizei", "de");
    assertThat(out).containsKeys("unit", "state", "polic").doesNotContainKeys("countri", "nation");
    assertThat(out.get("unit") + out.get("state")).as("the phrase is one word of weight 1").isEqualTo(1.0);
    assertThat(translate(translator, "Staaten", "de")).containsOnlyKeys("state", "countri", "nation");
  }

  @Test
  void aHeadwordThatAnalyzesToNothingIsLeftOut(@TempDir Path dir) throws IOException {
    install(dir, "deu", true);
    try (Analyzer stopping = new StandardAnalyzer(new CharArraySet(List.of("und"), true));
        Analyzer keeping = new StandardAnalyzer(CharArraySet.EMPTY_SET)) {
      assertThat(translate(PivotTranslator.load(List.of(dir), lang -> keeping), "und", "de")).containsOnlyKeys("plu");
      PivotTranslator translator = PivotTranslator.load(List.of(dir), lang -> stopping);
      assertThat(translate(translator, "und", "de")).isEmpty();
      assertThat(translate(translator, "Polizei und Rakete", "de")).containsKeys("polic", "rocket");
    }
  }

  @Test
  void dictionariesAreFoundAtOnceAndReadOnFirstUseOnce(@TempDir Path dir) throws Exception {
    install(Files.createDirectory(dir.resolve("first")), "deu", true);
    install(Files.createDirectory(dir.resolve("second")), "deu", false);
    install(dir.resolve("second"), "spa", false);
    PivotTranslator translator = PivotTranslator.load(List.of(dir.resolve("first"), dir.resolve("second")),
        ANALYZERS::forLanguage);

    assertThat(translator.sources()).containsExactly(Map.entry("de", dir.resolve("first")),
        Map.entry("es", dir.resolve("second")));
    assertThat(translator.readLanguages()).isEmpty();
    translate(translator, "Polizei", "en");
    assertThat(translator.readLanguages()).isEmpty();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Map<String, Double>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> translate(translator, "Polizei Rakete", "de")));
      }
      for (Future<Map<String, Double>> result : results) {
        assertThat(result.get()).containsOnlyKeys("polic", "rocket", "missil", "launcher");
      }
    } finally {
      pool.shutdown();
    }
    assertThat(translator.readLanguages()).containsExactly("de");
  }

  @Test
  void anUnreadableDictionaryFailsItsLanguageOnly(@TempDir Path dir) throws IOException {
    install(dir, "spa", true);
    Files.write(dir.resolve(FreeDictionary.name("deu") + ".index"), List.of("polizei\tA\tBQ"));
    Files.write(dir.resolve(FreeDictionary.name("deu") + ".dict.dz"), new byte[] {1, 2, 3});
    PivotTranslator translator = PivotTranslator.load(List.of(dir), ANALYZERS::forLanguage);

    assertThatThrownBy(() -> translate(translator, "Polizei", "de")).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("freedict-deu-eng");
    assertThat(translate(translator, "Polizei", "es")).containsOnlyKeys("polic");
  }

  @Test
  void theInstalledDictionariesTranslateEuropeanNews() {
    PivotTranslator installed = PivotTranslator.load(PivotTranslator.searchPath(
        Optional.ofNullable(System.getenv("STORYWIRE_DICTIONARIES")).map(Path::of).orElse(null)), ANALYZERS::forLanguage);
    assumeThat(installed.languages()).as("FreeDict deu-eng, spa-eng, pol-eng are not installed (bin/fetch-dictionaries "
        + "installs them); the test of the real dictionaries is skipped").contains("de", "es", "pl");

    assertThat(translate(installed, "Die Bundesregierung hat am Mittwoch neue Maßnahmen beschlossen", "de"))
        .containsKeys("govern", "wednesdai", "decid");
    assertThat(translate(installed, "El gobierno anunció el miércoles nuevas medidas", "es"))
        .containsKeys("govern", "wednesdai", "announc");
    assertThat(translate(installed, "Policja zatrzymała mężczyznę w porcie", "pl")).containsKeys("polic");
  }
}
