package dev.storywire.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateParserTest {
  private static LocalDate day(String s) {
    return DateParser.find(s).orElseThrow().date();
  }

  @Test
  void isoWithAndWithoutOffset() {
    ParsedDate d = DateParser.find("2025-08-13T09:30:00+02:00").orElseThrow();
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 8, 13));
    assertThat(d.time()).isEqualTo(LocalTime.of(9, 30));
    assertThat(d.offset()).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(DateParser.find("2025-08-13T09:30:00.123Z").orElseThrow().offset()).isEqualTo(ZoneOffset.UTC);
    assertThat(DateParser.find("2025-08-13 09:30").orElseThrow().offset()).isNull();
    assertThat(DateParser.find("2025-08-13").orElseThrow().time()).isNull();
  }

  @Test
  void writtenForms() {
    assertThat(day("August 13, 2025")).isEqualTo(LocalDate.of(2025, 8, 13));
    assertThat(day("Aug. 13 2025")).isEqualTo(LocalDate.of(2025, 8, 13));
    assertThat(day("13 August 2025")).isEqualTo(LocalDate.of(2025, 8, 13));
    assertThat(day("13. März 2025")).isEqualTo(LocalDate.of(2025, 3, 13));
    assertThat(day("13 de agosto de 2025")).isEqualTo(LocalDate.of(2025, 8, 13));
    assertThat(day("duminică, 20 septembrie 2020")).isEqualTo(LocalDate.of(2020, 9, 20));
    assertThat(day("28.11.2025")).isEqualTo(LocalDate.of(2025, 11, 28));
    assertThat(day("11/28/2025")).isEqualTo(LocalDate.of(2025, 11, 28));
    assertThat(day("2025年11月28日")).isEqualTo(LocalDate.of(2025, 11, 28));
    assertThat(day("Mon, 30 Nov 2020 10:00:00 GMT")).isEqualTo(LocalDate.of(2020, 11, 30));
  }

  @Test
  void monthNamesOfArabicRussianPolishTurkishAndIndonesianPagesAndArabicIndicDigits() {
    assertThat(day("نشر في 13 أغسطس 2025")).isEqualTo(LocalDate.of(2025, 8, 13));
    assertThat(day("الأربعاء 13 اغسطس 2025")).isEqualTo(LocalDate.of(2025, 8, 13));
    assertThat(day("٢٨ نوفمبر ٢٠٢٥")).isEqualTo(LocalDate.of(2025, 11, 28));
    assertThat(day("3 حزيران 2024")).isEqualTo(LocalDate.of(2024, 6, 3));
    assertThat(day("28 ноября 2025 года")).isEqualTo(LocalDate.of(2025, 11, 28));
    assertThat(day("1 мая 2024")).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(day("12 października 2023")).isEqualTo(LocalDate.of(2023, 10, 12));
    assertThat(day("5 Şubat 2024")).isEqualTo(LocalDate.of(2024, 2, 5));
    assertThat(day("17 Agustus 2025")).isEqualTo(LocalDate.of(2025, 8, 17));
    // whole words only: a Turkish "ara" (between) or Arabic "مار" is no month
    assertThat(DateParser.find("12 ara 2024")).isEmpty();
  }

  @Test
  void wholeLineDatesOnly() {
    assertThat(DateParser.whole("2025年11月28日")).isPresent();
    assertThat(DateParser.whole("Friday, November 28, 2025")).isPresent();
    assertThat(DateParser.whole("2025年11月28日,香港大埔区宏福苑突发五级烈火")).isEmpty();
  }

  @Test
  void invalidAndImplausibleDates() {
    assertThat(DateParser.find("2025-02-30")).isEmpty();
    assertThat(DateParser.find("no date here")).isEmpty();
    Instant now = Instant.parse("2025-11-28T12:00:00Z");
    assertThat(DateParser.plausible(LocalDate.of(1989, 12, 31), now)).isFalse();
    assertThat(DateParser.plausible(LocalDate.of(2025, 11, 29), now)).isTrue();
    assertThat(DateParser.plausible(LocalDate.of(2025, 12, 1), now)).isFalse();
  }

  @Test
  void twoDigitYearsOnlyWhenAskedAndNoFullDateIsThere() {
    assertThat(DateParser.find("Von: A. Autor | 31.10.23")).isEmpty();
    assertThat(DateParser.findAllowingShortYear("Von: A. Autor | 31.10.23").orElseThrow().date())
        .isEqualTo(LocalDate.of(2023, 10, 31));
    assertThat(DateParser.findAllowingShortYear("31.10.23, aktualisiert 01.11.2023").orElseThrow().date())
        .isEqualTo(LocalDate.of(2023, 11, 1));
    assertThat(DateParser.findAllowingShortYear("Version 1.2.19.4")).isEmpty();
  }
}
