package dev.storywire.cluster;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One anchor of {@link dev.storywire.model.Representation#anchors()}, with its kind.
 *
 * @param key the anchor as analysis wrote it, prefix included
 * @param kind what it is
 */
record Anchor(String key, AnchorKind kind) {

  /** Longer keys are not names, numbers or days but pasted text; they are ignored. */
  static final int MAX_KEY_CHARS = 256;

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern COARSE_DATE = Pattern.compile("\\d{4}(-\\d{2})?");

  /**
   * Reads an anchor key.
   *
   * @return the anchor, or empty for an unknown prefix, an empty value, an over-long key, or a
   *     number without a unit (a bare number proves nothing: every report has a 3 in it)
   */
  static Optional<Anchor> parse(String key) {
    if (key.length() < 3 || key.length() > MAX_KEY_CHARS || key.charAt(1) != ':' || key.isBlank()) {
      return Optional.empty();
    }
    String value = value(key);
    if (value.isBlank()) {
      return Optional.empty();
    }
    return kindOf(key.charAt(0), value).map(kind -> new Anchor(key, kind));
  }

  private static Optional<AnchorKind> kindOf(char prefix, String value) {
    return switch (prefix) {
      case 'e' -> Optional.of(AnchorKind.ENTITY);
      case 'h' -> Optional.of(AnchorKind.HANDLE);
      case 'u' -> Optional.of(AnchorKind.URL);
      case 'd' -> dateKind(value);
      case 'n' -> hasUnit(value) ? Optional.of(AnchorKind.NUMBER) : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<AnchorKind> dateKind(String value) {
    if (DAY.matcher(value).matches()) {
      return Optional.of(AnchorKind.DAY);
    }
    return COARSE_DATE.matcher(value).matches() ? Optional.of(AnchorKind.COARSE_DATE) : Optional.empty();
  }

  private static boolean hasUnit(String value) {
    int bar = value.indexOf('|');
    return bar > 0 && bar < value.length() - 1;
  }

  private static String value(String key) {
    return key.substring(2);
  }

  /** The part after the kind prefix. */
  String value() {
    return value(key);
  }

  /** A short label: {@code 3 month} for {@code n:3|month}, the value for the other kinds. */
  String defaultLabel() {
    return kind == AnchorKind.NUMBER ? value().replace('|', ' ') : value();
  }
}
