package dev.storywire.extract.charset;

/** Strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
final class Utf8 {
  private Utf8() {}

  /** @return the byte offset of the first invalid UTF-8 sequence, or -1 when all bytes are valid */
  static int firstInvalidOffset(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int len = sequenceLength(b, i);
      if (len <= 0) {
        return i;
      }
      i += len;
    }
    return -1;
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
