package dev.storywire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.ingest.feed.FeedResult.NotAFeed;
import dev.storywire.ingest.feed.FeedResult.NotAFeed.Kind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  private final FeedParser parser = new FeedParser();

  private FeedResult parse(String xml) {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, "https://news.example.com/feeds/world.xml");
  }

  private static FeedResult.Parsed parsed(FeedResult result) {
    assertThat(result).isInstanceOf(FeedResult.Parsed.class);
    return (FeedResult.Parsed) result;
  }

  private static NotAFeed notAFeed(FeedResult result) {
    assertThat(result).isInstanceOf(NotAFeed.class);
    return (NotAFeed) result;
  }

  @Test
  void rss20WithNewsExtensions() {
    FeedResult.Parsed p = parsed(parse("""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:media="http://search.yahoo.com/mrss/" xmlns:georss="http://www.georss.org/georss">
          <channel>
            <title>World &amp; more</title><link>https://news.example.com/</link><language>en-gb</language>
            <lastBuildDate>Wed, 13 Aug 2025 10:00:00 GMT</lastBuildDate>
            <item>
              <title>Quake &lt;b&gt;hits&lt;/b&gt; coast</title>
              <link>/2025/08/13/quake</link>
              <guid isPermaLink="false">quake-1</guid>
              <description>Short &lt;i&gt;teaser&lt;/i&gt;</description>
              <content:encoded><![CDATA[<p>Full text</p>]]></content:encoded>
              <pubDate>Wed, 13 Aug 2025 09:30:00 +0200</pubDate>
              <dc:creator>Ana Ruiz</dc:creator><category>World</category><dc:subject>Disasters</dc:subject>
              <enclosure url="https://cdn.example.com/a.mp3" type="audio/mpeg" length="1234"/>
              <media:thumbnail url="https://cdn.example.com/t.jpg"/>
              <georss:point>36.9382 31.1732</georss:point>
            </item>
          </channel>
        </rss>"""));
    assertThat(p.bozo()).isFalse();
    Feed feed = p.feed();
    assertThat(feed.format()).isEqualTo("rss20");
    assertThat(feed.title()).isEqualTo("World & more");
    assertThat(feed.language()).isEqualTo("en-gb");
    assertThat(feed.updated()).isEqualTo(Instant.parse("2025-08-13T10:00:00Z"));
    FeedEntry e = feed.entries().getFirst();
    assertThat(e.title()).isEqualTo("Quake hits coast");
    assertThat(e.link()).isEqualTo("https://news.example.com/2025/08/13/quake");
    assertThat(e.id()).isEqualTo("quake-1");
    assertThat(e.summary()).isEqualTo("Short <i>teaser</i>");
    assertThat(e.content()).isEqualTo("<p>Full text</p>");
    assertThat(e.published()).isEqualTo(Instant.parse("2025-08-13T07:30:00Z"));
    assertThat(e.publishedRaw()).isEqualTo("Wed, 13 Aug 2025 09:30:00 +0200");
    assertThat(e.authors()).containsExactly("Ana Ruiz");
    assertThat(e.categories()).containsExactly("World", "Disasters");
    assertThat(e.enclosures()).containsExactly(new Enclosure("https://cdn.example.com/a.mp3", "audio/mpeg", 1234L));
    assertThat(e.imageUrl()).isEqualTo("https://cdn.example.com/t.jpg");
    assertThat(e.point()).isEqualTo(new GeoPoint(36.9382, 31.1732));
    assertThat(e.hasFullContent()).as("nine characters of content are no article").isFalse();
  }

  @Test
  void rss10Rdf() {
    FeedResult.Parsed p = parsed(parse("""
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://example.com/"><title>RDF news</title><link>https://example.com/</link></channel>
          <item rdf:about="https://example.com/1"><title>One</title><link>https://example.com/1</link>
            <dc:date>2003-12-31T10:14:55Z</dc:date><dc:language>fr</dc:language></item>
        </rdf:RDF>"""));
    assertThat(p.feed().format()).isEqualTo("rss10");
    FeedEntry e = p.feed().entries().getFirst();
    assertThat(e.id()).isEqualTo("https://example.com/1");
    assertThat(e.published()).isEqualTo(Instant.parse("2003-12-31T10:14:55Z"));
    assertThat(e.language()).isEqualTo("fr");
  }

  @Test
  void atom10WithXmlBaseAndXhtmlContent() {
    FeedResult.Parsed p = parsed(parse("""
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/blog/" xml:lang="de">
          <title type="html">Das &lt;em&gt;Blog&lt;/em&gt;</title>
          <link rel="self" href="feed.atom"/><link rel="alternate" type="text/html" href="./"/>
          <updated>2025-08-13T10:00:00+02:00</updated>
          <entry>
            <id>tag:example.org,2025:1</id><title>Eins</title>
            <link rel="enclosure" href="a.jpg" type="image/jpeg"/><link href="2025/eins"/>
            <author><name>Jo</name></author><category term="Politik"/>
            <published>2025-08-13T08:00:00Z</published><updated>2025-08-13T09:00:00Z</updated>
            <summary>kurz</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Lang <a href="x">hier</a></p></div></content>
          </entry>
        </feed>"""));
    Feed feed = p.feed();
    assertThat(feed.format()).isEqualTo("atom10");
    assertThat(feed.title()).isEqualTo("Das Blog");
    assertThat(feed.link()).isEqualTo("https://example.org/blog/");
    assertThat(feed.language()).isEqualTo("de");
    FeedEntry e = feed.entries().getFirst();
    assertThat(e.link()).isEqualTo("https://example.org/blog/2025/eins");
    assertThat(e.content()).isEqualTo("<p>Lang <a href=\"https://example.org/blog/x\">hier</a></p>");
    assertThat(e.enclosures()).containsExactly(new Enclosure("https://example.org/blog/a.jpg", "image/jpeg", null));
    assertThat(e.imageUrl()).isEqualTo("https://example.org/blog/a.jpg");
    assertThat(e.authors()).containsExactly("Jo");
    assertThat(e.updated()).isEqualTo(Instant.parse("2025-08-13T09:00:00Z"));
    assertThat(e.hasFullContent()).isTrue();
  }

  @Test
  void atom03() {
    FeedResult.Parsed p = parsed(parse("""
        <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
          <entry><title>E</title><issued>2004-01-01T00:00:00Z</issued>
            <content mode="base64" type="text/html">PGI+Ym9sZDwvYj4=</content></entry></feed>"""));
    assertThat(p.feed().format()).isEqualTo("atom03");
    assertThat(p.feed().entries().getFirst().content()).isEqualTo("<b>bold</b>");
    assertThat(p.feed().entries().getFirst().published()).isEqualTo(Instant.parse("2004-01-01T00:00:00Z"));
  }

  @Test
  void jsonFeed11() {
    FeedResult.Parsed p = parsed(parse("""
        {"version": "https://jsonfeed.org/version/1.1", "title": "J", "home_page_url": "https://j.example/",
         "items": [{"id": "1", "url": "/p/1", "title": "Hello &amp; bye", "content_html": "<p>x</p>",
                    "summary": "s", "date_published": "2025-08-13T10:00:00Z", "authors": [{"name": "A"}],
                    "tags": ["t"], "image": "https://j.example/i.png",
                    "attachments": [{"url": "https://j.example/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 9}]}]}"""));
    assertThat(p.feed().format()).isEqualTo("json11");
    FeedEntry e = p.feed().entries().getFirst();
    assertThat(e.link()).isEqualTo("https://news.example.com/p/1");
    assertThat(e.title()).isEqualTo("Hello & bye");
    assertThat(e.published()).isEqualTo(Instant.parse("2025-08-13T10:00:00Z"));
    assertThat(e.enclosures()).containsExactly(new Enclosure("https://j.example/a.mp3", "audio/mpeg", 9L));
    assertThat(e.authors()).containsExactly("A");
  }

  @Test
  void htmlEntitiesInRssDecodeAndAreBozo() {
    FeedResult.Parsed p = parsed(parse("<rss version=\"2.0\"><channel><title>caf&eacute;&nbsp;&amp; b&agrave;r</title></channel></rss>"));
    assertThat(p.feed().title()).isEqualTo("café\u00a0& bàr");
    assertThat(p.bozo()).isTrue();
    assertThat(p.bozoReason()).contains("&eacute;");
  }

  @Test
  void illFormedXmlIsRecoveredAsBozo() {
    FeedResult.Parsed p = parsed(parse("<rss version=\"2.0\"><channel><title>AT&T news</title>"
        + "<item><title>one<b></title><link>https://x.example/1</link></item></channel></rss><junk>"));
    assertThat(p.bozo()).isTrue();
    assertThat(p.feed().title()).isEqualTo("AT&T news");
    assertThat(p.feed().entries()).hasSize(1);
  }

  @Test
  void htmlPageIsNotAFeed() {
    NotAFeed n = notAFeed(parse("<!DOCTYPE html><html><head><title>Login</title></head><body>x</body></html>"));
    assertThat(n.kind()).isEqualTo(Kind.HTML_PAGE);
    assertThat(n.reason()).contains("HTML page");
  }

  @Test
  void garbageJsonAndEmptyAndUnknownXml() {
    assertThat(notAFeed(parse("{\"version\": ")).kind()).isEqualTo(Kind.NOT_XML_OR_JSON);
    assertThat(notAFeed(parse("{\"hello\": 1}")).kind()).isEqualTo(Kind.JSON_NOT_FEED);
    assertThat(notAFeed(parse("  \n ")).kind()).isEqualTo(Kind.EMPTY);
    assertThat(notAFeed(parser.parse(new byte[0], null, null)).kind()).isEqualTo(Kind.EMPTY);
    assertThat(notAFeed(parse("\u0001\u0002 binary garbage")).kind()).isEqualTo(Kind.NOT_XML_OR_JSON);
    assertThat(notAFeed(parse("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")).kind()).isEqualTo(Kind.XML_NOT_FEED);
  }

  @Test
  void billionLaughsIsRefusedQuickly() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]><rss><channel><title>&lol9;</title></channel></rss>");
    long start = System.nanoTime();
    NotAFeed n = notAFeed(parse(dtd.toString()));
    assertThat(n.kind()).isEqualTo(Kind.UNSAFE);
    assertThat(n.reason()).contains("expansion");
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void externalEntityIsNeverRead() {
    NotAFeed n = notAFeed(parse("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<rss><channel><title>&xxe;</title></channel></rss>"));
    assertThat(n.kind()).isEqualTo(Kind.UNSAFE);
    assertThat(n.toString()).doesNotContain("root:");
  }

  @Test
  void smallInternalEntitiesAreExpanded() {
    FeedResult.Parsed p = parsed(parse("<!DOCTYPE rss [<!ENTITY site \"Example\">]><rss><channel><title>&site; news</title></channel></rss>"));
    assertThat(p.feed().title()).isEqualTo("Example news");
  }

  @Test
  void tooLargeIsRefusedWithoutDecoding() {
    byte[] big = new byte[50 * 1024 * 1024];
    assertThat(notAFeed(parser.parse(big, null, null)).kind()).isEqualTo(Kind.TOO_LARGE);
  }

  @Test
  void absurdNestingIsUnsafe() {
    String deep = "<rss><channel>" + "<x>".repeat(FeedLimits.MAX_DEPTH + 10) + "</channel></rss>";
    assertThat(notAFeed(parse(deep)).kind()).isEqualTo(Kind.UNSAFE);
  }

  @Test
  void windows1251AndGb2312DeclaredFeeds() {
    String cyrillic = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>Новости</title></channel></rss>";
    FeedResult.Parsed ru = parsed(parser.parse(cyrillic.getBytes(Charset.forName("windows-1251")), null, null));
    assertThat(ru.feed().title()).isEqualTo("Новости");
    assertThat(ru.encoding()).isEqualTo("windows-1251");
    String chinese = "<?xml version=\"1.0\" encoding=\"gb2312\"?><rss version=\"2.0\"><channel><title>新闻</title></channel></rss>";
    FeedResult.Parsed zh = parsed(parser.parse(chinese.getBytes(Charset.forName("GB2312")), null, null));
    assertThat(zh.feed().title()).isEqualTo("新闻");
    assertThat(zh.encoding()).isEqualTo("gb18030");
  }

  @Test
  void wrongDeclaredEncodingIsRecoveredAsBozo() {
    String xml = "<?xml version=\"1.0\" encoding=\"us-ascii\"?><rss version=\"2.0\"><channel><title>Zürich</title></channel></rss>";
    FeedResult.Parsed p = parsed(parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, null));
    assertThat(p.bozo()).isTrue();
    assertThat(p.encoding()).isEqualTo("utf-8");
    assertThat(p.feed().title()).isEqualTo("Zürich");
  }

  @Test
  void httpCharsetWinsOverDeclaration() {
    String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>café</title></channel></rss>";
    FeedResult.Parsed p = parsed(parser.parse(xml.getBytes(StandardCharsets.ISO_8859_1), "application/rss+xml; charset=iso-8859-1", null));
    assertThat(p.feed().title()).isEqualTo("café");
    assertThat(p.bozo()).isFalse();
  }

  @Test
  void summaryOnlyEntryHasNoFullContent() {
    FeedEntry e = parsed(parse("<rss version=\"2.0\"><channel><item><description>teaser</description></item></channel></rss>"))
        .feed().entries().getFirst();
    assertThat(e.hasFullContent()).isFalse();
  }

  @Test
  void xhtmlContentIsWrittenForHtmlWithInlineSvgUnprefixed() {
    Feed feed = ((FeedResult.Parsed) parse("""
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:s="http://www.w3.org/2000/svg"
              xmlns:xl="http://www.w3.org/1999/xlink"><entry><content type="xhtml">
        <div xmlns="http://www.w3.org/1999/xhtml"><p>a<br/></p><p/><s:svg><s:a xl:href="x"><s:circle r="1"/></s:a></s:svg></div>
        </content></entry></feed>""")).feed();
    assertThat(feed.entries().getFirst().content()).isEqualTo("<p>a<br /></p><p></p>"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\"><a xl:href=\"x\" xmlns:xl=\"http://www.w3.org/1999/xlink\">"
        + "<circle r=\"1\"></circle></a></svg>");
  }

  @Test
  void undeclaredLegacyEncodingIsDetected() {
    String russian = "<rss version=\"2.0\"><channel><item><title>Новости</title><description>"
        + "Сегодня в Москве прошло заседание правительства, на котором обсуждали бюджет на следующий год "
        + "и новые меры поддержки семей с детьми.</description></item></channel></rss>";
    FeedResult.Parsed result = (FeedResult.Parsed) parser.parse(russian.getBytes(Charset.forName("KOI8-R")), null, null);
    assertThat(result.encoding()).isEqualTo("koi8-r");
    assertThat(result.bozo()).isTrue();
    assertThat(result.feed().entries().getFirst().title()).isEqualTo("Новости");
  }
}
