package dev.storywire.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesMarkupAndBothQuotes() {
    assertThat(Html.escape("<script>alert(\"x\")</script> & 'y'"))
        .isEqualTo("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  }

  @Test
  void escapeKeepsEveryScriptAndDropsForbiddenControls() {
    assertThat(Html.escape("بابوشكين 巴布施金\tok\n")).isEqualTo("بابوشكين 巴布施金\tok\n");
    assertThat(Html.escape("a\u0000b\u001bc")).isEqualTo("abc");
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void attributeValuesCannotBreakOut() {
    String html = new Html().open("a", "href", "/x\" onclick=\"alert(1)", "title", null).toString();
    assertThat(html).isEqualTo("<a href=\"/x&quot; onclick=&quot;alert(1)\">");
  }

  @Test
  void rightToLeftLanguagesGetRtlAndOthersAuto() {
    assertThat(Html.dir("ar")).isEqualTo("rtl");
    assertThat(Html.dir("fa")).isEqualTo("rtl");
    assertThat(Html.dir("he")).isEqualTo("rtl");
    assertThat(Html.dir("ur")).isEqualTo("rtl");
    assertThat(Html.dir("ar-EG")).isEqualTo("rtl");
    assertThat(Html.dir("zh")).isEqualTo("auto");
    assertThat(Html.dir("en")).isEqualTo("auto");
    assertThat(Html.dir(null)).isEqualTo("auto");
  }

  @Test
  void textElementsCarryLangAndDir() {
    assertThat(new Html().textElement("p", "ar", "نص").toString()).isEqualTo("<p lang=\"ar\" dir=\"rtl\">نص</p>");
    assertThat(new Html().textElement("p", "zh", "文").toString()).isEqualTo("<p lang=\"zh\" dir=\"auto\">文</p>");
    assertThat(new Html().textElement("p", null, "?").toString()).isEqualTo("<p lang=\"\" dir=\"auto\">?</p>");
  }

  @Test
  void aLanguageThatIsNotATagIsWrittenAsUnknown() {
    assertThat(Html.languageTag("en\" onmouseover=\"x")).isEmpty();
    assertThat(Html.languageTag("zh-Hans")).isEqualTo("zh-hans");
  }

  @Test
  void onlyWebUrlsBecomeLinks() {
    assertThat(Html.safeHref("javascript:alert(1)")).isNull();
    assertThat(Html.safeHref("JAVASCRIPT:alert(1)")).isNull();
    assertThat(Html.safeHref("data:text/html,<script>")).isNull();
    assertThat(Html.safeHref("//evil.example/")).isNull();
    assertThat(Html.safeHref("not a url")).isNull();
    assertThat(Html.safeHref("https://example.com/a?b=c")).isEqualTo("https://example.com/a?b=c");
    assertThat(new Html().externalLink("x", "javascript:alert(1)").toString()).isEqualTo("x");
  }

  @Test
  void theBalanceCheckCatchesBrokenMarkup() {
    assertThat(HtmlBalance.problem("<!DOCTYPE html>\n<p><b>x</b></p>")).isNull();
    assertThat(HtmlBalance.problem("<!DOCTYPE html>\n<p><b>x</p>")).isNotNull();
    assertThat(HtmlBalance.problem("<!DOCTYPE html>\n<p>a<b</p>")).isNotNull();
    assertThat(HtmlBalance.problem("<!DOCTYPE html>\n<p title=x>a</p>")).isNotNull();
    assertThat(HtmlBalance.problem("<!DOCTYPE html>\n<div>")).isNotNull();
  }

  @Test
  void ourOwnLinksEncodeIds() {
    assertThat(Html.pathSegment("a b/c?")).isEqualTo("a%20b%2Fc%3F");
    assertThat(Pages.storyHref("s1", "i2")).isEqualTo("/story/s1#item-i2");
  }
}
