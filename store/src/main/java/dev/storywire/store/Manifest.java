package dev.storywire.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The archive's manifest: one JSON line per acknowledged record, in sequence order, each fsynced
 * before its append is acknowledged.
 *
 * <p>A crash can only damage the last line (it is appended last), so on open a torn or invalid
 * last line is dropped and the file cut back to the last good line; damage anywhere else is
 * corruption and fails the open.
 */
final class Manifest implements Closeable {
  static final String FILE_NAME = "manifest.jsonl";

  /**
   * The longest line read back as a record. A line holds a name of at most {@link
   * Archive#MAX_NAME_CHARS} characters, at most 6 bytes each when JSON-escaped, plus short fields;
   * anything longer is not a line we wrote.
   */
  static final int MAX_LINE_BYTES = Archive.MAX_NAME_CHARS * 6 + 1024;

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final FileChannel channel;
  private long size;
  private boolean broken;

  private Manifest(FileChannel channel, long size) {
    this.channel = channel;
    this.size = size;
  }

  /** The manifest's contents on open, and the manifest ready for appends. */
  record Opened(Manifest manifest, List<ArchiveRecord> records, long droppedBytes) {}

  /** One line of the manifest, as written. */
  record Line(long seq, String sha256, String name, String received, long length) {

    static Line of(ArchiveRecord r) {
      return new Line(r.seq(), r.sha256(), r.name(), r.receivedAt().toString(), r.length());
    }
  }

  /** Opens (creating if absent) the manifest, recovering from a torn last line. */
  static Opened open(Path file) throws IOException {
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      return recover(file, channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static Opened recover(Path file, FileChannel channel) throws IOException {
    List<ArchiveRecord> records = new ArrayList<>();
    long goodEnd = readGoodLines(file, channel, records);
    long dropped = channel.size() - goodEnd;
    if (dropped > 0) {
      channel.truncate(goodEnd);
      channel.force(true);
    }
    return new Opened(new Manifest(channel, goodEnd), records, dropped);
  }

  /** Reads lines into {@code records}; returns the byte offset just past the last good line. */
  private static long readGoodLines(Path file, FileChannel channel, List<ArchiveRecord> records)
      throws IOException {
    channel.position(0);
    InputStream in = new BufferedInputStream(Channels.newInputStream(channel));
    long offset = 0;
    long goodEnd = 0;
    int lineNumber = 0;
    boolean sawBadLine = false;
    for (RawLine line = RawLine.read(in); line != null; line = RawLine.read(in)) {
      lineNumber++;
      if (sawBadLine) {
        throw new IOException("corrupt archive manifest " + file + ": invalid line " + (lineNumber - 1)
            + " is not the last line");
      }
      offset += line.byteCount();
      ArchiveRecord record = line.complete() ? parse(line.bytes(), records.size() + 1L) : null;
      if (record == null) {
        sawBadLine = true;
      } else {
        records.add(record);
        goodEnd = offset;
      }
    }
    return goodEnd;
  }

  /** Parses one line; returns null when it is not a valid record with the expected sequence. */
  static @Nullable ArchiveRecord parse(byte[] bytes, long expectedSeq) {
    try {
      Line line = JSON.readValue(bytes, Line.class);
      if (line.seq() != expectedSeq || line.length() < 0 || line.name() == null
          || line.sha256() == null || !SHA256_HEX.matcher(line.sha256()).matches()) {
        return null;
      }
      return new ArchiveRecord(line.seq(), line.sha256(), line.name(), Instant.parse(line.received()), line.length());
    } catch (JacksonException | DateTimeException | NullPointerException e) {
      return null;
    } catch (IOException e) {
      return null; // reading from a byte array fails only on content
    }
  }

  /**
   * Appends one record's line and forces it to disk. On failure the file is cut back to where it
   * was, so a later append never lands after a half-written line.
   */
  void append(ArchiveRecord record) throws IOException {
    if (broken) {
      throw new IOException("archive manifest could not be restored after a failed write; reopen the archive");
    }
    byte[] line = encode(record);
    long at = size;
    try {
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer, at + buffer.position());
      }
      channel.force(true);
    } catch (IOException e) {
      rollBack(at, e);
      throw e;
    }
    size = at + line.length;
  }

  private void rollBack(long at, IOException cause) {
    try {
      channel.truncate(at);
      channel.force(true);
    } catch (IOException e) {
      broken = true;
      cause.addSuppressed(e);
    }
  }

  static byte[] encode(ArchiveRecord record) throws IOException {
    byte[] json = JSON.writeValueAsBytes(Line.of(record));
    byte[] line = new byte[json.length + 1];
    System.arraycopy(json, 0, line, 0, json.length);
    line[json.length] = '\n';
    return line;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /**
   * One line as read: its bytes without the newline (empty when over {@link #MAX_LINE_BYTES}),
   * how many bytes it took in the file, and whether it ended with a newline.
   */
  private record RawLine(byte[] bytes, long byteCount, boolean complete) {

    static @Nullable RawLine read(InputStream in) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      long count = 0;
      for (int b = in.read(); b != -1; b = in.read()) {
        count++;
        if (b == '\n') {
          return new RawLine(count > MAX_LINE_BYTES ? new byte[0] : bytes.toByteArray(), count, true);
        }
        if (count <= MAX_LINE_BYTES) {
          bytes.write(b);
        }
      }
      return count == 0 ? null : new RawLine(new byte[0], count, false);
    }
  }
}
