package dev.storywire.app.feeds;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When to poll a subscription next. A feed that brought something is polled at its base interval;
 * each quiet poll stretches the interval by half, up to a ceiling, so that a thousand feeds of
 * which most are quiet cost little; failures back off exponentially. A small per-feed offset,
 * derived from the id, spreads feeds added together over the interval.
 */
final class PollSchedule {
  /** The base interval when the user sets none: news moves in minutes, publishers tolerate this. */
  static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);

  /** A quiet feed is still polled at least this often. */
  static final Duration MAX_QUIET_INTERVAL = Duration.ofHours(3);

  /** A failing feed is still tried at least this often, so that it recovers on its own. */
  static final Duration MAX_FAILURE_BACKOFF = Duration.ofHours(24);

  /** A server's Retry-After beyond this is capped: we try again anyway, within the back-off. */
  static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

  /** Spread of the per-feed offset, as a fraction of the interval. */
  private static final double SPREAD = 0.1;

  private PollSchedule() {}

  static Duration base(Subscription subscription) {
    return subscription.interval() != null ? subscription.interval() : DEFAULT_INTERVAL;
  }

  /** The interval after a poll that reached the feed. */
  static Duration afterSuccess(Subscription subscription, @Nullable Duration current, boolean foundNew) {
    Duration base = base(subscription);
    if (foundNew || current == null || current.compareTo(base) < 0) {
      return base;
    }
    Duration stretched = Duration.ofMillis((long) (current.toMillis() * 1.5));
    Duration ceiling = MAX_QUIET_INTERVAL.compareTo(base) > 0 ? MAX_QUIET_INTERVAL : base;
    return stretched.compareTo(ceiling) > 0 ? ceiling : stretched;
  }

  /** The wait after the n-th failure in a row (n ≥ 1), at least what the server asked for. */
  static Duration afterFailure(Subscription subscription, int failures, @Nullable Duration retryAfter) {
    Duration base = base(subscription);
    Duration backoff = base.multipliedBy(1L << Math.min(failures - 1, 16));
    if (backoff.compareTo(MAX_FAILURE_BACKOFF) > 0) {
      backoff = MAX_FAILURE_BACKOFF;
    }
    if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
      return retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
    }
    return backoff;
  }

  /** {@code now + wait}, shifted by this feed's offset. */
  static Instant next(Subscription subscription, Instant now, Duration wait) {
    double unit = (subscription.id().hashCode() & 0xffff) / 65535.0; // 0..1, fixed per feed
    long offset = (long) (wait.toMillis() * SPREAD * (unit - 0.5));
    return now.plus(wait).plusMillis(offset);
  }
}
