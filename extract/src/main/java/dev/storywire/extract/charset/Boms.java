package dev.storywire.extract.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Byte-order marks: the strongest charset evidence a document can carry. */
final class Boms {
  record Bom(byte[] mark, Charset charset) {
    boolean utf16() {
      return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }

    boolean matches(byte[] bytes) {
      if (bytes.length < mark.length) {
        return false;
      }
      for (int i = 0; i < mark.length; i++) {
        if (bytes[i] != mark[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final List<Bom> BOMS = List.of(
      new Bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
      new Bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
      new Bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE));

  private Boms() {}

  static Optional<Bom> detect(byte[] bytes) {
    return BOMS.stream().filter(b -> b.matches(bytes)).findFirst();
  }
}
