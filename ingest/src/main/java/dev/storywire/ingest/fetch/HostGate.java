package dev.storywire.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Per-host politeness: at most so many requests in flight to one host, and a least interval
 * between the starts of two requests to it (the robots.txt crawl delay when it asks for more),
 * plus a bound on requests in flight in all. Callers block until their turn; run them on virtual
 * threads.
 */
final class HostGate {
  /** Hosts remembered; past this, hosts idle for a minute are forgotten (their slots are free). */
  private static final int MAX_TRACKED_HOSTS = 10_000;

  private final Clock clock;
  private final int perHost;
  private final Semaphore total;
  private final Map<String, Host> hosts = new HashMap<>();

  private static final class Host {
    final Semaphore slots;
    Instant nextStart = Instant.MIN;
    Instant lastUse = Instant.MIN;

    Host(int perHost) {
      slots = new Semaphore(perHost, true);
    }
  }

  HostGate(Clock clock, int perHost, int total) {
    this.clock = clock;
    this.perHost = perHost;
    this.total = new Semaphore(total, true);
  }

  /** A held turn; release it when the request is done. */
  interface Turn extends AutoCloseable {
    @Override
    void close();
  }

  /** Waits for a turn at {@code host}, at least {@code interval} after the previous start there. */
  Turn enter(String host, Duration interval) throws InterruptedException {
    Host state = host(host);
    state.slots.acquire();
    try {
      waitForStart(state, interval);
      total.acquire();
    } catch (InterruptedException e) {
      state.slots.release();
      throw e;
    }
    return () -> {
      total.release();
      synchronized (state) {
        state.lastUse = clock.instant();
      }
      state.slots.release();
    };
  }

  private void waitForStart(Host state, Duration interval) throws InterruptedException {
    Instant start;
    synchronized (state) {
      Instant now = clock.instant();
      start = state.nextStart.isAfter(now) ? state.nextStart : now;
      state.nextStart = start.plus(interval);
      state.lastUse = start;
    }
    Duration wait = Duration.between(clock.instant(), start);
    if (!wait.isNegative() && !wait.isZero()) {
      Thread.sleep(wait);
    }
  }

  private synchronized Host host(String host) {
    if (hosts.size() >= MAX_TRACKED_HOSTS && !hosts.containsKey(host)) {
      Instant idle = clock.instant().minusSeconds(60);
      hosts.values().removeIf(h -> h.lastUse.isBefore(idle) && h.slots.availablePermits() == perHost);
    }
    return hosts.computeIfAbsent(host, h -> new Host(perHost));
  }
}
