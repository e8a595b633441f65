package dev.storywire.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.extract.PageExtractor;
import dev.storywire.extract.TestData;
import dev.storywire.model.ExtractedPage;
import dev.storywire.model.Extraction;
import dev.storywire.model.Format;
import dev.storywire.model.Paragraph;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Legacy encodings decode to the same article as UTF-8: with no declaration (detected), declared, or with a BOM. */
class CharsetTest {
  private final PageExtractor extractor = new PageExtractor();
  private final TextDecoder decoder = new TextDecoder();

  private static String seedText(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(TestData.seeds())) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  /** The article body of the seed, which has no ticker (GBK cannot encode every ticker character). */
  private static String articleOnly(String text) {
    int ticker = text.indexOf("最新快讯");
    return ticker < 0 ? text : text.substring(0, ticker);
  }

  private ExtractedPage page(byte[] bytes, String hint) {
    Extraction e = extractor.extract(TestData.doc(Format.TEXT, bytes, hint, null));
    assertThat(e).isInstanceOf(Extraction.Page.class);
    return ((Extraction.Page) e).page();
  }

  @Test
  void gbkChineseWithoutDeclarationIsDetected() throws IOException {
    String text = articleOnly(seedText("004_"));
    byte[] gbk = text.getBytes(Charset.forName("GBK"));
    Decoding d = decoder.decode(gbk, null, false);
    assertThat(d).isInstanceOf(Decoding.Decoded.class);
    assertThat(((Decoding.Decoded) d).text()).isEqualTo(text);
    assertThat(page(gbk, null).title()).isEqualTo("xAI联合创始人Babuschkin离职创业 投资AI安全领域");
  }

  @Test
  void windows1256ArabicWithoutDeclarationIsDetected() throws IOException {
    String text = seedText("000_").replace("…", "...").replace("—", "-");
    byte[] cp1256 = text.getBytes(Charset.forName("windows-1256"));
    Decoding d = decoder.decode(cp1256, null, false);
    assertThat(d).isInstanceOf(Decoding.Decoded.class);
    assertThat(((Decoding.Decoded) d).text()).isEqualTo(text);
    assertThat(page(cp1256, null).paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.startsWith("أعلن إيغور بابوشكين"));
  }

  @Test
  void declaredLegacyCharsetsDecode() {
    String[][] samples = {
        {"Big5", "台灣的新聞報導今天發布了重要消息，市場反應熱烈。"},
        {"Shift_JIS", "東京で本日、重要な発表が行われました。市場は大きく反応しました。"},
        {"EUC-KR", "서울에서 오늘 중요한 발표가 있었습니다. 시장은 크게 반응했습니다."},
        {"windows-1251", "Сегодня в Москве состоялось важное заявление. Рынок отреагировал."},
        {"GB18030", "今天发布了重要消息，市场反应热烈。"}};
    for (String[] s : samples) {
      byte[] bytes = s[1].getBytes(Charset.forName(s[0]));
      Decoding d = decoder.decode(bytes, s[0], false);
      assertThat(d).as(s[0]).isInstanceOf(Decoding.Decoded.class);
      assertThat(((Decoding.Decoded) d).text()).as(s[0]).isEqualTo(s[1]);
    }
  }

  /**
   * Pages with no declaration at all (no BOM, no header, no meta) in the legacy encodings news
   * sites still serve: the statistical detector must get each right on a paragraph or two of text.
   */
  @Test
  void undeclaredLegacyPagesAreDetected() {
    String[][] samples = {
        {"Big5", "台灣的新聞報導今天發布了重要消息，市場反應熱烈。行政院表示，將在下週公布新的經濟政策，以協助中小企業度過難關。"
            + "許多民眾對此表示歡迎，但也有專家認為效果仍有待觀察。"},
        {"Shift_JIS", "東京で本日、重要な発表が行われました。市場は大きく反応しました。政府は来週、新しい経済対策を発表する予定で、"
            + "中小企業への支援を強化するとしています。専門家の間では効果を疑問視する声もあります。"},
        {"EUC-KR", "서울에서 오늘 중요한 발표가 있었습니다. 시장은 크게 반응했습니다. 정부는 다음 주에 새로운 경제 정책을 발표할 예정이며, "
            + "중소기업에 대한 지원을 강화할 계획이라고 밝혔습니다. 전문가들은 효과에 대해 신중한 입장을 보였습니다."},
        {"windows-1251", "Сегодня в Москве состоялось важное заявление. Рынок отреагировал ростом. Правительство на следующей неделе "
            + "представит новые экономические меры, чтобы поддержать малый и средний бизнес. Эксперты пока осторожны в оценках."},
        {"GB18030", "今天发布了重要消息，市场反应热烈。国务院表示，将在下周公布新的经济政策，以帮助中小企业渡过难关。"
            + "许多市民对此表示欢迎，但也有专家认为效果仍有待观察。"},
        {"windows-1256", "أعلنت الحكومة اليوم عن حزمة جديدة من الإجراءات الاقتصادية لدعم الشركات الصغيرة والمتوسطة، "
            + "وقال وزير المالية إن الخطة ستدخل حيز التنفيذ الأسبوع المقبل، فيما أبدى خبراء تحفظهم على فعاليتها."},
        {"ISO-8859-2", "Rząd ogłosił dziś nowy pakiet działań gospodarczych, który ma wesprzeć małe i średnie przedsiębiorstwa. "
            + "Minister finansów powiedział, że plan wejdzie w życie w przyszłym tygodniu, a eksperci są ostrożni w ocenach."},
        {"ISO-8859-7", "Η κυβέρνηση ανακοίνωσε σήμερα νέο πακέτο οικονομικών μέτρων για τη στήριξη των μικρών και μεσαίων "
            + "επιχειρήσεων. Ο υπουργός Οικονομικών δήλωσε ότι το σχέδιο θα τεθεί σε εφαρμογή την επόμενη εβδομάδα."},
        {"windows-1252", "Le gouvernement a annoncé aujourd'hui un nouveau plan économique destiné à soutenir les petites et "
            + "moyennes entreprises. Le ministre des Finances a déclaré que les mesures entreront en vigueur la semaine prochaine."}};
    for (String[] s : samples) {
      String html = "<html><head><title>News</title></head><body><p>" + s[1] + "</p></body></html>";
      Decoding d = decoder.decode(html.getBytes(Charset.forName(s[0])), null, true);
      assertThat(d).as(s[0]).isInstanceOf(Decoding.Decoded.class);
      assertThat(((Decoding.Decoded) d).text()).as(s[0]).contains(s[1]);
    }
  }

  @Test
  void htmlMetaCharsetIsHonoured() {
    String body = "<p>Сегодня в Москве состоялось важное заявление, рынок отреагировал спокойно.</p>";
    String html = "<html><head><meta charset=\"windows-1251\"><title>t</title></head><body>" + body + "</body></html>";
    Decoding d = decoder.decode(html.getBytes(Charset.forName("windows-1251")), null, true);
    assertThat(d).isInstanceOf(Decoding.Decoded.class);
    assertThat(((Decoding.Decoded) d).text()).contains("Сегодня в Москве");
    assertThat(((Decoding.Decoded) d).rule()).isEqualTo("charset.meta");
  }

  @Test
  void bomWinsOverEverything() {
    byte[] text = "مرحبا بالعالم".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withBom, 2, text.length);
    Decoding d = decoder.decode(withBom, "windows-1252", false);
    assertThat(((Decoding.Decoded) d).text()).isEqualTo("مرحبا بالعالم");
    assertThat(ContentGuard.check(withBom)).isEmpty();
  }

  @Test
  void legacyLabelOnValidUtf8IsOverridden() {
    byte[] utf8 = "今天发布了重要消息，市场反应热烈。".getBytes(StandardCharsets.UTF_8);
    Decoding d = decoder.decode(utf8, "gb2312", false);
    assertThat(((Decoding.Decoded) d).text()).isEqualTo("今天发布了重要消息，市场反应热烈。");
    assertThat(((Decoding.Decoded) d).rule()).isEqualTo("charset.hint.utf8-override");
  }

  @Test
  void declaredCharsetWithAStrayByteBeatsDetection() {
    String text = "Сегодня в Москве состоялось важное заявление, рынок отреагировал спокойно. ".repeat(40);
    byte[] bytes = text.getBytes(Charset.forName("windows-1251"));
    bytes[100] = (byte) 0x98; // the one byte windows-1251 leaves unmapped
    Decoding d = decoder.decode(bytes, "windows-1251", false);
    assertThat(((Decoding.Decoded) d).rule()).isEqualTo("charset.declared-lenient");
    assertThat(((Decoding.Decoded) d).text()).startsWith("Сегодня в Москве");
  }

  @Test
  void latin1LabelOnUtf8BytesIsOverridden() {
    byte[] utf8 = "Café déjà vu à Zürich".getBytes(StandardCharsets.UTF_8);
    Decoding d = decoder.decode(utf8, "iso-8859-1", false);
    assertThat(((Decoding.Decoded) d).text()).isEqualTo("Café déjà vu à Zürich");
  }
}
