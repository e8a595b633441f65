package dev.storywire.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.PageDate;
import java.time.Instant;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The publication-date rules of {@link PageDates}, each on a small page. */
class PageDatesTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final String BODY_TEXT = "<p>The council approved the new budget on Tuesday after a long debate.</p>";

  private static @Nullable PageDate published(String html, @Nullable String url) {
    Document doc = Jsoup.parse(html);
    return new PageDates(doc, new MetaTags(doc), NOW).published(url);
  }

  @Test
  void statedDateShownInTheBylineWinsOverADisagreeingOne() {
    String head = "<head><script type=\"application/ld+json\">{\"datePublished\":\"2024-03-01T08:00:00Z\"}</script>"
        + "<meta property=\"article:published_time\" content=\"2024-03-04T09:00:00Z\"></head>";
    PageDate d = published(head + "<body><h1>T</h1><span class=\"date\">4 March 2024</span>" + BODY_TEXT + "</body>", null);
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(d.rule()).isEqualTo(PageDates.CONFIRMED);
  }

  @Test
  void mostReliableStatedDateStaysWhenTheBylineConfirmsNone() {
    String head = "<head><script type=\"application/ld+json\">{\"datePublished\":\"2024-03-01T08:00:00Z\"}</script>"
        + "<meta property=\"article:published_time\" content=\"2024-03-04T09:00:00Z\"></head>";
    assertThat(published(head + "<body><h1>T</h1>" + BODY_TEXT + "</body>", null).rule()).isEqualTo("html.date.jsonld");
    assertThat(published(head + "<body><h1>T</h1><span class=\"date\">1 March 2024</span>" + BODY_TEXT + "</body>", null)
        .date()).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void modificationDateIsNeverConfirmedAsPublication() {
    String head = "<head><script type=\"application/ld+json\">{\"datePublished\":\"2024-03-01\",\"dateModified\":\"2024-03-04\"}"
        + "</script></head>";
    PageDate d = published(head + "<body><h1>T</h1><span class=\"date\">4 March 2024</span>" + BODY_TEXT + "</body>", null);
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 1));
  }
}
