package dev.storywire.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.extract.TestData;
import dev.storywire.model.ExtractedPage;
import dev.storywire.model.Extraction;
import dev.storywire.model.Hints;
import dev.storywire.model.Paragraph;
import dev.storywire.model.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The generic plain-text rules on small made-up captures in other languages. */
class TextRulesTest {
  private final TextPageExtractor extractor = new TextPageExtractor();

  private ExtractedPage page(String text, Hints hints) {
    Extraction e = extractor.extract(text, hints, TestData.FIRST_SEEN);
    assertThat(e).isInstanceOf(Extraction.Page.class);
    return ((Extraction.Page) e).page();
  }

  private static final String LEAD = "The council approved the new budget on Tuesday after a long debate, officials said.";
  private static final String MORE = "The vote was close, with several members asking for more time to study the figures.";

  @Test
  void englishTickerWithNumericDatesAndHeader() {
    String text = "Budget passes\n" + LEAD + "\n" + MORE + "\nLatest news\n27.11.2025\n09:15\nFirst item…\n08:00\nSecond item is complete\n"
        + "28.11.2025\n07:45\nThird item...\n";
    ExtractedPage p = page(text, Hints.NONE);
    assertThat(p.flash()).hasSize(3);
    assertThat(p.flash().get(0).date()).isEqualTo(LocalDate.of(2025, 11, 27));
    assertThat(p.flash().get(0).text()).isEqualTo("First item");
    assertThat(p.flash().get(1).truncated()).isFalse();
    assertThat(p.flash().get(2).date()).isEqualTo(LocalDate.of(2025, 11, 28));
    assertThat(p.flash().get(2).time()).isEqualTo(LocalTime.of(7, 45));
    assertThat(p.paragraphs()).extracting(Paragraph::text).containsExactly(LEAD, MORE);
    assertThat(p.title()).isEqualTo("Budget passes");
  }

  @Test
  void twoTimedPairsAreNotATicker() {
    String text = LEAD + "\n09:15\nDoors open\n10:00\nSpeeches begin\n" + MORE;
    ExtractedPage p = page(text, Hints.NONE);
    assertThat(p.flash()).isEmpty();
  }

  @Test
  void relatedPrefixesInSeveralLanguages() {
    String text = LEAD + "\nRead also: Council debates taxes\nLire aussi : Le conseil vote\n相关阅读：议会通过预算\n" + MORE;
    ExtractedPage p = page(text, Hints.NONE);
    assertThat(p.related()).extracting(l -> l.text()).containsExactly("Council debates taxes", "Le conseil vote", "议会通过预算");
    assertThat(p.paragraphs()).extracting(Paragraph::text).containsExactly(LEAD, MORE);
  }

  @Test
  void titleFallsBackToHintAndPublishedToHint() {
    ExtractedPage p = page(LEAD + "\n" + MORE, new Hints("Given title", "2025-08-13T10:00:00Z"));
    assertThat(p.title()).isEqualTo("Given title");
    assertThat(p.published().date()).isEqualTo(LocalDate.of(2025, 8, 13));
    assertThat(p.published().rule()).isEqualTo("text.date.hint");
  }

  @Test
  void theProducersTitleWinsOverTheFirstLineAndARepeatedTitleIsNotBody() {
    ExtractedPage p = page("Budget passes\n" + LEAD + "\n" + MORE, new Hints("Council approves the budget", null));
    assertThat(p.title()).isEqualTo("Council approves the budget");
    assertThat(p.paragraphs()).extracting(Paragraph::text).containsExactly("Budget passes", LEAD, MORE);

    ExtractedPage repeated = page("Council approves  the budget\n" + LEAD + "\n" + MORE, new Hints("Council approves the budget", null));
    assertThat(repeated.paragraphs()).extracting(Paragraph::text).containsExactly(LEAD, MORE);
  }

  @Test
  void aFirstLineThatIsOnlyADateIsTheDatelineNotTheTitle() {
    ExtractedPage english = page("Saturday, January 8, 2005\n" + LEAD + "\n" + MORE, Hints.NONE);
    assertThat(english.title()).isNull();
    assertThat(english.published().date()).isEqualTo(LocalDate.of(2005, 1, 8));
    assertThat(english.paragraphs()).extracting(Paragraph::text).containsExactly(LEAD, MORE);

    ExtractedPage arabic = page("السبت 8 يناير 2005\nقالت الحكومة إن الميزانية الجديدة أقرت يوم الثلاثاء بعد نقاش طويل في البرلمان.", Hints.NONE);
    assertThat(arabic.title()).isNull();
    assertThat(arabic.published().date()).isEqualTo(LocalDate.of(2005, 1, 8));
  }

  @Test
  void datelineUnderTheTitleIsPublishedAndNotBody() {
    ExtractedPage p = page("Budget passes\nBy Jane Doe, August 12, 2025\n" + LEAD + "\n" + MORE, Hints.NONE);
    assertThat(p.published().date()).isEqualTo(LocalDate.of(2025, 8, 12));
    assertThat(p.paragraphs()).extracting(Paragraph::text).containsExactly(LEAD, MORE);
  }

  @Test
  void datesInBodyPostsOrTickerAreNeverPublished() {
    String text = LEAD + " It takes effect on 1 January 2026.\n" + MORE + "\nLatest news\n2025-11-28\n09:15\nA\n08:00\nB\n07:00\nC\n";
    assertThat(page(text, Hints.NONE).published()).isNull();
  }

  @Test
  void samescriptSocialPostTakesTheLineAbove() {
    String text = LEAD + "\nWe did it, the budget is through!\n— Jane Doe (@janedoe) 12/08/2025\n" + MORE;
    ExtractedPage p = page(text, Hints.NONE);
    Paragraph quote = p.paragraphs().stream().filter(x -> x.role() == Role.QUOTE).findFirst().orElseThrow();
    assertThat(quote.text()).isEqualTo("We did it, the budget is through!");
    assertThat(quote.attribution().handle()).isEqualTo("janedoe");
    assertThat(quote.attribution().date()).isEqualTo(LocalDate.of(2025, 8, 12));
  }

  @Test
  void captionLinesAreNeverBody() {
    String text = LEAD + "\nImage: Council chamber in session\n" + MORE;
    ExtractedPage p = page(text, Hints.NONE);
    assertThat(p.paragraphs()).extracting(Paragraph::text).containsExactly(LEAD, MORE);
  }
}
