package dev.storywire.app.cli;

import org.jspecify.annotations.Nullable;

/** Small helpers for human-readable command output. */
final class Text {
  private Text() {}

  static String orDash(@Nullable String value) {
    return value == null || value.isEmpty() ? "-" : value;
  }

  /** The text on one line, cut to at most {@code max} code points with an ellipsis. */
  static String oneLine(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.codePointCount(0, flat.length()) <= max) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
  }
}
