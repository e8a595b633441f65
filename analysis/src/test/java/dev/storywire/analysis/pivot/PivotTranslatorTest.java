package dev.storywire.analysis.pivot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.storywire.analysis.LanguageAnalyzers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PivotTranslatorTest {
  private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.create();
  private static final PivotTranslator WITHOUT_ARABIC = PivotTranslator.load(List.of(), ANALYZERS::forLanguage);

  private static Map<String, Double> translate(PivotTranslator translator, String text, String lang) {
    Map<String, Double> out = new HashMap<>();
    translator.translate(text, lang, 1, out);
    return out;
  }

  @Test
  void chineseWordsBecomeEnglishStemsByLongestMatch() {
    Map<String, Double> out = translate(WITHOUT_ARABIC, "警方周三逮捕了特朗普的火箭发射", "zh");

    assertThat(out).containsKeys("polic", "arrest", "trump", "rocket", "launch");
    assertThat(out).doesNotContainKeys("the", "of", "to");
  }

  @Test
  void eachWordSpreadsItsWeightOverItsTranslations() {
    Map<String, Double> out = translate(WITHOUT_ARABIC, "逮捕", "zh"); // arrest, apprehend, take custody
    assertThat(out.size()).isGreaterThan(1);
    assertThat(out.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
        org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void languagesWithoutADictionaryGetNothing() {
    assertThat(WITHOUT_ARABIC.languages()).containsExactly("zh");
    assertThat(translate(WITHOUT_ARABIC, "اعتقلت الشرطة", "ar")).isEmpty();
    assertThat(translate(WITHOUT_ARABIC, "Die Polizei", "de")).isEmpty();
    assertThat(translate(WITHOUT_ARABIC, "police", "en")).as("English is its own pivot").isEmpty();
  }

  /** A dictd dictionary in FreeDict's layout, written here (not FreeDict's data). */
  private static void writeDictd(Path dir, Map<String, List<String>> entries) throws IOException {
    StringBuilder body = new StringBuilder("00-database-info\nA test dictionary\n");
    List<String> index = new ArrayList<>();
    index.add("00databaseinfo\tA\t" + base64(body.toString().getBytes(StandardCharsets.UTF_8).length));
    for (Map.Entry<String, List<String>> e : entries.entrySet()) {
      StringBuilder entry = new StringBuilder(e.getKey()).append(" /x/\n");
      for (int i = 0; i < e.getValue().size(); i++) {
        entry.append(i + 1).append(". ").append(e.getValue().get(i)).append('\n');
      }
      int offset = body.toString().getBytes(StandardCharsets.UTF_8).length;
      int length = entry.toString().getBytes(StandardCharsets.UTF_8).length;
      index.add(e.getKey() + "\t" + base64(offset) + "\t" + base64(length));
      body.append(entry);
    }
    Files.write(dir.resolve(FreeDictionary.name("ara") + ".index"), index, StandardCharsets.UTF_8);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(FreeDictionary.name("ara") + ".dict.dz")))) {
      out.write(body.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String base64(long value) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder out = new StringBuilder();
    do {
      out.insert(0, alphabet.charAt((int) (value % 64)));
      value /= 64;
    } while (value > 0);
    return out.toString();
  }

  @Test
  void dictdNumbersAreBase64() {
    assertThat(DictdFile.base64("B")).isEqualTo(1);
    assertThat(DictdFile.base64("BA")).isEqualTo(64);
    assertThat(DictdFile.base64(base64(3_084_109))).isEqualTo(3_084_109);
    assertThat(DictdFile.base64("B-")).as("not a base64 digit").isEqualTo(-1);
  }

  @Test
  void arabicWordsMeetHeadwordsThroughLightStemming(@TempDir Path dir) throws IOException {
    Map<String, List<String>> entries = new java.util.LinkedHashMap<>();
    entries.put("الإدارة", List.of("Admin", "Administration", "Administrations", "Direction", "Directions", "Gyrating",
        "Management", "Managements"));
    entries.put("سَفِينة", List.of("Ship", "Vessel"));
    entries.put("شرطة", List.of("Police"));
    writeDictd(dir, entries);
    PivotTranslator translator = PivotTranslator.load(List.of(dir.resolve("missing"), dir), ANALYZERS::forLanguage);

    assertThat(translator.languages()).containsExactly("ar", "zh");
    assertThat(translator.sources()).containsExactly(Map.entry("ar", dir));
    assertThat(translate(translator, "وبالإدارة", "ar")).as("proclitics and article; the stems most translations share")
        .containsOnlyKeys("administr", "direct", "manag", "admin");
    assertThat(translate(translator, "سفينتها", "ar")).as("ة before a pronoun, diacritics").containsKeys("ship", "vessel");
    assertThat(translate(translator, "الشرطة", "ar")).containsKey("polic");
    assertThat(translate(translator, "كلمة مجهولة", "ar")).isEmpty();
  }

  @Test
  void theInstalledFreeDictTranslatesArabicNews() {
    PivotTranslator installed = PivotTranslator.load(PivotTranslator.searchPath(
        Optional.ofNullable(System.getenv("STORYWIRE_DICTIONARIES")).map(Path::of).orElse(null)), ANALYZERS::forLanguage);
    assumeThat(installed.languages()).as("FreeDict ara-eng is not installed (bin/fetch-dictionaries installs it); "
        + "the test of the real dictionary is skipped").contains("ar");

    Map<String, Double> out = translate(installed, "اعتقلت الشرطة رجلا بعد إطلاق الصاروخ", "ar");
    // الشرطة: its seven translations share no stem, so the first four in dictionary order stand for
    // it (backslash, constabularies, cops, constables): "police" is not among them.
    assertThat(out).containsKeys("cop", "constabl", "rocket");
  }
}
