package dev.storywire.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.PageDate;
import dev.storywire.model.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

  @Test
  void datesOfCommentsTopBarsAndEmbedsAreNotTheArticles() {
    String topBar = "<div class=\"td-header-top-menu\"><span class=\"date\">Friday, 4 February 2022</span></div>";
    String comment = "<ol class=\"comment-list\"><li><div class=\"comment-meta\">5 February 2022 at 10:12</div></li></ol>";
    String embed = "<blockquote class=\"instagram-media\"><time datetime=\"2019-04-21T23:47:18+00:00\">Apr 21</time></blockquote>";
    assertThat(published("<body>" + topBar + "<h1>T</h1>" + BODY_TEXT + comment + "</body>", null)).isNull();
    assertThat(published("<body><article><h1>T</h1>" + embed + BODY_TEXT + "</article></body>", null)).isNull();
    assertThat(published("<body>" + topBar + "<h1>T</h1><span class=\"byline\">3 February 2022</span>" + BODY_TEXT + "</body>",
        null).date()).isEqualTo(LocalDate.of(2022, 2, 3));
  }

  @Test
  void pageWideClassesOnBodyDoNotHideTheByline() {
    assertThat(published("<body class=\"single comments-open\"><h1>T</h1><span class=\"date\">3 February 2022</span>"
        + BODY_TEXT + "</body>", null).date()).isEqualTo(LocalDate.of(2022, 2, 3));
    assertThat(published("<body class=\"single comments-open\"><h1>T</h1><p>Berlin, 3 February 2022</p>"
        + BODY_TEXT + "</body>", null).rule()).isEqualTo("html.date.near-title");
  }

  @Test
  void bylineWithTwoDigitYear() {
    PageDate d = published("<body><h1>T</h1><div class=\"article-meta\">Von: A. Autor | 31.10.23</div>" + BODY_TEXT + "</body>", null);
    assertThat(d.date()).isEqualTo(LocalDate.of(2023, 10, 31));
  }

  @Test
  void labelledDateAnywhereOnThePage() {
    PageDate d = published("<body><h1>T</h1>" + BODY_TEXT + "<div><h5>Datum: </h5>03.11.2021</div></body>", null);
    assertThat(d.date()).isEqualTo(LocalDate.of(2021, 11, 3));
    assertThat(d.rule()).isEqualTo(PageDates.LABELLED);
    String longBody = BODY_TEXT.repeat(5); // past the headline window, which reads any date
    assertThat(published("<body><h1>T</h1>" + longBody + "<p>Aktualisiert: 03.11.2021</p></body>", null)).isNull();
    assertThat(published("<body><h1>T</h1>" + longBody
        + "<div class=\"comments\"><p>Veröffentlicht am 04.11.2021</p></div></body>", null)).isNull();
  }

  @Test
  void labelledDateOverridesAGenericMetaDateButNotAnArticleTag() {
    String body = "<body><h1>T</h1>" + BODY_TEXT + "<p>Erstellt am: 01.11.2023</p></body>";
    assertThat(published("<head><meta name=\"date\" content=\"2023-11-05\"></head>" + body, null).date())
        .isEqualTo(LocalDate.of(2023, 11, 1));
    assertThat(published("<head><meta property=\"article:published_time\" content=\"2023-11-05\"></head>" + body, null)
        .date()).isEqualTo(LocalDate.of(2023, 11, 5));
  }

  @Test
  void aRelativeBylineDateCountsBackFromTheFetchTimeAndNeverFromAComment() {
    PageDate d = published("<body><h1>T</h1><span class=\"date\">vor 3 Tagen</span>" + BODY_TEXT + "</body>", null);
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 12, 29)); // NOW is 1 January 2026, 00:00 UTC
    assertThat(d.rule()).isEqualTo("html.date.relative");
    assertThat(published("<body><h1>T</h1>" + BODY_TEXT + "<div class=\"comments\"><span class=\"date\">2 hours ago</span></div></body>",
        null)).isNull();
  }

  @Test
  void anArticleTimeOverridesAGenericMetaDateThatNothingVisibleShows() {
    String byline = "<ul class=\"infoline\"><li class=\"author\">Von A. Autor</li><li><time>29.04.2020, 12:01 Uhr</time></li></ul>";
    PageDate d = published("<head><meta name=\"date\" content=\"2020-04-30\"></head><body><h1>T</h1>" + byline + BODY_TEXT
        + "</body>", null);
    assertThat(d.date()).isEqualTo(LocalDate.of(2020, 4, 29));
    assertThat(d.rule()).isEqualTo(PageDates.TIME_OVER_GENERIC);
    assertThat(published("<head><meta property=\"article:published_time\" content=\"2020-04-30\"></head><body><h1>T</h1>"
        + byline + BODY_TEXT + "</body>", null).date()).isEqualTo(LocalDate.of(2020, 4, 30));
    assertThat(published("<head><meta name=\"date\" content=\"2020-04-30\"></head><body><h1>T</h1><p>Berlin, 30.04.2020</p>"
        + byline + BODY_TEXT + "</body>", null).date()).isEqualTo(LocalDate.of(2020, 4, 30));
  }

  @Test
  void thePermalinksDayWinsOverAUtcTimestampUnlessTheBylineShowsTheTimestampsDay() {
    String head = "<head><script type=\"application/ld+json\">{\"datePublished\":\"2020-02-19T04:00:00Z\"}</script></head>";
    String url = "https://example.com/2020/02/18/story.html";
    assertThat(published(head + "<body><h1>T</h1>" + BODY_TEXT + "</body>", url).rule()).isEqualTo("html.date.url-local-day");
    PageDate d = published(head + "<body><h1>T</h1><span class=\"date\">19 February 2020</span>" + BODY_TEXT + "</body>", url);
    assertThat(d.date()).isEqualTo(LocalDate.of(2020, 2, 19));
    assertThat(d.rule()).isEqualTo("html.date.jsonld");
  }

  @Test
  void pubdateMarksOnTeasersOfDifferentDaysAreAListNotTheArticle() {
    String header = "<article><h1>T</h1><p><time datetime=\"2019-06-28T13:49:45Z\">28 juin 2019</time></p>" + BODY_TEXT + "</article>";
    String teasers = "<ul><li><a href=\"/a\"><time datetime=\"2019-09-22T07:30:29Z\" pubdate>22 septembre</time></a></li>"
        + "<li><a href=\"/b\"><time datetime=\"2019-09-20T19:01:28Z\" pubdate>20 septembre</time></a></li></ul>";
    assertThat(published("<body>" + header + teasers + "</body>", null).date()).isEqualTo(LocalDate.of(2019, 6, 28));
    String marked = "<article><h1>T</h1><p><time datetime=\"2019-06-27T10:00:00Z\" pubdate>27 juin 2019</time></p></article>";
    assertThat(published("<body>" + marked + "<aside>" + header + "</aside></body>", null).date())
        .isEqualTo(LocalDate.of(2019, 6, 27));
  }

  @Test
  void applicationStateInAScriptIsTheLastResortAndNeverAComment() {
    String state = "<script type=\"application/json\">{\"review\":{\"title\":\"Fine\",\"publishedDate\":\"2016-11-04T20:37:27Z\"}}</script>";
    Document doc = Jsoup.parse("<body><h1>T</h1>" + BODY_TEXT + state + "</body>");
    PageDates dates = new PageDates(doc, new MetaTags(doc), NOW);
    assertThat(dates.published(null)).isNull();
    assertThat(dates.scriptState().date()).isEqualTo(LocalDate.of(2016, 11, 4));
    assertThat(dates.scriptState().rule()).isEqualTo("html.date.script-state");

    Document dated = Jsoup.parse("<body><h1>T</h1><span class=\"date\">3 November 2016</span>" + BODY_TEXT + state + "</body>");
    PageDates visible = new PageDates(dated, new MetaTags(dated), NOW);
    assertThat(visible.published(null).date()).isEqualTo(LocalDate.of(2016, 11, 3));
    assertThat(visible.scriptState()).isNull();

    Document comments = Jsoup.parse("<body><h1>T</h1>" + BODY_TEXT
        + "<script>window.__STATE__ = {\"comments\":[{\"text\":\"Great\",\"createdAt\":\"2016-11-05T10:00:00Z\"}]};</script></body>");
    PageDates onlyComments = new PageDates(comments, new MetaTags(comments), NOW);
    assertThat(onlyComments.published(null)).isNull();
    assertThat(onlyComments.scriptState()).isNull();
  }

  @Test
  void aLeadDatelineMayFollowAShortAuthorLineButNotALongParagraph() {
    Document doc = Jsoup.parse("<body></body>");
    PageDates dates = new PageDates(doc, new MetaTags(doc), NOW);
    String lead = "27.1.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes wird vieles vergessen.";
    PageDate d = dates.leadDateline(List.of(Paragraph.body("Von Claudia Lindner"), Paragraph.body(lead)));
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 27));
    assertThat(d.rule()).isEqualTo("html.date.lead-dateline.after-byline");
    assertThat(dates.leadDateline(List.of(Paragraph.body(lead))).rule()).isEqualTo("html.date.lead-dateline");
    assertThat(dates.leadDateline(List.of(Paragraph.body("Der Gedenktag wurde in vielen Städten mit Veranstaltungen begangen."),
        Paragraph.body(lead)))).isNull();
    assertThat(dates.leadDateline(List.of(Paragraph.body("Von Claudia Lindner"), Paragraph.body("Kurz."),
        Paragraph.body(lead)))).isNull();
  }

  @Test
  void drupalsSubmittedLineIsAByline() {
    PageDate d = published("<body><h1>T</h1>" + BODY_TEXT
        + "<div class=\"submitted\">Gespeichert von <span class=\"username\">rasos</span> am 24. Juli 2017 - 18:55</div></body>", null);
    assertThat(d.date()).isEqualTo(LocalDate.of(2017, 7, 24));
    assertThat(d.rule()).isEqualTo("html.date.visible");
  }
}
