package dev.storywire.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {
  /** Fetched on 28 November 2025 at 09:30 UTC. */
  private static final Instant FETCHED = Instant.parse("2025-11-28T09:30:00Z");

  private static LocalDate day(String label) {
    return RelativeDates.resolve(label, FETCHED).orElse(null);
  }

  @Test
  void spansAgoInManyLanguagesCountBackFromTheFetchTime() {
    assertThat(day("2 hours ago")).isEqualTo("2025-11-28");
    assertThat(day("11 hours ago")).isEqualTo("2025-11-27"); // crosses midnight UTC
    assertThat(day("an hour ago")).isEqualTo("2025-11-28");
    assertThat(day("3 days ago")).isEqualTo("2025-11-25");
    assertThat(day("Posted 2 weeks ago")).isEqualTo("2025-11-14");
    assertThat(day("vor 3 Tagen")).isEqualTo("2025-11-25");
    assertThat(day("vor einer Stunde")).isEqualTo("2025-11-28");
    assertThat(day("il y a 2 jours")).isEqualTo("2025-11-26");
    assertThat(day("hace 5 días")).isEqualTo("2025-11-23");
    assertThat(day("há 1 dia")).isEqualTo("2025-11-27");
    assertThat(day("2 giorni fa")).isEqualTo("2025-11-26");
    assertThat(day("2 дня назад")).isEqualTo("2025-11-26");
    assertThat(day("3 gün önce")).isEqualTo("2025-11-25");
    assertThat(day("منذ 3 أيام")).isEqualTo("2025-11-25");
    assertThat(day("منذ ٣ أيام")).isEqualTo("2025-11-25");
    assertThat(day("منذ يومين")).isEqualTo("2025-11-26");
    assertThat(day("3天前")).isEqualTo("2025-11-25");
    assertThat(day("12小时前")).isEqualTo("2025-11-27");
  }

  @Test
  void yesterdayAndTodayWithOrWithoutAClockTime() {
    assertThat(day("Yesterday")).isEqualTo("2025-11-27");
    assertThat(day("gestern, 14:05")).isEqualTo("2025-11-27");
    assertThat(day("heute um 9:30 Uhr")).isEqualTo("2025-11-28");
    assertThat(day("昨天")).isEqualTo("2025-11-27");
    assertThat(day("أمس")).isEqualTo("2025-11-27");
  }

  @Test
  void sentencesModificationsAndFarSpansAreNotPublicationTimes() {
    assertThat(day("Three days ago the minister said taxes would rise")).isNull();
    assertThat(day("Updated 2 hours ago")).isNull();
    assertThat(day("Aktualisiert vor 2 Stunden")).isNull();
    assertThat(day("5 years ago")).isNull();
    assertThat(day("40 days ago")).isNull(); // beyond a month: not how pages state a publication time
    assertThat(day("2 parsecs ago")).isNull();
    assertThat(day("")).isNull();
  }
}
