package dev.storywire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {
  @Test
  void readsNestedFoldersLeniently() {
    String opml = """
        <?xml version="1.0"?>
        <opml version="1.0"><head><title>subs</title></head><body>
          <outline text="News">
            <outline text="World">
              <outline type="rss" text="BBC &amp; co" xmlUrl="https://feeds.example/bbc.xml" htmlUrl="https://bbc.example/"/>
            </outline>
            <outline type="rss" title="Tagged" xmlUrl="https://feeds.example/t.xml" category="/Tech"/>
          </outline>
          <outline text="no feed"/>
          <outline type="rss" text="Caf&eacute;" xmlUrl="https://feeds.example/c.xml">
        </body></opml>""";
    List<Outline> outlines = Opml.read(opml.getBytes(StandardCharsets.UTF_8));
    assertThat(outlines).containsExactly(
        new Outline("https://feeds.example/bbc.xml", "BBC & co", "https://bbc.example/", "News/World"),
        new Outline("https://feeds.example/t.xml", "Tagged", null, "/Tech"),
        new Outline("https://feeds.example/c.xml", "Café", null, null));
  }

  @Test
  void roundTrips() {
    List<Outline> outlines = List.of(
        new Outline("https://feeds.example/a.xml?x=1&y=2", "A \"quoted\" <feed>", "https://a.example/", "News/World"),
        new Outline("https://feeds.example/b.xml", null, null, null));
    byte[] written = Opml.write(outlines, "Storywire & friends", Instant.parse("2025-08-13T10:00:00Z"));
    String text = new String(written, StandardCharsets.UTF_8);
    assertThat(text).contains("<opml version=\"2.0\">").contains("<dateCreated>Wed, 13 Aug 2025 10:00:00 GMT</dateCreated>");
    assertThat(Opml.read(written)).containsExactlyElementsOf(outlines);
  }

  @Test
  void externalEntitiesYieldNothing() {
    String opml = "<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body>"
        + "<outline xmlUrl=\"https://a.example/&x;\"/></body></opml>";
    assertThat(Opml.read(opml.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
