package dev.storywire.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.model.Format;
import dev.storywire.model.Hints;
import dev.storywire.model.RawDocument;
import dev.storywire.model.RejectReason;
import dev.storywire.model.SourceRef;
import dev.storywire.ingest.warc.StorywireUrn;
import dev.storywire.ingest.warc.WarcEntry;
import dev.storywire.ingest.warc.WarcPageReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Turns one archived record back into raw documents: decompresses gzip, splits JSONL into one
 * document per line and WARC into one document per page record, and chooses how each is to be
 * read from its name and first bytes.
 *
 * <p>Bad content is reported as {@link Entry.Rejected} with a specific reason and never stops the
 * other documents of the record; only I/O failures of the archive itself throw. Memory is bounded
 * by {@link Limits}: nothing larger than one page is ever held.
 */
public final class RecordReader {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;
  /**
   * How far a gzip stream not named {@code .gz} is read ahead to see whether it holds WARC (split
   * WARC records are archived under their target URI): a gzip header and the first deflate block
   * header fit many times over.
   */
  private static final int GZIP_PEEK_BYTES = 64 * 1024;
  private static final int WARC_MAGIC_BYTES = 7;
  /** How many leading bytes are looked at to tell HTML from text: room for a prolog or warnings. */
  private static final int SNIFF_BYTES = 4096;

  /** Any of these near the start makes a document HTML. */
  private static final List<String> HTML_DOCUMENT_MARKERS =
      List.of("<!doctype html", "<html", "<head>", "<head ", "<body", "<meta ");

  /** Tags of page fragments without a document element. */
  private static final List<String> COMMON_TAGS = List.of("<p>", "<p ", "<div", "<br", "<a href");

  /** So many common tags make a fragment HTML; a text capture quoting one tag stays text. */
  private static final int MIN_COMMON_TAGS_FOR_HTML = 3;

  private final ObjectMapper json = new ObjectMapper();

  /** The archived record being read. */
  public record Source(long seq, String sha256, String name, Instant receivedAt) {}

  /** Opens the record's bytes; called once per read. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** One outcome of reading a record: a document, or a part that could not be read. */
  public sealed interface Entry permits Entry.Document, Entry.Rejected {
    record Document(RawDocument document) implements Entry {}

    /**
     * @param where the record name, with {@code :line} for one line of a JSONL file
     */
    record Rejected(String where, RejectReason reason, String detail) implements Entry {}
  }

  /** Reads the record and hands every entry to {@code sink}, in order. */
  public void read(Source source, Opener opener, Consumer<Entry> sink) throws IOException {
    InputKind kind = InputKind.of(source.name());
    try (InputStream raw = new BufferedInputStream(opener.open())) {
      boolean gzip = startsWithGzipMagic(raw);
      if (kind.compressed() && !gzip) {
        sink.accept(reject(source.name(), RejectReason.CORRUPT_COMPRESSION,
            "named .gz but is not gzip data (no gzip header)"));
        return;
      }
      InputStream in = kind.compressed() || (gzip && gzipHoldsWarc(raw))
          ? new BufferedInputStream(new BoundedInputStream(new GZIPInputStream(raw, 64 * 1024),
              Limits.MAX_DECOMPRESSED_BYTES))
          : raw;
      if (kind.container() == InputKind.Container.WARC || startsWithWarc(in)) {
        readWarc(source, in, sink);
      } else if (kind.container() == InputKind.Container.JSONL) {
        readJsonLines(source, in, sink);
      } else {
        readSingle(source, kind, in, sink);
      }
    } catch (CorruptGzip e) {
      sink.accept(reject(source.name(), RejectReason.CORRUPT_COMPRESSION, e.getMessage()));
    }
  }

  private void readSingle(Source source, InputKind kind, InputStream in, Consumer<Entry> sink)
      throws IOException {
    byte[] bytes = Bytes.readAtMost(in, Limits.MAX_DOCUMENT_BYTES);
    if (bytes == null) {
      sink.accept(reject(source.name(), RejectReason.TOO_LARGE,
          "page is larger than the " + mib(Limits.MAX_DOCUMENT_BYTES) + " limit for one page"));
      return;
    }
    Format format = kind.format() != null ? kind.format() : sniff(bytes);
    if (kind.container() == InputKind.Container.UNKNOWN_EXTENSION && format != Format.HTML) {
      sink.accept(reject(source.name(), RejectReason.UNSUPPORTED, "unsupported file type '"
          + InputKind.extension(source.name().replaceFirst("(?i)\\.gz(ip)?$", "")) + "' and not HTML (supported: "
          + InputKind.SUPPORTED + ")"));
      return;
    }
    SourceRef ref = SourceRef.ofName(source.name());
    sink.accept(new Entry.Document(new RawDocument(source.sha256(), source.seq(), format, bytes, null, ref,
        source.receivedAt(), Hints.NONE)));
  }

  /**
   * One document per page record, keyed {@code sha#index} as JSONL lines are; records that are
   * not pages are passed over (a non-HTML or non-200 response is reported, a request or metadata
   * record is not); a broken stream ends with one rejection and keeps the pages before it.
   */
  private void readWarc(Source source, InputStream in, Consumer<Entry> sink) throws IOException {
    try (WarcPageReader warc = new WarcPageReader(in)) {
      for (WarcEntry entry = warc.next(); entry != null; entry = warc.next()) {
        switch (entry) {
          case WarcEntry.Page page -> warcPage(source, page, sink);
          case WarcEntry.Skipped skipped -> {
            if (skipped.reason() != null) {
              sink.accept(reject(warcWhere(source, skipped.index(), skipped.target()), skipped.reason(),
                  skipped.detail()));
            }
          }
          case WarcEntry.Broken broken ->
              sink.accept(reject(source.name() + "#" + broken.index(), broken.reason(), broken.detail()));
        }
      }
    }
  }

  private void warcPage(Source source, WarcEntry.Page page, Consumer<Entry> sink) throws IOException {
    String key = source.sha256() + "#" + page.index();
    String restored = StorywireUrn.nameOf(page.target());
    String name = restored != null ? restored : warcWhere(source, page.index(), page.target());
    if (page.content() == WarcEntry.Content.JSON_LINES) {
      readJsonLines(new Source(source.seq(), key, name, page.date()), new ByteArrayInputStream(page.body()), sink);
      return;
    }
    Format format = switch (page.content()) {
      case HTML -> Format.HTML;
      case TEXT -> Format.TEXT;
      case JSON_LINES, UNDECLARED -> sniff(page.body());
    };
    SourceRef ref = new SourceRef(name, restored != null || page.target().isEmpty() ? null : page.target(),
        page.outlet());
    sink.accept(new Entry.Document(new RawDocument(key, source.seq(), format, page.body(), page.charset(), ref,
        page.date(), new Hints(page.title(), page.published()))));
  }

  /** A WARC record is named by its target, or by its container and position when it has none. */
  private static String warcWhere(Source source, int index, String target) {
    return target.isEmpty() ? source.name() + "#" + index : target;
  }

  private void readJsonLines(Source source, InputStream in, Consumer<Entry> sink) throws IOException {
    LineReader lines = new LineReader(in, Limits.MAX_JSONL_LINE_BYTES);
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      String where = source.name() + ":" + line.number();
      if (line.tooLong()) {
        sink.accept(reject(where, RejectReason.TOO_LARGE,
            "line is longer than the " + mib(Limits.MAX_JSONL_LINE_BYTES) + " limit for one page"));
      } else if (!isBlank(line.bytes())) {
        sink.accept(jsonLine(source, line, where));
      }
    }
  }

  private Entry jsonLine(Source source, LineReader.Line line, String where) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line.bytes())).toString();
    } catch (CharacterCodingException e) {
      return reject(where, RejectReason.UNDECODABLE, "line is not valid UTF-8 (JSON must be UTF-8)");
    }
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JsonProcessingException e) {
      return reject(where, RejectReason.MALFORMED, "not JSON: " + e.getOriginalMessage());
    }
    return JsonLineDocument.from(source, line.number(), node, where);
  }

  private static Entry.Rejected reject(String where, RejectReason reason, String detail) {
    return new Entry.Rejected(where, reason, detail);
  }

  private static boolean startsWithGzipMagic(InputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == GZIP_MAGIC_1 && b == GZIP_MAGIC_2;
  }

  /**
   * The media type under which content archived under {@code name} is read as it is here, for
   * writing it into a WARC file: {@code application/warc} for WARC, {@code application/x-ndjson}
   * for JSONL, {@code text/html} or {@code text/plain} for a page, {@code application/octet-stream}
   * for what is refused.
   *
   * @param content the record's bytes, decompressed when the name says gzip
   */
  public static String mediaType(String name, byte[] content) {
    InputKind kind = InputKind.of(name);
    byte[] head = Arrays.copyOf(content, Math.min(content.length, WARC_MAGIC_BYTES));
    if (kind.container() == InputKind.Container.WARC || WarcPageReader.startsWithWarc(head)) {
      return "application/warc";
    }
    if (kind.container() == InputKind.Container.JSONL) {
      return "application/x-ndjson";
    }
    Format format = kind.format() != null ? kind.format() : sniff(content);
    if (kind.container() == InputKind.Container.UNKNOWN_EXTENSION && format != Format.HTML) {
      return "application/octet-stream";
    }
    return format == Format.HTML ? "text/html" : "text/plain";
  }

  /** Whether the name says the content is gzip-compressed ({@code .gz}, {@code .gzip}). */
  public static boolean namedCompressed(String name) {
    return InputKind.of(name).compressed();
  }

  /** Whether a gzip stream not named {@code .gz} decompresses to WARC; the stream is left where it was. */
  private static boolean gzipHoldsWarc(InputStream raw) throws IOException {
    raw.mark(GZIP_PEEK_BYTES);
    InputStream unclosed = new FilterInputStream(raw) {
      @Override
      public void close() {
        // the caller's stream stays open
      }
    };
    try (InputStream gz = new GZIPInputStream(unclosed, 512)) {
      return WarcPageReader.startsWithWarc(gz.readNBytes(WARC_MAGIC_BYTES));
    } catch (IOException e) {
      return false;
    } finally {
      raw.reset();
    }
  }

  private static boolean startsWithWarc(InputStream in) throws IOException {
    in.mark(WARC_MAGIC_BYTES);
    byte[] head = in.readNBytes(WARC_MAGIC_BYTES);
    in.reset();
    return WarcPageReader.startsWithWarc(head);
  }


  /**
   * HTML when the start of the content has a document marker anywhere (real pages open with PHP
   * warnings, XML prologs or comments before {@code <html>}), or several common tags; else text.
   */
  static Format sniff(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    for (String marker : HTML_DOCUMENT_MARKERS) {
      if (head.contains(marker)) {
        return Format.HTML;
      }
    }
    int tags = 0;
    for (String tag : COMMON_TAGS) {
      for (int at = head.indexOf(tag); at >= 0; at = head.indexOf(tag, at + 1)) {
        tags++;
      }
    }
    return tags >= MIN_COMMON_TAGS_FOR_HTML ? Format.HTML : Format.TEXT;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String mib(long bytes) {
    return (bytes / (1024 * 1024)) + " MiB";
  }

  /** A gzip stream that ended early or holds bad data. */
  static final class CorruptGzip extends ZipException {
    CorruptGzip(String message) {
      super(message);
    }
  }
}
