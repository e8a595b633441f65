package dev.storywire.extract.charset;

import dev.storywire.model.RejectReason;
import java.util.Optional;

/**
 * Rejects input that cannot be a page before any decoding is attempted: empty, too large, or
 * binary.
 */
public final class ContentGuard {
  /** Largest page accepted. Real news pages are at most a few MB; beyond this is a dump or an attack. */
  public static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

  /** How much of the start is sniffed for binary content; file-format headers live there. */
  static final int SNIFF_BYTES = 8 * 1024;

  /**
   * Share of C0 control bytes (other than tab, CR, LF, FF and ESC) above which the input is binary.
   * Text in any ASCII-compatible encoding has almost none; images and archives have many.
   */
  static final double MAX_CONTROL_SHARE = 0.05;

  private ContentGuard() {}

  /** A rejection reason with its detail. */
  public record Problem(RejectReason reason, String detail) {}

  /** @return the first problem found, or empty when the bytes may be text */
  public static Optional<Problem> check(byte[] bytes) {
    if (bytes.length == 0) {
      return Optional.of(new Problem(RejectReason.EMPTY, "empty input"));
    }
    if (bytes.length > MAX_PAGE_BYTES) {
      return Optional.of(new Problem(RejectReason.TOO_LARGE,
          "input is " + bytes.length + " bytes; the limit is " + MAX_PAGE_BYTES + " bytes (16 MiB)"));
    }
    return binaryProblem(bytes);
  }

  private static Optional<Problem> binaryProblem(byte[] bytes) {
    if (Boms.detect(bytes).filter(Boms.Bom::utf16).isPresent()) {
      return Optional.empty(); // UTF-16 text is full of NUL bytes by design.
    }
    int end = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of(new Problem(RejectReason.BINARY, "NUL byte at offset " + i));
      }
      if (b < 0x20 && !allowedControl(b)) {
        controls++;
      }
    }
    if (controls > end * MAX_CONTROL_SHARE) {
      return Optional.of(new Problem(RejectReason.BINARY,
          controls + " control bytes in the first " + end + " bytes (limit " + (int) (MAX_CONTROL_SHARE * 100) + "%)"));
    }
    return Optional.empty();
  }

  private static boolean allowedControl(int b) {
    return b == '\t' || b == '\n' || b == '\r' || b == 0x0C || b == 0x1B;
  }
}
