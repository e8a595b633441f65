package dev.storywire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedDatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Wed, 31 Dec 2003 10:14:55 GMT | 2003-12-31T10:14:55Z",
      "31 Dec 2003 10:14:55 -0800 | 2003-12-31T18:14:55Z",
      "Wed, 31 Dec 03 10:14 EST | 2003-12-31T15:14:00Z",
      "Wednesday, 31 December 2003 10:14:55 +01:00 | 2003-12-31T09:14:55Z",
      "2003-12-31T10:14:55Z | 2003-12-31T10:14:55Z",
      "2003-12-31T10:14:55.123+02:00 | 2003-12-31T08:14:55Z",
      "2003-12-31 | 2003-12-31T00:00:00Z",
      "2003-12 | 2003-12-01T00:00:00Z",
      "20031231T101455Z | 2003-12-31T10:14:55Z",
      "2003-12-31 10:14:55 | 2003-12-31T10:14:55Z",
      "Sun Jan  4 16:29:06 PST 2004 | 2004-01-05T00:29:06Z",
      "December 31, 2003 10:14 PM | 2003-12-31T22:14:00Z"})
  void parsesRealWorldForms(String raw, String expected) {
    assertThat(FeedDates.parse(raw)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"not a date", "2003-13-45", "32 Foo 2003"})
  void unparseableIsNull(String raw) {
    assertThat(FeedDates.parse(raw)).isNull();
  }
}
