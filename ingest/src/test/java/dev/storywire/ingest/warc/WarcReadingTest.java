package dev.storywire.ingest.warc;

import static dev.storywire.ingest.warc.WarcRecordsTest.concat;
import static dev.storywire.ingest.warc.WarcRecordsTest.gzip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.ingest.Limits;
import dev.storywire.ingest.RecordReader;
import dev.storywire.model.Format;
import dev.storywire.model.RawDocument;
import dev.storywire.model.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WARC containers as crawlers write them: several record types, raw HTTP payloads, broken files. */
class WarcReadingTest {
  private static final Instant RECEIVED = Instant.parse("2026-12-01T10:00:00Z");
  private static final String HTML = "<!doctype html><html><body><p>مرحبا بالعالم. 你好。</p></body></html>";

  private final RecordReader reader = new RecordReader();

  private List<RecordReader.Entry> read(String name, byte[] bytes) throws IOException {
    List<RecordReader.Entry> entries = new ArrayList<>();
    reader.read(new RecordReader.Source(9, "beef", name, RECEIVED), () -> new ByteArrayInputStream(bytes),
        entries::add);
    return entries;
  }

  /** One uncompressed WARC/1.0 record, as CC-NEWS writes them. */
  static byte[] record(String type, String target, String contentType, byte[] block) {
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n"
        + "WARC-Date: 2025-08-13T06:00:00Z\r\n"
        + (target.isEmpty() ? "" : "WARC-Target-URI: " + target + "\r\n")
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + block.length + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] http(String head, byte[] payload) {
    return concat(head.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII), payload);
  }

  static byte[] chunked(byte[] bytes, int chunk) {
    List<byte[]> parts = new ArrayList<>();
    for (int at = 0; at < bytes.length; at += chunk) {
      int n = Math.min(chunk, bytes.length - at);
      parts.add((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      parts.add(Arrays.copyOfRange(bytes, at, at + n));
      parts.add("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    parts.add("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return concat(parts.toArray(byte[][]::new));
  }

  private static byte[] page(String url, String contentType) {
    return record("response", url, "application/http; msgtype=response", http(
        "HTTP/1.1 200 OK\nContent-Type: " + contentType + "\n\n", HTML.getBytes(StandardCharsets.UTF_8)));
  }

  /** A small crawl: warcinfo, then per page a request and a response, and an image, a 404 and metadata. */
  static byte[] crawl() throws IOException {
    return concat(
        record("warcinfo", "", "application/warc-fields", "software: test\r\n".getBytes()),
        record("request", "https://a.example/1", "application/http; msgtype=request",
            "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n".getBytes()),
        page("https://a.example/1", "text/html; charset=UTF-8"),
        record("response", "https://a.example/logo.png", "application/http; msgtype=response",
            http("HTTP/1.1 200 OK\nContent-Type: image/png\n\n", new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
        record("response", "https://a.example/gone", "application/http; msgtype=response",
            http("HTTP/1.1 404 Not Found\nContent-Type: text/html\n\n", "<html>no</html>".getBytes())),
        record("metadata", "https://a.example/1", "application/warc-fields", "fetchTimeMs: 12\r\n".getBytes()),
        page("https://a.example/2", "application/xhtml+xml"));
  }

  @Test
  void pagesAreReadAndOtherRecordsSkipped() throws IOException {
    List<RecordReader.Entry> entries = read("crawl.warc", crawl());

    assertThat(entries).hasSize(4);
    RawDocument first = ((RecordReader.Entry.Document) entries.get(0)).document();
    assertThat(first.key()).isEqualTo("beef#3");
    assertThat(first.format()).isEqualTo(Format.HTML);
    assertThat(first.charsetHint()).isEqualTo("UTF-8");
    assertThat(first.firstSeen()).isEqualTo(Instant.parse("2025-08-13T06:00:00Z"));
    assertThat(first.source().url()).isEqualTo("https://a.example/1");
    assertThat(rejected(entries.get(1))).isEqualTo(
        new RecordReader.Entry.Rejected("https://a.example/logo.png", RejectReason.UNSUPPORTED,
            "content type image/png is not a page"));
    assertThat(rejected(entries.get(2)).detail()).isEqualTo("HTTP status 404");
    assertThat(((RecordReader.Entry.Document) entries.get(3)).document().key()).isEqualTo("beef#7");
  }

  @Test
  void perRecordGzipIsReadAsTheSameRecords() throws IOException {
    byte[] perRecord = concat(gzip(page("https://a.example/1", "text/html")), gzip(page("https://a.example/2", "text/html")));
    assertThat(read("crawl.warc.gz", perRecord)).hasSize(2)
        .allSatisfy(e -> assertThat(e).isInstanceOf(RecordReader.Entry.Document.class));
    assertThat(read("crawl-without-extension", perRecord)).hasSize(2);
  }

  @Test
  void chunkedGzipPayloadIsDecoded() throws IOException {
    byte[] html = HTML.getBytes(StandardCharsets.UTF_8);
    byte[] payload = chunked(gzip(html), 7);
    byte[] warc = record("response", "https://a.example/raw", "application/http; msgtype=response", http(
        "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nContent-Encoding: gzip\nTransfer-Encoding: chunked\n\n",
        payload));

    RawDocument doc = ((RecordReader.Entry.Document) read("cc-news.warc", warc).getFirst()).document();
    assertThat(doc.bytes()).isEqualTo(html);
  }

  @Test
  void undecodablePayloadIsRejectedAndTheNextRecordStillRead() throws IOException {
    byte[] bad = record("response", "https://a.example/bad", "application/http; msgtype=response", http(
        "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\n\n", "not gzip at all".getBytes()));
    List<RecordReader.Entry> entries = read("c.warc", concat(bad, page("https://a.example/2", "text/html")));

    assertThat(rejected(entries.get(0)).reason()).isEqualTo(RejectReason.CORRUPT_COMPRESSION);
    assertThat(entries.get(1)).isInstanceOf(RecordReader.Entry.Document.class);
  }

  @Test
  void truncatedWarcKeepsTheRecordsBeforeIt() throws IOException {
    byte[] whole = concat(page("https://a.example/1", "text/html"), page("https://a.example/2", "text/html"));
    byte[] cut = Arrays.copyOf(whole, whole.length - 40);

    List<RecordReader.Entry> entries = read("cut.warc", cut);
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0)).isInstanceOf(RecordReader.Entry.Document.class);
    assertThat(rejected(entries.get(1)).reason()).isEqualTo(RejectReason.MALFORMED);
    assertThat(rejected(entries.get(1)).where()).isEqualTo("cut.warc#2");
  }

  @Test
  void truncatedGzipWarcKeepsTheRecordsBeforeIt() throws IOException {
    byte[] whole = concat(gzip(page("https://a.example/1", "text/html")), gzip(page("https://a.example/2", "text/html")));
    byte[] cut = Arrays.copyOf(whole, whole.length - 30);

    List<RecordReader.Entry> entries = read("cut.warc.gz", cut);
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0)).isInstanceOf(RecordReader.Entry.Document.class);
    assertThat(rejected(entries.get(1)).reason()).isEqualTo(RejectReason.CORRUPT_COMPRESSION);
  }

  @Test
  void garbageNamedWarcIsMalformed() throws IOException {
    assertThat(read("notes.warc", "just some notes\n".getBytes())).singleElement()
        .satisfies(e -> assertThat(rejected(e).reason()).isEqualTo(RejectReason.MALFORMED));
  }

  @Test
  void aPageOverTheLimitIsRejectedWithoutBeingHeld() throws IOException {
    byte[] big = new byte[(int) Limits.MAX_DOCUMENT_BYTES + 10];
    Arrays.fill(big, (byte) 'a');
    byte[] record = WarcRecords.resource(URI.create("https://a.example/big"), RECEIVED, "text/plain", big, Map.of());

    assertThat(read("big.warc.gz", concat(record, gzip(page("https://a.example/2", "text/html"))))).hasSize(2)
        .first().satisfies(e -> assertThat(rejected(e).reason()).isEqualTo(RejectReason.TOO_LARGE));
  }

  private static RecordReader.Entry.Rejected rejected(RecordReader.Entry entry) {
    assertThat(entry).isInstanceOf(RecordReader.Entry.Rejected.class);
    return (RecordReader.Entry.Rejected) entry;
  }
}
