package dev.storywire.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryKeysTest {
  private static final QueryKeys KEYS = QueryKeys.create();
  private static final Locale DEFAULT = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "tr"})
  void aNameGivesTheSameKeyInEveryScript(String locale) {
    Locale.setDefault(Locale.forLanguageTag(locale));
    assertThat(KEYS.entityKeys("بابوشكين")).isEqualTo(KEYS.entityKeys("Babuschkin")).hasSize(1);
    assertThat(KEYS.entityKeys("马斯克")).isEqualTo(KEYS.entityKeys("Musk")).hasSize(1);
    assertThat(KEYS.entityKeys("孟菲斯")).isEqualTo(KEYS.entityKeys("ممفيس"));
    assertThat(KEYS.entityKeys("田纳西")).isEqualTo(KEYS.entityKeys("Tennessee"));
  }

  @Test
  void lowerCaseQueryWordsCountAsNames() {
    assertThat(KEYS.entityKeys("musk")).isEqualTo(KEYS.entityKeys("Musk"));
    assertThat(KEYS.entityKeys("Elon Musk")).contains(KEYS.entityKeys("马斯克").iterator().next());
  }

  @Test
  void aQueryWithoutNamesGivesNoKeys() {
    assertThat(KEYS.entityKeys("")).isEmpty();
    assertThat(KEYS.entityKeys("2025 !")).isEmpty();
    assertThat(KEYS.entityKeys("what the")).isEmpty();
  }
}
