package dev.storywire.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.extract.PageExtractor;
import dev.storywire.extract.TestData;
import dev.storywire.model.ExtractedPage;
import dev.storywire.model.Extraction;
import dev.storywire.model.Paragraph;
import dev.storywire.model.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Structure, roles and metadata on a small page with typical chrome around the article. */
class HtmlExtractionTest {
  private static final String P1 = "The council approved the new budget on Tuesday after a long debate, officials said, and the mayor welcomed it.";
  private static final String P2 = "The vote was close, with several members asking for more time to study the figures, according to the minutes.";
  private static final String P3 = "Spending on schools rises by five percent, while road repairs, parks and libraries keep last year's level.";

  private static final String PAGE = """
      <html lang="en-GB"><head>
      <title>Council passes budget | City Times</title>
      <meta property="og:site_name" content="City Times">
      <link rel="canonical" href="https://example.org/news/budget">
      <meta name="description" content="x">
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":["2025-08-13T09:30:00+02:00"],"dateModified":"2025-08-14"}]}</script>
      </head><body>
      <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
      <div class="cookie-consent">We use cookies to improve your experience on this site.</div>
      <div class="layout">
        <article class="story">
          <h1>Council passes budget</h1>
          <p>%s</p>
          <h2>What changes</h2>
          <p>%s</p>
          <blockquote><p>This budget is fair to everyone in the city.</p></blockquote>
          <ul><li>Schools: more money for teachers</li><li>Roads: repairs continue</li></ul>
          <table><tr><th>Item</th><th>Amount</th></tr><tr><td>Schools</td><td>5%%</td></tr></table>
          <figure><img src="a.jpg"><figcaption>The council chamber on Tuesday.</figcaption></figure>
          <p style="display:none">Hidden teaser text that must not appear anywhere in the output.</p>
          <p>%s</p>
          <p>Read also: <a href="/news/taxes">Council debates taxes</a></p>
          <p>Advertisement</p>
          <div class="share-tools"><a href="#">Share</a> <a href="#">Tweet</a></div>
        </article>
        <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Another story about something else</a></li></ul></aside>
      </div>
      <div class="related-articles"><a href="/b">Related: another budget story from last year</a></div>
      <footer>© City Times. All rights reserved.</footer>
      </body></html>
      """.formatted(P1, P2, P3);

  private ExtractedPage page(String html, String url) {
    Extraction e = new PageExtractor().extract(TestData.html(html.getBytes(StandardCharsets.UTF_8), url));
    assertThat(e).isInstanceOf(Extraction.Page.class);
    return ((Extraction.Page) e).page();
  }

  @Test
  void articleBlocksWithRolesInOrder() {
    ExtractedPage p = page(PAGE, "https://example.org/news/budget?utm=1");
    assertThat(p.paragraphs()).containsExactly(
        Paragraph.body(P1),
        new Paragraph(Role.HEADING, "What changes", null),
        Paragraph.body(P2),
        new Paragraph(Role.QUOTE, "This budget is fair to everyone in the city.", null),
        new Paragraph(Role.LIST_ITEM, "Schools: more money for teachers", null),
        new Paragraph(Role.LIST_ITEM, "Roads: repairs continue", null),
        new Paragraph(Role.TABLE_ROW, "Item\tAmount", null),
        new Paragraph(Role.TABLE_ROW, "Schools\t5%", null),
        Paragraph.body(P3));
  }

  @Test
  void timedListIsATickerAndNeverArticle() {
    String html = "<body><article><p>" + P1 + "</p><p>" + P2 + "</p></article>"
        + "<div class=\"box\"><h3>Latest news</h3><ul>"
        + "<li><span>13:39</span> <a href=\"/1\">Hospital warns about winter nose infections in young patients...</a></li>"
        + "<li><span>13:08</span> <a href=\"/2\">Chip maker announces two new graphics cards for professionals</a></li>"
        + "<li><span>28.11.2025 12:38</span> <a href=\"/3\">Energy agency launches artificial intelligence pilot scheme…</a></li>"
        + "</ul></div></body>";
    ExtractedPage p = page(html, null);
    assertThat(p.flash()).hasSize(3);
    assertThat(p.flash().get(0).time()).isEqualTo(java.time.LocalTime.of(13, 39));
    assertThat(p.flash().get(0).truncated()).isTrue();
    assertThat(p.flash().get(0).text()).isEqualTo("Hospital warns about winter nose infections in young patients");
    assertThat(p.flash().get(1).truncated()).isFalse();
    assertThat(p.flash().get(2).date()).isEqualTo(LocalDate.of(2025, 11, 28));
    assertThat(p.paragraphs()).extracting(Paragraph::text).containsExactly(P1, P2);
    assertThat(p.rules()).contains("html.ticker");
  }

  @Test
  void twoTimedItemsAreAScheduleNotATicker() {
    String html = "<body><article><p>" + P1 + "</p><ul><li>09:00 Opening speech by the mayor</li>"
        + "<li>10:00 Budget debate in the chamber</li></ul></article></body>";
    assertThat(page(html, null).flash()).isEmpty();
  }

  @Test
  void readAlsoBlocksAreRelatedLinks() {
    ExtractedPage p = page(PAGE, "https://example.org/news/budget");
    assertThat(p.related()).containsExactly(new dev.storywire.model.Link("Council debates taxes", "https://example.org/news/taxes"));
  }

  @Test
  void metadata() {
    ExtractedPage p = page(PAGE, null);
    assertThat(p.title()).isEqualTo("Council passes budget");
    assertThat(p.canonicalUrl()).isEqualTo("https://example.org/news/budget");
    assertThat(p.langHint()).isEqualTo("en");
    assertThat(p.published().toIso()).isEqualTo("2025-08-13T09:30+02:00");
    assertThat(p.published().rule()).isEqualTo("html.date.jsonld");
    assertThat(p.modified().date()).isEqualTo(LocalDate.of(2025, 8, 14));
    assertThat(p.rules()).contains("html.title.h1", "html.date.jsonld");
  }

  @Test
  void metaDateThenTimeThenUrlThenVisible() {
    String body = "<body><article><h1>T</h1><p>" + P1 + "</p><p>" + P2 + "</p></article></body>";
    assertThat(page("<head><meta property=\"article:published_time\" content=\"2024-03-01T08:00:00Z\"></head>" + body, null)
        .published().date()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(page(body.replace("<h1>T</h1>", "<h1>T</h1><time datetime=\"2024-03-02\">2 March</time>"), null)
        .published().date()).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(page(body, "https://example.org/2024/03/03/story").published().date()).isEqualTo(LocalDate.of(2024, 3, 3));
    assertThat(page(body.replace("<h1>T</h1>", "<h1>T</h1><span class=\"byline-date\">4 March 2024</span>"), null)
        .published().date()).isEqualTo(LocalDate.of(2024, 3, 4));
  }

  @Test
  void futureAndAncientDatesAreRejected() {
    String body = "<body><article><p>" + P1 + "</p></article></body>";
    assertThat(page("<head><meta name=\"date\" content=\"2099-01-01\"></head>" + body, null).published()).isNull();
    assertThat(page("<head><meta name=\"date\" content=\"1970-01-01\"></head>" + body, null).published()).isNull();
  }

  @Test
  void siteNameIsStrippedFromTitles() {
    assertThat(Titles.withoutSite("Council passes budget | City Times", "City Times")).isEqualTo("Council passes budget");
    assertThat(Titles.withoutSite("Council passes budget - BBC News", null)).isEqualTo("Council passes budget");
    assertThat(Titles.withoutSite("Left - right politics explained in depth", null)).isEqualTo("Left - right politics explained in depth");
  }
}
