package dev.storywire.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 reader the HTML parser reads pages through reads as a StringReader over the decoded text. */
class Utf8ReaderTest {
  private final TextDecoder decoder = new TextDecoder();

  /** Every read returns the same characters, in the same chunks, as a StringReader's over the decoded text. */
  @Test
  void readsTheSameChunksAsAStringReader() throws Exception {
    Random random = new Random(7);
    String[] pieces = {"a", "<p class=x>", " ", "é", "ü", "€", "中文", "😀", "𝔘", "\n", "ж", "\u00A0"};
    for (int round = 0; round < 300; round++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(400); i > 0; i--) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = s.toString();
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(Utf8Reader.charCount(bytes)).isEqualTo(text.length());
      Reader expected = new StringReader(text);
      Reader actual = new Utf8Reader(bytes);
      while (true) {
        int len = 1 + random.nextInt(9);
        char[] a = new char[len + 2];
        char[] b = new char[len + 2];
        int n = expected.read(a, 1, len);
        assertThat(actual.read(b, 1, len)).as("chunk length in round %d", round).isEqualTo(n);
        assertThat(b).isEqualTo(a);
        if (n < 0) {
          break;
        }
      }
    }
  }

  @Test
  void utf8IsTakenAsIsOnlyWhereDecodeWouldTakeIt() {
    byte[] utf8 = "<html><meta charset=\"windows-1252\"><p>Grüße</p>".getBytes(StandardCharsets.UTF_8);
    byte[] ascii = "<html><meta charset=\"windows-1252\"><p>Gruss</p>".getBytes(StandardCharsets.UTF_8);
    byte[] latin = "<html><p>Grüße</p>".getBytes(StandardCharsets.ISO_8859_1);
    byte[] bom = ("\uFEFF<p>Grüße</p>").getBytes(StandardCharsets.UTF_8);
    assertThat(decoder.decodesAsUtf8(utf8, null, true)).isTrue(); // a legacy label over UTF-8 bytes is overridden
    assertThat(decoder.decodesAsUtf8(ascii, null, true)).isFalse(); // the declared charset decides
    assertThat(decoder.decodesAsUtf8(latin, null, true)).isFalse();
    assertThat(decoder.decodesAsUtf8(bom, null, true)).isFalse();
    assertThat(decoder.decodesAsUtf8(latin, "utf-8", true)).isFalse();
    for (byte[] b : new byte[][] {utf8, "<p>plain</p>".getBytes(StandardCharsets.UTF_8)}) {
      assertThat(decoder.decodesAsUtf8(b, null, true)).isTrue();
      assertThat(((Decoding.Decoded) decoder.decode(b, null, true)).text()).isEqualTo(new String(b, StandardCharsets.UTF_8));
    }
  }
}
