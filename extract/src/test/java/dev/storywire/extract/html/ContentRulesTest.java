package dev.storywire.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.extract.PageExtractor;
import dev.storywire.extract.TestData;
import dev.storywire.model.Extraction;
import dev.storywire.model.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One small page per content-finding rule: what the rule keeps and what it leaves out. */
class ContentRulesTest {
  private static final String P1 = "The council approved the new budget on Tuesday after a long debate, officials said, and the mayor welcomed it.";
  private static final String P2 = "The vote was close, with several members asking for more time to study the figures, according to the minutes.";
  private static final String P3 = "Spending on schools rises by five percent, while road repairs, parks and libraries keep last year's level.";
  private static final String P4 = "Opposition members said the plan relies on optimistic tax forecasts, and they promised to revisit it in spring.";

  private static List<String> texts(String html) {
    Extraction e = new PageExtractor().extract(TestData.html(html.getBytes(StandardCharsets.UTF_8), null));
    assertThat(e).isInstanceOf(Extraction.Page.class);
    return ((Extraction.Page) e).page().paragraphs().stream().map(Paragraph::text).toList();
  }

  @Test
  void twinChunksOfOneArticleAreJoined() {
    String html = "<body><div class=\"chunks\">"
        + "<div class=\"grid\"><div class=\"article__body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>"
        + "<div class=\"grid\"><div class=\"article__body\"><p>" + P4 + "</p></div></div>"
        + "</div><div class=\"other\"><p>Short unrelated teaser line of the layout.</p></div></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3, P4);
  }

  @Test
  void siblingParagraphsWrittenAsDivsJoinTheArticle() {
    String html = "<body><div class=\"layout\"><div class=\"lead\">" + P1 + "</div>"
        + "<div class=\"read-all\"><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div></div>"
        + "<div class=\"box\"><a href=\"/x\">A link to another story on the site</a></div></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3, P4);
  }

  @Test
  void captionsAndCreditsOutsideFigcaptionAreNotBody() {
    String html = "<body><article><p>" + P1 + "</p>"
        + "<div class=\"gallery-item\"><img src=\"a.jpg\"><div class=\"caption\">The mayor, left, and council members"
        + " vote on the budget in the chamber on Tuesday, Nov. 19, 2019.</div><span class=\"credit\">Photo: City Times</span></div>"
        + "<p>" + P2 + "</p><p>" + P3 + "</p></article></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }

  @Test
  void twinsDeepInSectionWrappersStillJoin() {
    String chunk = "<section class=\"block\"><div class=\"wrap\"><div class=\"row\"><div class=\"col\">"
        + "<div class=\"section__content\">%s</div></div></div></div></section>";
    String html = "<body><main><div class=\"container\"><div class=\"paywall\">"
        + chunk.formatted("<p>" + P1 + "</p>") + chunk.formatted("<p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p>")
        + "</div></div></main></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3, P4);
  }

  @Test
  void creditLinesAndArticleLabelsAreBoilerplate() {
    String html = "<body><article><p>" + P1 + "</p><p>Foto: Max Muster / dpa</p><p>Lesen Sie auch</p><p>" + P2 + "</p>"
        + "<p>Kategorie: News, Politik</p><p>4 min read</p><p>" + P3 + "</p><p>Photo: the stairs of the city hall</p></article></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }

  @Test
  void aLongerSentenceAfterACreditWordIsBody() {
    String source = "Source: the city's finance department, which published the full budget tables online on Monday with notes.";
    String html = "<body><article><p>" + P1 + "</p><p>" + source + "</p><p>" + P2 + "</p></article></body>";
    assertThat(texts(html)).containsExactly(P1, source, P2);
  }

  @Test
  void repeatedTemplateLabelsVoteForNoContainer() {
    String slide = "<div class=\"slide\"><span>1/9</span><div>Log in and rate this photo of the recipe.</div></div>";
    String html = "<body><div class=\"gallery\">" + slide.repeat(9) + "</div>"
        + "<div class=\"recipe\"><p>" + P1 + "</p><p>" + P2 + "</p></div></body>";
    assertThat(texts(html)).containsExactly(P1, P2);
  }

  @Test
  void proseWrittenStraightIntoABoxWinsOverTheFooter() {
    String html = "<body><div class=\"page\"><div class=\"menu-col\"><ul>"
        + "<li><a href=\"/a\">Archive of all the news published in the year 2019, by month</a></li>".repeat(8) + "</ul></div>"
        + "<div class=\"col\"><small>05/10/2018 - Health</small><br><img src=\"a.jpg\">" + P1 + " " + P2 + " " + P3 + "<br><br></div></div>"
        + "<div class=\"bottom\"><div><div><p>City hall, Main Street 1, 12345 Springfield, phone 555-0100, open on weekdays.</p>"
        + "</div></div></div></body>";
    assertThat(texts(html)).containsExactly(P1 + " " + P2 + " " + P3);
  }

  @Test
  void callsToSubscribeOrFollowAreBoilerplate() {
    String html = "<body><article><p>" + P1 + "</p><p>" + P2 + "</p>"
        + "<p>Subscribe now to our print edition for the full story.</p>"
        + "<p>Síguenos en Telegram, Instagram, Facebook y Twitter</p><p>" + P3 + "</p></article></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }
  @Test
  void chromeNamedBoxHoldingTheMainElementIsKept() {
    String html = "<body><div class=\"page-wide-banner-placeholder\"><main><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></main></div><div class=\"footer-links\"><p>" + P4 + "</p><p>" + P4 + " Again.</p><p>" + P4 + " Once more.</p>"
        + "<p>" + P4 + " And again.</p></div></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }

  @Test
  void generatedStyleClassNamesGiveNoChromeHint() {
    String html = "<body><article><p class=\"tagStyle_z4kqwb\">" + P1 + "</p><p class=\"tagStyle_z4kqwb\">" + P2
        + "</p><p class=\"tagStyle_z4kqwb\">" + P3 + "</p></article>"
        + "<div class=\"tags\"><p>" + P4 + "</p></div></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }
  @Test
  void asideHoldingTheWholeMainColumnIsKeptOtherAsidesDropped() {
    String html = "<body><div class=\"menu-col\"><p>" + P4 + "</p><p>" + P4 + " More.</p><p>" + P4 + " Again.</p></div>"
        + "<main><aside class=\"pa\"><section><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article></section>"
        + "</aside></main><aside><p>" + P4 + " Side.</p></aside></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }
  @Test
  void pageBuilderWidgetBoxesAreNotChrome() {
    String box = "<div class=\"elementor-element elementor-widget elementor-widget-text-editor\">"
        + "<div class=\"elementor-widget-container\"><div class=\"elementor-text-editor\">%s</div></div></div>";
    String html = "<body><div class=\"elementor-section\">" + box.formatted("<p>" + P1 + "</p><p>" + P2 + "</p>")
        + box.formatted("<p>" + P3 + "</p>") + "</div><div class=\"widget\"><p>" + P4 + "</p></div></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }
  @Test
  void linesMadeOnlyOfChromeLabelsAreDropped() {
    String html = "<body><article><p>" + P1 + "</p><div>Bild anzeigen Bild schließen</div><p>" + P2 + "</p>"
        + "<div>Gefällt mir Lade...</div><p>Sie sind aktuell nicht eingeloggt.</p><p>" + P3 + "</p>"
        + "<p>Share this story on Facebook today</p></article></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3, "Share this story on Facebook today");
  }
  @Test
  void leadParagraphOfAnArticleHeaderIsKeptWithoutTheHeader() {
    String lead = "Schnee auf den Modulen: Eine dicke Schneedecke auf der Solaranlage kann das Dach belasten, warnen Experten, "
        + "und der Ertrag sinkt im Winter deutlich, solange die Module bedeckt bleiben.";
    String html = "<body><main><article><header><span>News</span><h1>Schnee und Solar</h1><p>Von Anna Muster</p><p>" + lead
        + "</p></header><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article></main></body>";
    assertThat(texts(html)).containsExactly(lead, P1, P2, P3);
  }
  @Test
  void creditedCaptionsNewsletterCallsAndDecoratedLabelsAreDropped() {
    String html = "<body><article><p>" + P1 + "</p><p>Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO</p>"
        + "<p>" + P2 + "</p><p>- Anzeige-</p><p>Lust auf mehr? Melde dich hier für unseren Newsletter an.</p>"
        + "<p>Das Thema könnte dich auch interessieren:</p><p>" + P3 + "</p></article></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }
  @Test
  void creditLinesAndAdvertisingDisclosuresAreDropped() {
    String html = "<body><article><p>*Werbung. Dieser Beitrag enthält Werbung für eine Marke.</p><p>" + P1 + "</p><p>DCV / Oppitz</p>"
        + "<p>" + P2 + "</p><p>" + P3 + "</p><p>aja/PAP</p><p>Follow The Times on Twitter for more updates.</p></article></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }
  @Test
  void reprintNoticesAreDropped() {
    String html = "<body><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<p>This article is the copyrighted property of City Times.</p>"
        + "<p>Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.</p></article></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }
}
