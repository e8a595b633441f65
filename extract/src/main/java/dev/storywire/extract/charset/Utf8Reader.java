package dev.storywire.extract.charset;

import java.io.Reader;

/**
 * Reads bytes already validated as UTF-8 ({@link TextDecoder#decodesAsUtf8}) as characters, so a
 * parser can read a page without the page's whole text being built first as one string (a
 * string of a page with non-Latin characters costs about five times the page's size in
 * short-lived arrays: the JDK sizes its buffer for the worst case, then trims it).
 *
 * <p>Reads as a {@link java.io.StringReader} over {@code new String(bytes, UTF_8)} would: the
 * same characters, and every {@code read} fills as much of the buffer as there is text left (a
 * supplementary character may be split across two reads), so a reader that stops reading at a
 * buffer's fill level sees the same chunks.
 */
public final class Utf8Reader extends Reader {
  private final byte[] bytes;
  private int pos;
  /** The low surrogate of a supplementary character whose high surrogate ended the last read; 0 when none. */
  private char pendingLow;

  /** @param bytes valid UTF-8 without a byte-order mark; not copied, must not change while read */
  public Utf8Reader(byte[] bytes) {
    this.bytes = bytes;
  }

  /** @return the number of UTF-16 characters the valid UTF-8 {@code bytes} decode to */
  public static int charCount(byte[] bytes) {
    int n = 0;
    for (byte b : bytes) {
      if ((b & 0xC0) != 0x80) {
        n += (b & 0xF8) == 0xF0 ? 2 : 1; // a four-byte sequence is a surrogate pair
      }
    }
    return n;
  }

  @Override
  public int read(char[] cbuf, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (pos >= bytes.length && pendingLow == 0) {
      return -1;
    }
    byte[] b = bytes;
    int end = off + len;
    int j = off;
    if (pendingLow != 0) {
      cbuf[j++] = pendingLow;
      pendingLow = 0;
    }
    int i = pos;
    while (j < end && i < b.length) {
      int c = b[i];
      if (c >= 0) {
        // An ASCII run: markup is mostly ASCII.
        int stop = Math.min(b.length, i + (end - j));
        cbuf[j++] = (char) c;
        i++;
        while (i < stop && b[i] >= 0) {
          cbuf[j++] = (char) b[i++];
        }
        continue;
      }
      c &= 0xFF;
      if (c < 0xE0) {
        cbuf[j++] = (char) ((c & 0x1F) << 6 | b[i + 1] & 0x3F);
        i += 2;
      } else if (c < 0xF0) {
        cbuf[j++] = (char) ((c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F);
        i += 3;
      } else {
        int cp = (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
        i += 4;
        cbuf[j++] = Character.highSurrogate(cp);
        if (j < end) {
          cbuf[j++] = Character.lowSurrogate(cp);
        } else {
          pendingLow = Character.lowSurrogate(cp);
        }
      }
    }
    pos = i;
    return j - off;
  }

  @Override
  public void close() {
    // Nothing to release: the bytes belong to the caller.
  }
}
