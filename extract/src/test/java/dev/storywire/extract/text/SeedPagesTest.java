package dev.storywire.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.extract.PageExtractor;
import dev.storywire.extract.TestData;
import dev.storywire.model.Attribution;
import dev.storywire.model.ExtractedPage;
import dev.storywire.model.Extraction;
import dev.storywire.model.FlashEntry;
import dev.storywire.model.Paragraph;
import dev.storywire.model.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two seed captures: every structure the design page promises (title, headings, post, related, ticker). */
class SeedPagesTest {
  private final PageExtractor extractor = new PageExtractor();

  private ExtractedPage seed(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(TestData.seeds())) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      Extraction e = extractor.extract(TestData.text(Files.readAllBytes(file)));
      assertThat(e).isInstanceOf(Extraction.Page.class);
      return ((Extraction.Page) e).page();
    }
  }

  @Test
  void arabicSeedTitleIsTheShortFirstLine() throws IOException {
    ExtractedPage page = seed("000_");
    assertThat(page.title()).isEqualTo("بعد مساهمته في بناء أحد أسرع الحواسيب العملاقة.. بابوشكين يغادر xAI نحو مهمة جديدة");
    assertThat(page.paragraphs()).extracting(Paragraph::text).doesNotContain(page.title());
    assertThat(page.rules()).contains("text.title.first-line");
  }

  @Test
  void arabicSeedHasTwoQuestionHeadings() throws IOException {
    ExtractedPage page = seed("000_");
    assertThat(page.paragraphs()).filteredOn(p -> p.role() == Role.HEADING).extracting(Paragraph::text)
        .containsExactly("كيف أثرت التحديات والجدل على مسيرة xAI؟", "ماذا تعلم بابوشكين من تجربة xAI؟");
  }

  @Test
  void arabicSeedEmbeddedPostIsOneAttributedQuote() throws IOException {
    ExtractedPage page = seed("000_");
    List<Paragraph> quotes = page.paragraphs().stream().filter(p -> p.role() == Role.QUOTE).toList();
    assertThat(quotes).hasSize(1);
    Paragraph post = quotes.get(0);
    assertThat(post.text()).startsWith("Today was my last day at xAI").endsWith("Building…").doesNotContain("@ibab", "Igor Babuschkin (");
    assertThat(post.attribution()).isEqualTo(new Attribution("Igor Babuschkin", "ibab", LocalDate.of(2025, 8, 13), null));
    assertThat(page.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.contains("(@ibab)"));
  }

  @Test
  void arabicSeedReadAlsoIsARelatedLinkNotBody() throws IOException {
    ExtractedPage page = seed("000_");
    assertThat(page.related()).hasSize(1);
    assertThat(page.related().get(0).text()).isEqualTo("إيلون ماسك يطلق غروك 4 مجانًا على منصة إكس");
    assertThat(page.related().get(0).url()).isNull();
    assertThat(page.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.startsWith("اقرأ"));
  }

  @Test
  void arabicSeedBodyOrderAndNoDates() throws IOException {
    ExtractedPage page = seed("000_");
    assertThat(page.paragraphs().get(0).text()).startsWith("أعلن إيغور بابوشكين");
    assertThat(page.paragraphs().get(page.paragraphs().size() - 1).text()).startsWith("وقد ألهمت هذه التجربة");
    assertThat(page.paragraphs()).hasSize(15);
    assertThat(page.flash()).isEmpty();
    assertThat(page.published()).isNull();
  }

  @Test
  void chineseSeedTitleComesFromTheImageCaption() throws IOException {
    ExtractedPage page = seed("004_");
    assertThat(page.title()).isEqualTo("xAI联合创始人Babuschkin离职创业 投资AI安全领域");
    assertThat(page.rules()).contains("text.title.caption");
    assertThat(page.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.endsWith("插图"));
  }

  @Test
  void chineseSeedTickerYieldsTwelveTruncatedEntries() throws IOException {
    ExtractedPage page = seed("004_");
    List<FlashEntry> flash = page.flash();
    assertThat(flash).hasSize(12);
    assertThat(flash).allSatisfy(f -> {
      assertThat(f.date()).isEqualTo(LocalDate.of(2025, 11, 28));
      assertThat(f.truncated()).isTrue();
      assertThat(f.text()).doesNotEndWith("...").doesNotEndWith("…").isNotBlank();
    });
    assertThat(flash.get(0).time()).isEqualTo(LocalTime.of(13, 39));
    assertThat(flash.get(11).time()).isEqualTo(LocalTime.of(12, 38));
    assertThat(flash.get(0).text()).startsWith("微新创想11月28日专稿");
  }

  @Test
  void chineseSeedArticleKeepsNoTickerLine() throws IOException {
    ExtractedPage page = seed("004_");
    List<String> texts = page.paragraphs().stream().map(Paragraph::text).toList();
    assertThat(texts).hasSize(4).allMatch(t -> !t.matches("\\d{1,2}:\\d{2}") && !t.contains("最新快讯") && !t.startsWith("2025年11月"));
    assertThat(texts.get(3)).startsWith("此次高管层变动再次引发");
    assertThat(page.paragraphs()).allMatch(p -> p.role() == Role.BODY);
    assertThat(page.published()).isNull();
    assertThat(page.related()).isEmpty();
  }
}
