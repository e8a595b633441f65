package dev.storywire.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.extract.PageExtractor;
import dev.storywire.extract.TestData;
import dev.storywire.model.ExtractedPage;
import dev.storywire.model.Extraction;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Authors and lead image, from structured data down to byline markup. */
class BylinesTest {
  private static final String BODY = "<article><h1>Budget passes</h1><p>The council approved the new budget on Tuesday after a "
      + "long debate, officials said, and the mayor welcomed it warmly.</p><p>The vote was close, with several members asking for "
      + "more time to study the figures, according to the minutes of the meeting.</p></article>";

  private static Document doc(String html, String url) {
    return Jsoup.parse(html, url);
  }

  private static java.util.List<String> jsonLd(Document d) {
    return d.select("script[type=application/ld+json]").stream().map(org.jsoup.nodes.Element::data).toList();
  }

  private static java.util.List<String> authors(String html) {
    Document d = doc(html, "https://news.example/a/b.html");
    return Bylines.authors(d, new MetaTags(d), jsonLd(d));
  }

  @Test
  void jsonLdAuthorsComeFirstAsNamesOrObjects() {
    assertThat(authors("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\","
        + "\"name\":\"Jane Roe\"},{\"@type\":\"Person\",\"name\":\"John Doe\"}]}</script><meta name=\"author\" content=\"Someone Else\">"))
        .containsExactly("Jane Roe", "John Doe");
    assertThat(authors("<script type=\"application/ld+json\">{\"author\":\"Maria García\"}</script>")).containsExactly("Maria García");
  }

  @Test
  void metaAuthorsSkipProfileUrlsAndSplitSeveralNames() {
    assertThat(authors("<meta property=\"article:author\" content=\"https://facebook.com/someone\">"
        + "<meta name=\"author\" content=\"By Anna Schmidt and Paul Weber\">")).containsExactly("Anna Schmidt", "Paul Weber");
  }

  @Test
  void bylineMarkupOutsideCommentsIsTheLastResort() {
    assertThat(authors("<div class=\"comments\"><span class=\"author\">troll42 fan</span></div>"
        + "<p class=\"byline\">Von Karl Mayer</p>")).containsExactly("Karl Mayer");
    assertThat(authors("<span class=\"author\">This author has written for us since 2001 about many topics and places</span>"))
        .isEmpty();
  }

  @Test
  void leadImageIsAbsoluteAndTheWholeExtractionCarriesBoth() {
    String html = "<html><head><meta property=\"og:image\" content=\"/img/lead.jpg\"><meta name=\"author\" content=\"Jane Roe\">"
        + "</head><body>" + BODY + "</body></html>";
    Extraction x = new PageExtractor().extract(TestData.html(html.getBytes(StandardCharsets.UTF_8), "https://news.example/2025/budget"));
    ExtractedPage page = ((Extraction.Page) x).page();
    assertThat(page.image()).isEqualTo("https://news.example/img/lead.jpg");
    assertThat(page.authors()).containsExactly("Jane Roe");
    Document hostile = doc("<meta property=\"og:image\" content=\"javascript:alert(1)\">", "https://news.example/a");
    assertThat(Bylines.image(hostile, new MetaTags(hostile), jsonLd(hostile))).isNull();
    Document none = doc("<p>no image</p>", "");
    assertThat(Bylines.image(none, new MetaTags(none), jsonLd(none))).isNull();
  }
}
