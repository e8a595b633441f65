package dev.storywire.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.EntityType;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
  private static final Locale DEFAULT = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(DEFAULT);
  }

  @ParameterizedTest(name = "{0} = {1} under {2}")
  @CsvSource({
    "Babuschkin, بابوشكين, en", "Babuschkin, بابوشكين, tr",
    "Musk, ماسك, en", "Musk, ماسك, tr",
    "Memphis, ممفيس, en", "Memphis, ممفيس, tr",
    "Tennessee, تينيسي, en", "Tennessee, تينيسي, tr",
    "Grok, غروك, en", "Igor, إيغور, tr"
  })
  void latinAndArabicSpellingsShareAKey(String latin, String arabic, String locale) {
    Locale.setDefault(Locale.forLanguageTag(locale));
    assertThat(NameKey.ofWord(arabic)).isEqualTo(NameKey.ofWord(latin));
  }

  @Test
  void skeletonsFoldVowelsAndMergeConsonantClasses() {
    assertThat(NameKey.ofWord("Babuschkin")).isEqualTo("PSKN");
    assertThat(NameKey.ofWord("Babushkin")).isEqualTo("PSKN");
    assertThat(NameKey.ofWord("Memphis")).isEqualTo("MFS");
    assertThat(NameKey.ofWord("Cerebras")).isEqualTo(NameKey.ofWord("Serebras"));
  }

  @Test
  void aPersonKeysOnTheFamilyNameOtherNamesOnAllWords() {
    assertThat(NameKey.of("Elon Musk", EntityType.PERSON)).isEqualTo(NameKey.ofWord("Musk"));
    assertThat(NameKey.of("Google DeepMind", EntityType.OTHER)).isNotEqualTo(NameKey.ofWord("DeepMind"));
    assertThat(NameKey.of("埃隆·马斯克", EntityType.PERSON)).isEqualTo(NameKey.ofWord("马斯克"));
  }

  @Test
  void namesTooShortForASkeletonKeyOnTheirSpelling() {
    assertThat(NameKey.ofWord("xAI")).isEqualTo("xai");
    assertThat(NameKey.ofWord("X")).isEqualTo("x");
    assertThat(NameKey.ofWord("xAI")).isNotEqualTo(NameKey.ofWord("Xu"));
  }

  @Test
  void differentNamesDiffer() {
    assertThat(NameKey.ofWord("Musk")).isNotEqualTo(NameKey.ofWord("Memphis"));
    assertThat(NameKey.ofWord("Tennessee")).isNotEqualTo(NameKey.ofWord("Texas"));
    assertThat(NameKey.ofWord("Babuschkin")).isNotEqualTo(NameKey.ofWord("Musk"));
  }

  @Test
  void otherScriptsGoThroughIcuTransliteration() {
    assertThat(NameKey.ofWord("Бабушкин")).isEqualTo(NameKey.ofWord("Babushkin"));
    assertThat(NameKey.ofWord("Μέμφις")).isEqualTo(NameKey.ofWord("Memphis"));
  }
}
