package dev.storywire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndexFieldsTest {
  private static final Instant SEEN = Instant.parse("2025-08-14T02:00:00Z");

  @Test
  void publishedTimesReadInEveryFormPageDateWrites() {
    assertThat(IndexFields.parseIso("2025-08-13")).isEqualTo(Instant.parse("2025-08-13T00:00:00Z"));
    assertThat(IndexFields.parseIso("2025-08-13T18:30")).isEqualTo(Instant.parse("2025-08-13T18:30:00Z"));
    assertThat(IndexFields.parseIso("2025-08-13T18:30+03:00")).isEqualTo(Instant.parse("2025-08-13T15:30:00Z"));
    assertThat(IndexFields.parseIso("2025-08-13T15:30:00.5Z")).isEqualTo(Instant.parse("2025-08-13T15:30:00.5Z"));
  }

  @Test
  void unreadablePublishedFallsBackToFirstSeen() {
    assertThat(IndexFields.parseIso("yesterday")).isNull();
    assertThat(IndexFields.parseIso("2025-13-45")).isNull();
    assertThat(IndexFields.recency("yesterday", SEEN)).isEqualTo(SEEN.toEpochMilli());
    assertThat(IndexFields.recency(null, SEEN)).isEqualTo(SEEN.toEpochMilli());
    assertThat(IndexFields.recency("2025-08-13", SEEN)).isEqualTo(Instant.parse("2025-08-13T00:00:00Z").toEpochMilli());
  }

  @Test
  void languageFieldSuffixes() {
    assertThat(LanguageFieldAnalyzer.suffix(null)).isEqualTo("und");
    assertThat(LanguageFieldAnalyzer.suffix("ar")).isEqualTo("ar");
    assertThat(LanguageFieldAnalyzer.suffix("zh-Hant")).isEqualTo("zh");
    assertThat(LanguageFieldAnalyzer.suffix("pt_BR")).isEqualTo("pt");
    assertThat(LanguageFieldAnalyzer.suffix("not a language")).isEqualTo("und");
    assertThat(LanguageFieldAnalyzer.suffix("")).isEqualTo("und");
  }

  @Test
  void languageFieldSuffixesIgnoreATurkishDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(LanguageFieldAnalyzer.suffix("IT")).isEqualTo("it");
      assertThat(LanguageFieldAnalyzer.suffix("ID")).isEqualTo("id");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
