package dev.storywire.ingest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapParserTest {
  private static final String AT = "https://www.news.example/sitemaps/news.xml";

  private static Sitemap parse(String text) {
    return SitemapParser.parse(text.getBytes(StandardCharsets.UTF_8), "application/xml", AT);
  }

  @Test
  void googleNewsSitemap() {
    Sitemap sitemap = parse("""
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
                xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
          <url>
            <loc>https://news.example/2025/08/13/ai-safety.html</loc>
            <lastmod>2025-08-13T11:05:00+02:00</lastmod>
            <image:image><image:loc>https://cdn.example/photo.jpg</image:loc><image:title>Photo</image:title></image:image>
            <news:news>
              <news:publication><news:name>مجلة الأخبار</news:name><news:language>ar</news:language></news:publication>
              <news:publication_date>2025-08-13</news:publication_date>
              <news:title>xAI co-founder &amp; safety</news:title>
            </news:news>
          </url>
          <url><loc> https://www.news.example/plain </loc></url>
        </urlset>
        """);

    assertThat(sitemap).isEqualTo(new Sitemap.Urls(java.util.List.of(
        new SitemapUrl("https://news.example/2025/08/13/ai-safety.html", Instant.parse("2025-08-13T09:05:00Z"),
            "xAI co-founder & safety", Instant.parse("2025-08-13T00:00:00Z"), "ar", "مجلة الأخبار"),
        SitemapUrl.of("https://www.news.example/plain"))));
  }

  @Test
  void otherHostsAndNonWebUrlsAreDropped() {
    Sitemap sitemap = parse("""
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>https://elsewhere.example/a</loc></url>
          <url><loc>ftp://news.example/a</loc></url>
          <url><loc>/relative</loc></url>
          <url><loc>http://news.example/kept</loc><lastmod>not a date</lastmod></url>
        </urlset>
        """);
    assertThat(sitemap).isEqualTo(new Sitemap.Urls(java.util.List.of(SitemapUrl.of("http://news.example/kept"))));
  }

  @Test
  void sitemapIndex() {
    Sitemap sitemap = parse("""
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://news.example/sitemap-1.xml.gz</loc><lastmod>2025-08-13</lastmod></sitemap>
          <sitemap><loc>https://news.example/sitemap-2.xml</loc></sitemap>
          <sitemap><loc>https://other.example/sitemap.xml</loc></sitemap>
        </sitemapindex>
        """);
    assertThat(sitemap).isEqualTo(new Sitemap.Index(java.util.List.of(
        "https://news.example/sitemap-1.xml.gz", "https://news.example/sitemap-2.xml")));
  }

  @Test
  void gzipIsRecognisedByItsBytes() throws IOException {
    byte[] xml = """
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/a</loc></url></urlset>
        """.getBytes(StandardCharsets.UTF_8);
    assertThat(SitemapParser.parse(gzip(xml), null, AT))
        .isEqualTo(new Sitemap.Urls(java.util.List.of(SitemapUrl.of("https://news.example/a"))));
  }

  @Test
  void textSitemap() {
    Sitemap sitemap = SitemapParser.parse("https://news.example/a\r\n\nhttps://news.example/b\nnot a url\n"
        .getBytes(StandardCharsets.UTF_8), "text/plain", AT);
    assertThat(sitemap).isEqualTo(new Sitemap.Urls(java.util.List.of(
        SitemapUrl.of("https://news.example/a"), SitemapUrl.of("https://news.example/b"))));
  }

  @Test
  void billionLaughsIsRefused() {
    Sitemap sitemap = parse("""
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <urlset><url><loc>https://news.example/&lol9;</loc></url></urlset>
        """);
    assertThat(sitemap).isInstanceOf(Sitemap.Invalid.class);
    assertThat(((Sitemap.Invalid) sitemap).reason()).contains("DOCTYPE");
  }

  @Test
  void externalEntityIsRefused() {
    Sitemap sitemap = parse("""
        <?xml version="1.0"?>
        <!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <urlset><url><loc>https://news.example/&xxe;</loc></url></urlset>
        """);
    assertThat(sitemap).isInstanceOf(Sitemap.Invalid.class);
  }

  @Test
  void htmlServedAsSitemapIsInvalid() {
    assertThat(parse("<!DOCTYPE html><html><head><title>Not found</title></head><body>404</body></html>"))
        .isEqualTo(new Sitemap.Invalid("an HTML page, not a sitemap"));
  }

  @Test
  void feedServedAsSitemapIsInvalidAndSaysSo() {
    assertThat(parse("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>"))
        .satisfies(s -> assertThat(((Sitemap.Invalid) s).reason()).contains("feed"));
  }

  @Test
  void urlsBeyondTheLimitAreIgnored() {
    StringBuilder xml = new StringBuilder("<urlset>");
    for (int i = 0; i < SitemapParser.MAX_URLS + 5; i++) {
      xml.append("<url><loc>https://news.example/").append(i).append("</loc></url>");
    }
    Sitemap sitemap = parse(xml.append("</urlset>").toString());
    assertThat(((Sitemap.Urls) sitemap).urls()).hasSize(SitemapParser.MAX_URLS);
  }

  @Test
  void moreThanFiftyMegabytesIsRefused() throws IOException {
    byte[] big = new byte[SitemapParser.MAX_UNCOMPRESSED_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    assertThat(SitemapParser.parse(gzip(big), null, AT)).isInstanceOf(Sitemap.Invalid.class);
  }

  @Test
  void garbageIsInvalidNotAnException() {
    assertThat(parse("<urlset><url><loc>https://news.example/a</loc></url>")).isInstanceOf(Sitemap.Invalid.class);
    assertThat(SitemapParser.parse(new byte[] {0x1f, (byte) 0x8b, 1, 2}, null, AT)).isInstanceOf(Sitemap.Invalid.class);
    assertThat(parse("{\"json\": true}")).isInstanceOf(Sitemap.Invalid.class);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
