package dev.storywire.cluster;

import dev.storywire.model.Item;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The time an item is clustered at: when it was published if the page says so, else when we saw it. */
final class ItemTime {

  /**
   * A page may be dated a little ahead of us (time zones, scheduled posts), but a publication time
   * further in the future than this is wrong, and trusting it would move the window and evict every
   * live story; such items are clustered at their first-seen time instead.
   */
  static final Duration MAX_FUTURE_SKEW = Duration.ofDays(1);

  private ItemTime() {}

  /** The published time when parseable and not beyond {@link #MAX_FUTURE_SKEW}, else first seen. */
  static Instant of(Item item) {
    return parse(item.published())
        .filter(published -> !published.isAfter(item.firstSeen().plus(MAX_FUTURE_SKEW)))
        .orElse(item.firstSeen());
  }

  /**
   * Reads an ISO 8601 date, local date-time (taken as UTC) or offset date-time.
   *
   * @return the instant, or empty when the text is null or none of those
   */
  static Optional<Instant> parse(@Nullable String iso) {
    if (iso == null || iso.isBlank()) {
      return Optional.empty();
    }
    String text = iso.strip();
    return tryOffset(text).or(() -> tryLocal(text)).or(() -> tryDate(text));
  }

  private static Optional<Instant> tryOffset(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> tryLocal(String text) {
    try {
      return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> tryDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
