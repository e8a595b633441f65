package dev.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.extract.charset.ContentGuard;
import dev.storywire.model.Extraction;
import dev.storywire.model.Format;
import dev.storywire.model.RejectReason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad content is a value: every hostile or broken input comes back as a specific rejection, never an exception. */
class BadInputTest {
  private final PageExtractor extractor = new PageExtractor();

  private Extraction.Rejected rejected(Format format, byte[] bytes) {
    Extraction e = extractor.extract(TestData.doc(format, bytes, null, null));
    assertThat(e).isInstanceOf(Extraction.Rejected.class);
    return (Extraction.Rejected) e;
  }

  /** An internal exception would surface as MALFORMED with the exception in the detail. */
  private static void assertNoFailure(Extraction e) {
    assertThat(e).isNotNull();
    if (e instanceof Extraction.Rejected r) {
      assertThat(r.reason()).as(r.detail()).isNotEqualTo(RejectReason.MALFORMED);
    }
  }

  @Test
  void contentTypeAsCharsetHintAndIllegalLabels() {
    byte[] gbk = "今天发布了重要消息，市场反应热烈。".getBytes(java.nio.charset.Charset.forName("GBK"));
    Extraction e = extractor.extract(TestData.doc(Format.TEXT, gbk, "text/plain; charset=GBK", null));
    assertThat(((Extraction.Page) e).page().paragraphs().get(0).text()).isEqualTo("今天发布了重要消息，市场反应热烈。");
    assertNoFailure(extractor.extract(TestData.doc(Format.TEXT, gbk, "%%illegal name%%", null)));
  }

  @Test
  void emptyInput() {
    Extraction.Rejected r = rejected(Format.TEXT, new byte[0]);
    assertThat(r.reason()).isEqualTo(RejectReason.EMPTY);
    assertThat(r.detail()).isEqualTo("empty input");
  }

  @Test
  void inputOverSixteenMebibytesIsTooLargeWithSizes() {
    byte[] big = new byte[ContentGuard.MAX_PAGE_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    Extraction.Rejected r = rejected(Format.HTML, big);
    assertThat(r.reason()).isEqualTo(RejectReason.TOO_LARGE);
    assertThat(r.detail()).contains(String.valueOf(big.length), String.valueOf(ContentGuard.MAX_PAGE_BYTES));
  }

  @Test
  void nulBytesAreBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    Extraction.Rejected r = rejected(Format.HTML, png);
    assertThat(r.reason()).isEqualTo(RejectReason.BINARY);
    assertThat(r.detail()).contains("NUL byte at offset 8");
  }

  @Test
  void manyControlBytesAreBinary() {
    byte[] bytes = new byte[1000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
    }
    assertThat(rejected(Format.TEXT, bytes).reason()).isEqualTo(RejectReason.BINARY);
  }

  @Test
  void invalidUtf8WithNoPlausibleEncodingIsUndecodableWithOffset() {
    byte[] bytes = new byte[400];
    Random random = new Random(42);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0x80 + random.nextInt(0x80));
    }
    bytes[0] = (byte) 0x85; // a continuation byte with no lead: invalid UTF-8 exactly here
    byte[] withPrefix = new byte[bytes.length + 5];
    System.arraycopy("abcde".getBytes(StandardCharsets.US_ASCII), 0, withPrefix, 0, 5);
    System.arraycopy(bytes, 0, withPrefix, 5, bytes.length);
    Extraction.Rejected r = rejected(Format.TEXT, withPrefix);
    assertThat(r.reason()).isEqualTo(RejectReason.UNDECODABLE);
    assertThat(r.detail()).contains("byte offset 5");
  }

  @Test
  void htmlThatIsAllScriptHasNoContent() {
    String html = "<html><head><script>var a = 1;</script></head><body><script>" + "x();".repeat(1000) + "</script></body></html>";
    Extraction.Rejected r = rejected(Format.HTML, html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.reason()).isEqualTo(RejectReason.NO_CONTENT);
    assertThat(r.detail()).isNotBlank();
  }

  @Test
  void pageWithNoArticleTextKeepsTheDateItStates() {
    String html = "<html><head><meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\">"
        + "<title>Gallery</title></head><body><nav><a href=\"/\">Home</a></nav><div class=\"gallery\"><img src=\"a.jpg\"></div></body></html>";
    Extraction.Rejected r = rejected(Format.HTML, html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.reason()).isEqualTo(RejectReason.NO_CONTENT);
    assertThat(r.published()).isNotNull();
    assertThat(r.published().date()).hasToString("2024-03-05");
    String undated = "<html><head><title>Gallery</title></head><body><nav><a href=\"/\">Home</a></nav></body></html>";
    assertThat(rejected(Format.HTML, undated.getBytes(StandardCharsets.UTF_8)).published()).isNull();
  }

  @Test
  void textWithOnlyBlankLinesHasNoContent() {
    assertThat(rejected(Format.TEXT, "\n\n  \n".getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo(RejectReason.NO_CONTENT);
  }

  @Test
  void hundredThousandNestedDivsDoNotOverflowTheStack() {
    int depth = 100_000;
    String html = "<html><body>" + "<div>".repeat(depth) + "<p>Deep text that is long enough to be a paragraph, surely.</p>"
        + "</div>".repeat(depth) + "</body></html>";
    Extraction e = extractor.extract(TestData.html(html.getBytes(StandardCharsets.UTF_8), null));
    assertThat(e).isInstanceOf(Extraction.Page.class);
    assertThat(((Extraction.Page) e).page().paragraphs().get(0).text()).contains("Deep text");
  }

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(20251128);
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[random.nextInt(2000)];
      random.nextBytes(bytes);
      for (Format f : Format.values()) {
        assertNoFailure(extractor.extract(TestData.doc(f, bytes, i % 2 == 0 ? "bogus-charset" : null, null)));
      }
    }
  }

  @Test
  void randomTagSoupNeverThrows() {
    Random random = new Random(7);
    String[] pieces = {"<div>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<table><tr><td>", "</td>", "<li>", "<h1>",
        "<script>", "</script>", "text, more text. ", "<!--", "-->", "<br>", "&amp;", "<blockquote>", "</blockquote>", "<meta charset=gbk>"};
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(200); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      assertNoFailure(extractor.extract(TestData.html(sb.toString().getBytes(StandardCharsets.UTF_8), null)));
    }
  }
}
