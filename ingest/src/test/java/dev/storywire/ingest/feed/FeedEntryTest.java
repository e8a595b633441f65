package dev.storywire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class FeedEntryTest {
  @Test
  void textLengthMatchesTheTextAnHtmlParserSees() {
    for (String html : List.of("<p>Hello&nbsp;<b>world</b></p>\n  <!-- a <b>comment</b> --> &amp; more ",
        "  plain   text  ", "a < b &c d", "<div><img src='x.png' alt='no text'/></div>", "")) {
      assertThat(FeedEntry.textLength(html)).as(html).isEqualTo(Jsoup.parseBodyFragment(html).text().length());
    }
  }

  @Test
  void fullContentIsLongTextOrMuchLongerThanTheSummary() {
    String longText = "<p>" + "word ".repeat(FeedEntry.FULL_CONTENT_MIN_CHARS / 5 + 1) + "</p>";
    assertThat(entry("<p>teaser</p>", longText).hasFullContent()).isTrue();
    assertThat(entry("short teaser", "<p>a <b>longer</b> body of the brief item</p>").hasFullContent()).isTrue();
    assertThat(entry("a summary as long as the content", "<i>a summary as long</i>").hasFullContent()).isFalse();
    assertThat(entry("teaser", " <p> </p> ").hasFullContent()).isFalse();
  }

  private static FeedEntry entry(String summary, String content) {
    return new FeedEntry(null, null, null, summary, content, null, null, null, List.of(), List.of(), List.of(),
        null, null, null);
  }
}
