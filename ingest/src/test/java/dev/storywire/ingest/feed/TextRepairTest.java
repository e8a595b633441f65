package dev.storywire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRepairTest {
  @Test
  void decodesUtf8ThatWasDecodedTwice() {
    assertThat(TextRepair.repair("caf\u00c3\u00a9 \u00e2\u0080\u00a6")).isEqualTo("caf\u00e9 \u2026");
  }

  @Test
  void leavesGenuineLatin1AndMixedTextAlone() {
    assertThat(TextRepair.repair("caf\u00e9 cr\u00e8me")).isEqualTo("caf\u00e9 cr\u00e8me");
    assertThat(TextRepair.repair("\u00c3\u00a9 \u2014 \u0416")).isEqualTo("\u00c3\u00a9 \u2014 \u0416");
  }

  @Test
  void readsC1ControlsAsWindows1252() {
    assertThat(TextRepair.repair("don\u0092t \u0093q\u0094")).isEqualTo("don\u2019t \u201cq\u201d");
    assertThat(TextRepair.repair("\u0081")).isEqualTo("\u0081");
  }

  @Test
  void normalizesCharacterReferencesInHtml() {
    assertThat(TextRepair.normalizeCharacterReferences("don&#146;t &#X61; &#x97; &#233;"))
        .isEqualTo("don&#x2019;t &#x61; &#x2014; &#233;");
  }
}
