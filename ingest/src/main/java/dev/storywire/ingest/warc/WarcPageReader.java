package dev.storywire.ingest.warc;

import dev.storywire.ingest.Limits;
import dev.storywire.model.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.LengthedBody;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads a WARC stream (uncompressed, or gzip per record or whole) record by record and says what
 * each is: a page, a record passed over and why, or where the stream broke.
 *
 * <p>Memory is bounded: one record block of at most {@link #MAX_BLOCK_BYTES} is held at a time; a
 * larger block is passed over unread. Bad content is a value: a record that cannot be decoded is
 * {@link WarcEntry.Skipped} with a reason, and a stream that cannot be read on ends with {@link
 * WarcEntry.Broken}. Any failure to read is taken for bad content, so a failing disk shows as a
 * broken WARC.
 */
public final class WarcPageReader implements Closeable {
  /** Room for a response's HTTP head beside the page: real heads are a few KB, cookies included. */
  private static final long HTTP_HEAD_ROOM = 1L << 20;

  /** Largest record block read into memory: one page and its HTTP head. */
  public static final long MAX_BLOCK_BYTES = Limits.MAX_DOCUMENT_BYTES + HTTP_HEAD_ROOM;

  private static final int PARSE_BUFFER_BYTES = 8192;

  private final InputStream in;
  private @Nullable WarcReader reader;
  private int index;
  private boolean done;

  /** Reads from {@code in}, which it closes when closed. Nothing is read until {@link #next()}. */
  public WarcPageReader(InputStream in) {
    this.in = in;
  }

  /** @return the next record's entry, or null after the last record or a {@link WarcEntry.Broken} */
  public @Nullable WarcEntry next() {
    if (done) {
      return null;
    }
    try {
      index++;
      Optional<WarcRecord> record = reader().next();
      if (record.isEmpty()) {
        index--;
        done = true;
        return null;
      }
      return classify(record.get());
    } catch (IOException | RuntimeException e) {
      done = true;
      return broken(e);
    }
  }

  /** Whether the stream is gzip-compressed, as far as read; false before the first {@link #next()}. */
  public boolean gzipped() {
    return reader != null && reader.compression() == WarcCompression.GZIP;
  }

  private WarcReader reader() throws IOException {
    if (reader == null) {
      reader = new WarcReader(in);
    }
    return reader;
  }

  private WarcEntry classify(WarcRecord record) throws IOException {
    String type = record.type();
    if (!type.equals("response") && !type.equals("resource")) {
      return new WarcEntry.Skipped(index, type, target(record), null, type + " record");
    }
    long declared = record.body().size();
    if (declared > MAX_BLOCK_BYTES) {
      return new WarcEntry.Skipped(index, type, target(record), RejectReason.TOO_LARGE, "record of " + (declared >> 20)
          + " MiB is larger than the " + (MAX_BLOCK_BYTES >> 20) + " MiB limit for one page");
    }
    byte[] block = readBlock(record.body(), declared);
    return type.equals("response") ? response(record, block) : resource(record, block);
  }

  private WarcEntry response(WarcRecord record, byte[] block) {
    HttpResponse http;
    try {
      // jwarc finds the end of a body without Content-Length from the length of what holds it.
      http = HttpResponse.parse(LengthedBody.create(Channels.newChannel(new ByteArrayInputStream(block)),
          ByteBuffer.allocate(PARSE_BUFFER_BYTES).flip(), block.length));
    } catch (IOException | RuntimeException e) {
      return new WarcEntry.Skipped(index, record.type(), target(record), RejectReason.MALFORMED,
          "payload is not an HTTP response: " + message(e));
    }
    if (http.status() != 200) {
      return new WarcEntry.Skipped(index, record.type(), target(record), RejectReason.UNSUPPORTED, "HTTP status " + http.status());
    }
    String contentType = http.headers().first("Content-Type").orElse(null);
    WarcEntry.@Nullable Content content = content(contentType);
    if (content == null) {
      return unsupportedType(record, contentType);
    }
    Optional<String> encoding = http.headers().first("Content-Encoding");
    byte[] body;
    try {
      body = readAtMost(http.bodyDecoded(), Limits.MAX_DOCUMENT_BYTES);
    } catch (IOException | RuntimeException e) {
      return new WarcEntry.Skipped(index, record.type(), target(record), encoding.isPresent()
          ? RejectReason.CORRUPT_COMPRESSION : RejectReason.MALFORMED,
          "payload cannot be decoded" + encoding.map(c -> " (Content-Encoding: " + c + ")").orElse("") + ": "
              + message(e));
    }
    return body == null ? tooLarge(record) : page(record, content, charset(contentType), body, block);
  }

  private WarcEntry resource(WarcRecord record, byte[] block) {
    String contentType = record.headers().first("Content-Type").orElse(null);
    WarcEntry.@Nullable Content content = content(contentType);
    if (content == null) {
      return unsupportedType(record, contentType);
    }
    if (block.length > Limits.MAX_DOCUMENT_BYTES) {
      return tooLarge(record);
    }
    return page(record, content, charset(contentType), block, block);
  }

  private WarcEntry page(WarcRecord record, WarcEntry.Content content, @Nullable String charset, byte[] body,
      byte[] block) {
    return new WarcEntry.Page(index, record.type(), target(record),
        record.date(), content, charset, body, field(record, WarcRecords.TITLE), field(record, WarcRecords.PUBLISHED),
        field(record, WarcRecords.OUTLET), record.serializeHeader(), block);
  }

  private WarcEntry.Skipped unsupportedType(WarcRecord record, @Nullable String contentType) {
    return new WarcEntry.Skipped(index, record.type(), target(record), RejectReason.UNSUPPORTED,
        "content type " + (contentType == null ? "(none)" : contentType) + " is not a page");
  }

  private WarcEntry.Skipped tooLarge(WarcRecord record) {
    return new WarcEntry.Skipped(index, record.type(), target(record), RejectReason.TOO_LARGE,
        "page is larger than the " + (Limits.MAX_DOCUMENT_BYTES >> 20) + " MiB limit for one page");
  }

  private static String target(WarcRecord record) {
    return record.headers().first("WARC-Target-URI").orElse("");
  }

  private static @Nullable String field(WarcRecord record, String name) {
    return record.headers().first(name).orElse(null);
  }

  /**
   * How a declared content type is read: HTML and XHTML as HTML, text/plain as text, our JSONL
   * export as lines; no type lets the bytes decide.
   *
   * @return null for every other type (images, scripts, style sheets, feeds, PDFs)
   */
  static WarcEntry.@Nullable Content content(@Nullable String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return WarcEntry.Content.UNDECLARED;
    }
    MediaType type = MediaType.parseLeniently(contentType);
    return switch ((type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT)) {
      case "text/html", "application/xhtml+xml" -> WarcEntry.Content.HTML;
      case "text/plain" -> WarcEntry.Content.TEXT;
      case "application/x-ndjson", "application/jsonl" -> WarcEntry.Content.JSON_LINES;
      default -> null;
    };
  }

  /** The charset parameter of a content type, or null. */
  static @Nullable String charset(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    String charset = MediaType.parseLeniently(contentType).parameters().get("charset");
    return charset == null || charset.isBlank() ? null : charset.strip().replace("\"", "");
  }

  private byte[] readBlock(ReadableByteChannel body, long declared) throws IOException {
    byte[] block = readAtMost(body, declared);
    if (block == null) {
      throw new ParsingException("record block is longer than its Content-Length");
    }
    if (block.length < declared) {
      throw new EOFException("record " + index + " declares " + declared + " bytes but only " + block.length
          + " are present (truncated)");
    }
    return block;
  }

  /** Reads to the end, or returns null as soon as there is more than {@code limit} bytes. */
  private static byte @Nullable [] readAtMost(ReadableByteChannel channel, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, 64 * 1024));
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    long total = 0;
    for (int n = channel.read(buffer); n >= 0; n = channel.read(buffer)) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buffer.array(), 0, n);
      buffer.clear();
    }
    return out.toByteArray();
  }

  private WarcEntry.Broken broken(Exception e) {
    int at = index;
    if (e instanceof ZipException) {
      return new WarcEntry.Broken(at, RejectReason.CORRUPT_COMPRESSION, "corrupt gzip at record " + at + ": " + message(e));
    }
    if (e instanceof EOFException && gzipped()) {
      return new WarcEntry.Broken(at, RejectReason.CORRUPT_COMPRESSION,
          "truncated gzip: the stream ends inside record " + at);
    }
    if (e instanceof EOFException) {
      return new WarcEntry.Broken(at, RejectReason.MALFORMED, "truncated WARC: " + message(e));
    }
    return new WarcEntry.Broken(at, RejectReason.MALFORMED, "not a WARC record at record " + at + ": " + message(e));
  }

  private static String message(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName()
        : message.lines().findFirst().orElse("").strip();
  }

  /** Whether these leading bytes (uncompressed) start a WARC record. */
  public static boolean startsWithWarc(byte[] head) {
    return new String(head, 0, Math.min(head.length, 7), StandardCharsets.US_ASCII).equals("WARC/1.");
  }

  /** Whether the name says WARC: {@code .warc}, {@code .warc.gz}. */
  public static boolean hasWarcName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    in.close();
  }
}
