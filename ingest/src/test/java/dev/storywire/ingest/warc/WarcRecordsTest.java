package dev.storywire.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.ingest.RecordReader;
import dev.storywire.model.Format;
import dev.storywire.model.RawDocument;
import dev.storywire.model.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class WarcRecordsTest {
  private static final Instant CAPTURED = Instant.parse("2025-08-13T09:41:07.250Z");
  private static final Instant RECEIVED = Instant.parse("2026-12-01T10:00:00Z");
  private static final URI PAGE = URI.create("https://news.example/2025/08/13/story.html?id=7");
  private static final String HTML = "<html><head><title>Ein Bericht</title></head><body><p>Grüße aus Köln.</p></body></html>";

  private final RecordReader reader = new RecordReader();

  private List<RecordReader.Entry> read(String name, byte[] bytes) throws IOException {
    List<RecordReader.Entry> entries = new ArrayList<>();
    reader.read(new RecordReader.Source(3, "f00d", name, RECEIVED), () -> new ByteArrayInputStream(bytes),
        entries::add);
    return entries;
  }

  private static Map<String, @Nullable String> hints() {
    Map<String, @Nullable String> fields = new HashMap<>();
    fields.put(WarcRecords.TITLE, "Ein Bericht\r\naus Köln");
    fields.put(WarcRecords.PUBLISHED, "Wed, 13 Aug 2025 08:00:00 GMT");
    fields.put(WarcRecords.OUTLET, "Kölner Zeitung");
    fields.put(WarcRecords.FEED, null);
    return fields;
  }

  private static byte[] response(byte[] body) {
    return WarcRecords.response(PAGE, CAPTURED, 200,
        List.of(Map.entry("Content-Type", "text/html; charset=ISO-8859-1"), Map.entry("Content-Encoding", "gzip"),
            Map.entry("Content-Length", "3"), Map.entry("Transfer-Encoding", "chunked"), Map.entry("X-Bad\n", "v")),
        body, hints());
  }

  @Test
  void responseRoundTripsThroughTheRecordReader() throws IOException {
    byte[] body = HTML.getBytes(StandardCharsets.ISO_8859_1);
    List<RecordReader.Entry> entries = read(PAGE.toString(), response(body));

    assertThat(entries).hasSize(1);
    RawDocument doc = ((RecordReader.Entry.Document) entries.getFirst()).document();
    assertThat(doc.key()).isEqualTo("f00d#1");
    assertThat(doc.archiveSeq()).isEqualTo(3);
    assertThat(doc.format()).isEqualTo(Format.HTML);
    assertThat(doc.bytes()).isEqualTo(body);
    assertThat(doc.charsetHint()).isEqualTo("ISO-8859-1");
    assertThat(doc.firstSeen()).isEqualTo(CAPTURED);
    assertThat(doc.source().name()).isEqualTo(PAGE.toString());
    assertThat(doc.source().url()).isEqualTo(PAGE.toString());
    assertThat(doc.source().outlet()).isEqualTo("Kölner Zeitung");
    assertThat(doc.hints().title()).isEqualTo("Ein Bericht aus Köln");
    assertThat(doc.hints().published()).isEqualTo("Wed, 13 Aug 2025 08:00:00 GMT");
  }

  @Test
  void responseIsOneGzipMemberWithDigestsAndOnlyACorrectContentLength() throws IOException {
    byte[] body = HTML.getBytes(StandardCharsets.ISO_8859_1);
    String record = gunzip(response(body));

    assertThat(record).startsWith("WARC/1.1\r\nWARC-Type: response\r\n")
        .contains("WARC-Date: 2025-08-13T09:41:07.250Z\r\n")
        .contains("WARC-Target-URI: " + PAGE + "\r\n")
        .containsPattern("WARC-Record-ID: <urn:uuid:[0-9a-f-]{36}>\r\n")
        .containsPattern("WARC-Payload-Digest: sha1:[A-Z2-7]{32}\r\n")
        .containsPattern("WARC-Block-Digest: sha1:[A-Z2-7]{32}\r\n")
        .contains("Content-Type: application/http;msgtype=response\r\n")
        .contains("HTTP/1.1 200 OK\r\n")
        .contains("Content-Length: " + body.length + "\r\n")
        .doesNotContain("Content-Encoding", "Transfer-Encoding", "Content-Length: 3\r\n", "X-Bad", "Storywire-Feed")
        .endsWith("</html>\r\n\r\n");
    assertThat(WarcRecords.sha1(body)).isEqualTo(digestField(record, "WARC-Payload-Digest"));
  }

  @Test
  void outputIsReproducibleAndTheRecordIdDependsOnTheContent() {
    byte[] body = HTML.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(response(body)).isEqualTo(response(body));
    String one = recordId(response(body));
    String other = recordId(response((HTML + " ").getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(one).isNotEqualTo(other);
  }

  @Test
  void resourceRoundTripsAsTextWithItsCharset() throws IOException {
    byte[] body = "Erster Absatz.\n\nZweiter Absatz.".getBytes(StandardCharsets.UTF_8);
    byte[] record = WarcRecords.resource(PAGE, CAPTURED, "text/plain; charset=utf-8", body, Map.of());

    RawDocument doc = ((RecordReader.Entry.Document) read("entry.warc.gz", record).getFirst()).document();
    assertThat(doc.format()).isEqualTo(Format.TEXT);
    assertThat(doc.bytes()).isEqualTo(body);
    assertThat(doc.charsetHint()).isEqualTo("utf-8");
    assertThat(doc.hints().title()).isNull();
    assertThat(doc.source().outlet()).isNull();
  }

  @Test
  void aStorywireUrnRestoresTheNameItWasArchivedUnder() throws IOException {
    String name = "/data/in/Nachrichten 13.08/seite ä+1.txt";
    byte[] record = WarcRecords.resource(StorywireUrn.of(name), CAPTURED, "text/plain", "Text.".getBytes(), Map.of());

    RawDocument doc = ((RecordReader.Entry.Document) read("x.warc.gz", record).getFirst()).document();
    assertThat(doc.source().name()).isEqualTo(name);
    assertThat(doc.source().url()).isNull();
  }

  @Test
  void jsonLinesResourceYieldsOneDocumentPerLine() throws IOException {
    byte[] body = """
        {"url":"https://a.example/1","title":"Eins","text":"Erster Text."}
        {"url":"https://a.example/2","title":"Zwei","text":"Zweiter Text."}
        """.getBytes(StandardCharsets.UTF_8);
    byte[] record = WarcRecords.resource(StorywireUrn.of("feed.jsonl"), CAPTURED, "application/x-ndjson", body, Map.of());

    List<RecordReader.Entry> entries = read("export.warc.gz", record);
    assertThat(entries).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(RecordReader.Entry.Document.class));
    RawDocument second = ((RecordReader.Entry.Document) entries.get(1)).document();
    assertThat(second.source().name()).isEqualTo("feed.jsonl:2");
    assertThat(second.hints().title()).isEqualTo("Zwei");
    assertThat(second.firstSeen()).isEqualTo(CAPTURED);
    assertThat(second.key()).isEqualTo("f00d#1#2");
  }

  @Test
  void gzippedWarcArchivedUnderAUrlIsRecognisedByItsBytes() throws IOException {
    byte[] record = response(HTML.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(read("https://news.example/", record)).singleElement()
        .isInstanceOf(RecordReader.Entry.Document.class);
    // other gzip data under such a name is left as it was before WARC (not taken for a container)
    assertThat(read("https://news.example/", WarcRecords.gzip(HTML.getBytes()))).singleElement()
        .satisfies(e -> assertThat(((RecordReader.Entry.Document) e).document().key()).isEqualTo("f00d"));
  }

  private static String recordId(byte[] record) {
    return gunzip(record).lines().filter(l -> l.startsWith("WARC-Record-ID")).findFirst().orElseThrow();
  }

  private static String digestField(String record, String name) {
    return record.lines().filter(l -> l.startsWith(name + ": ")).findFirst().orElseThrow().substring(name.length() + 2);
  }

  static String gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Arrays.stream(parts).forEach(out::writeBytes);
    return out.toByteArray();
  }
}
