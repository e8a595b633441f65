package dev.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Extraction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Case folding must not depend on the default locale (Turkish dotless i: "TITLE" lower-cases to "tıtle"). */
class LocaleTest {
  private static final String HTML = "<html lang=\"TR\"><head><META PROPERTY=\"ARTICLE:PUBLISHED_TIME\" CONTENT=\"2024-03-01\">"
      + "<TITLE>Istanbul Iktisat Haberi | SITE</TITLE></head><BODY><DIV CLASS=\"ARTICLE-BODY\"><P>Istanbul'da bugün önemli"
      + " bir ekonomi toplantısı yapıldı, bakanlar yeni bütçeyi tartıştı ve kararlar açıklandı.</P></DIV>"
      + "<DIV CLASS=\"SIDEBAR\"><P>Istanbul sidebar text that is long enough to be scored as a paragraph.</P></DIV></BODY></html>";

  @Test
  void resultsAreTheSameUnderTheTurkishLocale() throws Exception {
    List<byte[]> inputs;
    try (Stream<Path> files = Files.list(TestData.seeds())) {
      inputs = files.sorted().map(TestData::read).toList();
    }
    Locale saved = Locale.getDefault();
    List<Extraction> root = extractAll(inputs);
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(extractAll(inputs)).isEqualTo(root);
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static List<Extraction> extractAll(List<byte[]> seeds) {
    PageExtractor extractor = new PageExtractor();
    List<Extraction> out = new java.util.ArrayList<>(seeds.stream().map(b -> extractor.extract(TestData.text(b))).toList());
    out.add(extractor.extract(TestData.html(HTML.getBytes(StandardCharsets.UTF_8), null)));
    return out;
  }
}
