package dev.storywire.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimesTest {
  @Test
  void timesAreShownToTheMinuteWithTheirZone() {
    assertThat(Times.readable("2026-11-23T19:19:54.630632341Z")).isEqualTo("2026-11-23 19:19 UTC");
    assertThat(Times.readable("2025-11-28T13:39")).isEqualTo("2025-11-28 13:39");
    assertThat(Times.readable("2025-08-14T09:30:00+03:00")).isEqualTo("2025-08-14 09:30 +03:00");
    assertThat(Times.readable("2025-08-14T09:30:00-05:00")).isEqualTo("2025-08-14 09:30 -05:00");
    assertThat(Times.readable("2025-08-13")).isEqualTo("2025-08-13");
    assertThat(Times.readable("not a time at all")).isEqualTo("not a time at all");
  }
}
