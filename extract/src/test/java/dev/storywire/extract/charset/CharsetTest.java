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
