package dev.storywire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Format;
import dev.storywire.model.RawDocument;
import dev.storywire.model.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class RecordReaderTest {
  private static final Instant RECEIVED = Instant.parse("2026-11-23T10:00:00Z");
  private final RecordReader reader = new RecordReader();

  static Path seeds() {
    return Path.of(System.getProperty("storywire.samples", "../samples"), "seeds");
  }

  private List<RecordReader.Entry> read(String name, byte[] bytes) throws IOException {
    List<RecordReader.Entry> entries = new ArrayList<>();
    reader.read(new RecordReader.Source(7, "abc", name, RECEIVED), () -> new ByteArrayInputStream(bytes), entries::add);
    return entries;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static RawDocument onlyDocument(List<RecordReader.Entry> entries) {
    assertThat(entries).hasSize(1).first().isInstanceOf(RecordReader.Entry.Document.class);
    return ((RecordReader.Entry.Document) entries.getFirst()).document();
  }

  private static RecordReader.Entry.Rejected onlyRejection(List<RecordReader.Entry> entries) {
    assertThat(entries).hasSize(1).first().isInstanceOf(RecordReader.Entry.Rejected.class);
    return (RecordReader.Entry.Rejected) entries.getFirst();
  }

  @Test
  void seedTextCaptureIsOneTextDocumentKeyedByItsDigest() throws IOException {
    byte[] seed = Files.readAllBytes(seeds().resolve("000_6571981fc28c5b9a.txt"));
    RawDocument doc = onlyDocument(read("seeds/000_6571981fc28c5b9a.txt", seed));
    assertThat(doc.format()).isEqualTo(Format.TEXT);
    assertThat(doc.bytes()).isEqualTo(seed);
    assertThat(doc.key()).isEqualTo("abc");
    assertThat(doc.archiveSeq()).isEqualTo(7);
    assertThat(doc.firstSeen()).isEqualTo(RECEIVED);
  }

  @Test
  void gzipOfASeedReadsAsTheSeed() throws IOException {
    byte[] seed = Files.readAllBytes(seeds().resolve("004_1c4daa1ff2b208cf.txt"));
    RawDocument doc = onlyDocument(read("004.txt.gz", gzip(seed)));
    assertThat(doc.bytes()).isEqualTo(seed);
    assertThat(doc.format()).isEqualTo(Format.TEXT);
  }

  @Test
  void truncatedGzipIsRejectedWithItsReason() throws IOException {
    byte[] seed = Files.readAllBytes(seeds().resolve("004_1c4daa1ff2b208cf.txt"));
    byte[] gz = gzip(seed);
    RecordReader.Entry.Rejected rejected = onlyRejection(read("cut.txt.gz", Arrays.copyOf(gz, gz.length / 2)));
    assertThat(rejected.reason()).isEqualTo(RejectReason.CORRUPT_COMPRESSION);
    assertThat(rejected.detail()).contains("truncated gzip");
  }

  @Test
  void gzNameWithoutGzipDataIsRejected() throws IOException {
    RecordReader.Entry.Rejected rejected = onlyRejection(read("fake.html.gz", "<html>".getBytes(StandardCharsets.UTF_8)));
    assertThat(rejected.reason()).isEqualTo(RejectReason.CORRUPT_COMPRESSION);
    assertThat(rejected.detail()).contains("not gzip");
  }

  @Test
  void decompressionBombIsCutAtTheLimit() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] zeros = new byte[1 << 20];
    try (OutputStream gz = new GZIPOutputStream(out)) {
      for (int i = 0; i < (Limits.MAX_DECOMPRESSED_BYTES >> 20) + 8; i++) {
        gz.write(zeros);
      }
    }
    RecordReader.Entry.Rejected rejected = onlyRejection(read("bomb.jsonl.gz", out.toByteArray()));
    assertThat(rejected.reason()).isEqualTo(RejectReason.CORRUPT_COMPRESSION);
    assertThat(rejected.detail()).contains("decompression bomb");
  }

  @Test
  void oversizedPageIsRejectedWithoutBeingKept() throws IOException {
    byte[] big = new byte[(int) Limits.MAX_DOCUMENT_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    RecordReader.Entry.Rejected rejected = onlyRejection(read("big.txt", big));
    assertThat(rejected.reason()).isEqualTo(RejectReason.TOO_LARGE);
    assertThat(rejected.detail()).contains("16 MiB");
  }

  @Test
  void htmlIsRecognisedByNameOrByContent() throws IOException {
    byte[] html = "  <!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThat(onlyDocument(read("page.htm", html)).format()).isEqualTo(Format.HTML);
    assertThat(onlyDocument(read("page-without-extension", html)).format()).isEqualTo(Format.HTML);
    assertThat(onlyDocument(read("notes", "plain words".getBytes(StandardCharsets.UTF_8))).format())
        .isEqualTo(Format.TEXT);
    byte[] warnings = ("<br />\n<b>Deprecated</b>: something in <b>wp-settings.php</b><br />\n<!DOCTYPE html>"
        + "<html><body><p>x</p></body></html>").getBytes(StandardCharsets.UTF_8);
    assertThat(onlyDocument(read("site.example.net", warnings)).format()).isEqualTo(Format.HTML);
    assertThat(onlyDocument(read("x", "<?xml version=\"1.0\"?>\n<html><p>y</p></html>".getBytes(StandardCharsets.UTF_8)))
        .format()).isEqualTo(Format.HTML);
  }

  @Test
  void unknownExtensionsAreRefusedWithTheSupportedList() throws IOException {
    RecordReader.Entry.Rejected css = onlyRejection(read("site/style.css", "body { color: red }".getBytes(StandardCharsets.UTF_8)));
    assertThat(css.reason()).isEqualTo(RejectReason.UNSUPPORTED);
    assertThat(css.detail()).contains("'.css'").contains(".txt, .html");
    assertThat(onlyRejection(read("notes.md.gz", gzip(new byte[] {'x'}))).detail()).contains("'.md'");
    byte[] html = "<!doctype html><html><body><p>A page saved under its host name.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(onlyDocument(read("colours-of-the-soul.example.net.gz", gzip(html))).format()).isEqualTo(Format.HTML);
  }

  @Test
  void jsonLinesYieldOneDocumentPerGoodLineAndAReasonPerBadOne() throws IOException {
    String jsonl = String.join("\n",
        "{\"url\":\"https://example.org/a\",\"source\":\"Example\",\"title\":\"T\",\"text\":\"Body one\",\"published\":\"2025-08-13\"}",
        "",
        "{not json",
        "[1,2]",
        "{\"title\":\"no body\"}",
        "{\"text\": 5}",
        "{\"html\":\"<p>Body two</p>\",\"text\":\"ignored\"}\r");
    List<RecordReader.Entry> entries = read("dump.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    assertThat(entries).hasSize(6);
    RawDocument first = ((RecordReader.Entry.Document) entries.get(0)).document();
    assertThat(first.key()).isEqualTo("abc#1");
    assertThat(first.source().url()).isEqualTo("https://example.org/a");
    assertThat(first.source().outlet()).isEqualTo("Example");
    assertThat(first.hints().title()).isEqualTo("T");
    assertThat(first.hints().published()).isEqualTo("2025-08-13");
    assertThat(new String(first.bytes(), StandardCharsets.UTF_8)).isEqualTo("Body one");
    assertThat(entries.subList(1, 5)).allSatisfy(e -> assertThat(e).isInstanceOf(RecordReader.Entry.Rejected.class));
    assertThat(((RecordReader.Entry.Rejected) entries.get(1)).where()).isEqualTo("dump.jsonl:3");
    assertThat(((RecordReader.Entry.Rejected) entries.get(1)).detail()).startsWith("not JSON");
    assertThat(((RecordReader.Entry.Rejected) entries.get(2)).detail()).contains("not an object");
    assertThat(((RecordReader.Entry.Rejected) entries.get(3)).detail()).contains("neither 'text' nor 'html'");
    assertThat(((RecordReader.Entry.Rejected) entries.get(4)).detail()).contains("'text' must be a string");
    RawDocument last = ((RecordReader.Entry.Document) entries.get(5)).document();
    assertThat(last.format()).isEqualTo(Format.HTML);
    assertThat(last.key()).isEqualTo("abc#7");
  }

  @Test
  void invalidUtf8JsonLineIsRejectedAndTheRestKept() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("{\"text\":\"ok\"}\n{\"text\":\"".getBytes(StandardCharsets.UTF_8));
    out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    out.write("\"}\n{\"text\":\"also ok\"}".getBytes(StandardCharsets.UTF_8));
    List<RecordReader.Entry> entries = read("d.jsonl", out.toByteArray());
    assertThat(entries).hasSize(3);
    assertThat(((RecordReader.Entry.Rejected) entries.get(1)).reason()).isEqualTo(RejectReason.UNDECODABLE);
    assertThat(entries.get(2)).isInstanceOf(RecordReader.Entry.Document.class);
  }

  @Test
  void overlongLinesAreSkippedToTheirEnd() throws IOException {
    String text = "short\n" + "x".repeat(100) + "\nafter";
    LineReader lines = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 10);
    List<LineReader.Line> all = new ArrayList<>();
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      all.add(line);
    }
    assertThat(all).extracting(LineReader.Line::tooLong).containsExactly(false, true, false);
    assertThat(new String(all.get(2).bytes(), StandardCharsets.UTF_8)).isEqualTo("after");
    assertThat(all.get(2).number()).isEqualTo(3);
  }

  @Test
  void inputFilesAreExpandedInOrderSkippingHiddenOnes(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b/.git"));
    Files.writeString(dir.resolve("b/2.txt"), "2");
    Files.writeString(dir.resolve("b/.git/config"), "x");
    Files.writeString(dir.resolve("a.txt"), "1");
    Files.writeString(dir.resolve(".hidden.txt"), "h");
    List<InputFiles.Found> found = InputFiles.expand(List.of(dir, dir.resolve("missing.txt")));
    assertThat(found).extracting(f -> dir.relativize(f.path()).toString())
        .containsExactly("a.txt", "b/2.txt", "missing.txt");
    assertThat(found.get(2)).isInstanceOf(InputFiles.Found.Unreadable.class);
  }

}
