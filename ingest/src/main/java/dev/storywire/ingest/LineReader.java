package dev.storywire.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into lines with a bound on line length: an over-long line is skipped to its
 * end and reported as too long, so one bad line never costs more than the limit in memory.
 */
final class LineReader {
  private static final int BUFFER_BYTES = 64 * 1024;

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int position;
  private int limit;
  private long lineNumber;
  private boolean eof;

  /**
   * @param number 1-based line number
   * @param bytes the line without its terminator; empty when {@code tooLong}
   */
  record Line(long number, byte[] bytes, boolean tooLong) {}

  LineReader(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  @Nullable Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (position == limit && !fill()) {
        break;
      }
      sawAny = true;
      int newline = indexOfNewline();
      int end = newline >= 0 ? newline : limit;
      if (!tooLong && line.size() + (end - position) > maxLineBytes) {
        tooLong = true;
        line.reset();
      }
      if (!tooLong) {
        line.write(buffer, position, end - position);
      }
      position = newline >= 0 ? newline + 1 : limit;
      if (newline >= 0) {
        return line(line, tooLong);
      }
    }
    return sawAny ? line(line, tooLong) : null;
  }

  private Line line(ByteArrayOutputStream line, boolean tooLong) {
    lineNumber++;
    byte[] bytes = tooLong ? new byte[0] : line.toByteArray();
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, length - 1);
    }
    return new Line(lineNumber, bytes, tooLong);
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer);
    if (n < 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = n;
    return n > 0 || fill();
  }
}
