package dev.storywire.extract.charset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
final class Utf8 {
  /** Eight bytes read as one word, to skip ASCII runs (most of any page's markup) a word at a time. */
  private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each of a word's bytes: all clear means eight ASCII bytes. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /** @return the byte offset of the first invalid UTF-8 sequence, or -1 when all bytes are valid */
  static int firstInvalidOffset(byte[] b) {
    int i = 0;
    while (i < b.length) {
      i = skipAscii(b, i);
      if (i >= b.length) {
        break;
      }
      int len = sequenceLength(b, i);
      if (len <= 0) {
        return i;
      }
      i += len;
    }
    return -1;
  }

  /** @return the offset of the first non-ASCII byte at or after {@code i}, or a value at least {@code b.length} */
  private static int skipAscii(byte[] b, int i) {
    while (i + Long.BYTES <= b.length && ((long) WORD.get(b, i) & HIGH_BITS) == 0) {
      i += Long.BYTES;
    }
    while (i < b.length && b[i] >= 0) {
      i++;
    }
    return i;
  }

  private static int sequenceLength(byte[] b, int i) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int len;
    int min;
    int max = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      min = c == 0xE0 ? 0xA0 : 0x80;
      max = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      min = c == 0xF0 ? 0x90 : 0x80;
      max = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    return continuationsValid(b, i, len, min, max) ? len : 0;
  }

  private static boolean continuationsValid(byte[] b, int i, int len, int min, int max) {
    if (i + len > b.length) {
      return false;
    }
    int second = b[i + 1] & 0xFF;
    if (second < min || second > max) {
      return false;
    }
    for (int k = 2; k < len; k++) {
      int cc = b[i + k] & 0xFF;
      if (cc < 0x80 || cc > 0xBF) {
        return false;
      }
    }
    return true;
  }
}
