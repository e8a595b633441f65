package dev.storywire.server;

import java.util.Objects;

/**
 * Where the server listens.
 *
 * @param host the address to bind; {@link #LOOPBACK} unless the operator means to expose it
 * @param port the TCP port, or 0 for a free port chosen by the system
 * @param writeToken the bearer token the write endpoints require; null disables them
 */
public record ServerConfig(String host, int port, @org.jspecify.annotations.Nullable String writeToken) {

  /** The safe default: reachable from this machine only. */
  public static final String LOOPBACK = "127.0.0.1";

  private static final int MAX_PORT = 65_535;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > MAX_PORT) {
      throw new IllegalArgumentException("port must be 0 to " + MAX_PORT + ", was " + port);
    }
  }

  public ServerConfig(String host, int port) {
    this(host, port, null);
  }

  /** Listen on the loopback address; {@code port} 0 picks a random free port. */
  public static ServerConfig localhost(int port) {
    return new ServerConfig(LOOPBACK, port);
  }
}
