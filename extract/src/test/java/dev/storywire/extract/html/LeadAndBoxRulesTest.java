package dev.storywire.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.extract.PageExtractor;
import dev.storywire.extract.TestData;
import dev.storywire.model.Extraction;
import dev.storywire.model.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One small page per rule about the article's lead and the boxes around its body: what each keeps, what it leaves out. */
class LeadAndBoxRulesTest {
  private static final String P1 = "The council approved the new budget on Tuesday after a long debate, officials said, and the mayor welcomed it.";
  private static final String P2 = "The vote was close, with several members asking for more time to study the figures, according to the minutes.";
  private static final String P3 = "Spending on schools rises by five percent, while road repairs, parks and libraries keep last year's level.";
  private static final String LEAD = "Schools win, roads wait: the city's budget for next year is settled.";

  private static List<String> texts(String html) {
    Extraction e = new PageExtractor().extract(TestData.html(html.getBytes(StandardCharsets.UTF_8), null));
    assertThat(e).isInstanceOf(Extraction.Page.class);
    return ((Extraction.Page) e).page().paragraphs().stream().map(Paragraph::text).toList();
  }

  @Test
  void leadBoxBeforeTheBodyContainerIsKept() {
    String html = "<body><div class=\"page\"><div class=\"top\"><h1>Budget passed</h1>"
        + "<div class=\"intro\">" + LEAD + "</div><span class=\"byline\">By Anna Muster</span></div>"
        + "<div class=\"article-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>"
        + "<div class=\"more\"><div class=\"card\">A short teaser of another story on the site</div></div></body>";
    assertThat(texts(html)).containsExactly(LEAD, P1, P2, P3);
  }

  @Test
  void unmarkedBoxesBeforeTheBodyAndLeadsTheBodyRepeatsAreNotAdded() {
    String body = "<div class=\"article-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";
    String unmarked = "<body><div class=\"page\"><div class=\"top\"><h1>Budget passed</h1>"
        + "<div class=\"kicker-box\">" + LEAD + "</div></div>" + body + "</div></body>";
    assertThat(texts(unmarked)).containsExactly(P1, P2, P3);
    String repeated = "<body><div class=\"page\"><div class=\"top\"><h1>Budget passed</h1>"
        + "<div class=\"summary\">" + P2 + "</div></div>" + body + "</div></body>";
    assertThat(texts(repeated)).containsExactly(P1, P2, P3);
  }

  @Test
  void authorBoxClosingAPostIsNotBody() {
    String bio = "Anna Muster writes about city politics, schools and budgets for the Times, and she likes long hikes.";
    String html = "<body><article><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"post-author__bio\"><img src=\"anna.jpg\"><p>" + bio + "</p></div>"
        + "<div class=\"saboxplugin-wrap\"><p>" + bio.replace("Times", "Herald") + "</p></div></article></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }

  @Test
  void softHyphensAreDroppedFromTheText() {
    String html = "<body><article><p>" + P1 + "</p><p>En r\u00e9ac&shy;tion \u00e0 la can\u00addi\u00adda\u00adture, le con"
        + "seil a vot\u00e9 le budget, et les \u00e9coles, les routes et les parcs sont financ\u00e9s.</p></article></body>";
    assertThat(texts(html)).containsExactly(P1,
        "En r\u00e9action \u00e0 la candidature, le conseil a vot\u00e9 le budget, et les \u00e9coles, les routes et les parcs sont financ\u00e9s.");
  }

  @Test
  void aChromeWordAfterHasOrWithDescribesTheBoxNotItsRole() {
    String section = "<section class=\"o-section o-section--has-ads\">%s<div class=\"ad-slot\">Anzeige</div></section>";
    String html = "<body><div class=\"story\">" + section.formatted("<p>" + P1 + "</p>") + section.formatted("<p>" + P2 + "</p>")
        + section.formatted("<p>" + P3 + "</p>") + "</div></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }

  @Test
  void captionsCalledLegendAndReferenceListsAreNotBody() {
    String caption = "The stag beetle (Lucanus cervus) lives in old oak woods, and it has become rare in the region.";
    String reference = "<li>Muster A, Beispiel B. Budgets, schools and roads: a study of city councils. J Urban Stud. 2019;12:%d-9.</li>";
    String html = "<body><article><div class=\"article__body\"><div class=\"abstract\"><p>" + P1 + "</p>"
        + "<div class=\"image\"><img src=\"beetle.jpg\"><div class=\"legend\">" + caption + "</div></div><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"references\"><ul>" + reference.formatted(1) + reference.formatted(2) + reference.formatted(3)
        + "</ul></div></div></article></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3);
  }

  @Test
  void bodyWordsInOtherLanguagesOutweighAChromeWord() {
    String html = "<body><div class=\"nota\"><p>" + P1 + "</p><div class=\"cuerpo-ad\"><p>" + P2 + "</p></div>"
        + "<div class=\"cuerpo-ad\"><p>" + P3 + "</p></div><p>" + LEAD + "</p></div></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3, LEAD);
  }

  @Test
  void printStylesheetNamesAreNotChromeButBoxesHiddenOnScreenAndNoPrintBoxesAre() {
    String html = "<body><div class=\"tip\"><div class=\"tip-print-step\"><p>" + P1 + "</p></div>"
        + "<div class=\"tip-print-step\"><p>" + P2 + "</p></div><div class=\"tip-print-step\"><p>" + P3 + "</p></div>"
        + "<div class=\"d-none d-md-block\"><p>" + LEAD + "</p></div>"
        + "<div class=\"d-none d-print-block\"><p>Citation: Budget passed (2019, November 18), retrieved from the Times.</p></div>"
        + "<div class=\"no-print\"><p>Questions about this article? Write to the editors of the Times, they answer.</p></div>"
        + "<p>Drukuj</p></div></body>";
    assertThat(texts(html)).containsExactly(P1, P2, P3, LEAD);
  }

  @Test
  void shortLeadBoxOfAnArticleHeaderIsKeptWithoutTheHeader() {
    String html = "<body><main><article><header><span class=\"kicker\">Politics</span><h1>Budget passed</h1>"
        + "<div class=\"dek\">" + LEAD + "</div><p>By Anna Muster</p></header>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article></main></body>";
    assertThat(texts(html)).containsExactly(LEAD, P1, P2, P3);
  }

  @Test
  void teaserTextJustBeforeTheBodyIsTheArticlesOwnLead() {
    String html = "<body><div class=\"news-single\"><h1>Budget passed</h1><div class=\"teaser-text\"><p>" + LEAD + "</p></div>"
        + "<div class=\"news-text-wrap\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>"
        + "<div class=\"teaser-list\"><div class=\"teaser\"><p>Another story: the new bridge opens in May, two months late.</p></div></div></body>";
    assertThat(texts(html)).containsExactly(LEAD, P1, P2, P3);
  }
}
