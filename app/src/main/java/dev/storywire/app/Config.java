package dev.storywire.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Storywire's configuration: one immutable record tree. Values come from {@code storywire.properties}
 * in the data directory, overridden by environment variables ({@code STORYWIRE_SERVER_PORT} for
 * {@code server.port}), overridden by command-line flags.
 *
 * @param dataDir the data directory ({@code archive/}, {@code index/}, {@code state/})
 * @param server where the HTTP server listens
 */
public record Config(Path dataDir, Server server) {
  public static final String FILE_NAME = "storywire.properties";

  /** Loopback by default: nothing is exposed to the network unless the user says so. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  public static final int DEFAULT_PORT = 8080;

  public record Server(String host, int port) {
    public Server {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("server.port must be 0..65535, got " + port);
      }
    }
  }

  public Path archiveDir() {
    return dataDir.resolve("archive");
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }

  public Path stateDir() {
    return dataDir.resolve("state");
  }

  /**
   * Reads the layers in order: file, environment, flags (keys as in the file, e.g. {@code server.port}).
   *
   * @throws IllegalArgumentException for a value that does not parse, naming the key
   */
  public static Config load(Path dataDir, Map<String, String> environment, Map<String, String> flags)
      throws IOException {
    Map<String, String> values = new HashMap<>(fromFile(dataDir.resolve(FILE_NAME)));
    for (String key : new String[] {"server.host", "server.port"}) {
      String env = environment.get("STORYWIRE_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
      if (env != null && !env.isBlank()) {
        values.put(key, env.strip());
      }
    }
    values.putAll(flags);
    String host = values.getOrDefault("server.host", DEFAULT_HOST);
    return new Config(dataDir, new Server(host, intValue(values, "server.port", DEFAULT_PORT)));
  }

  private static Map<String, String> fromFile(Path file) throws IOException {
    Map<String, String> values = new HashMap<>();
    if (Files.isRegularFile(file)) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).strip()));
    }
    return values;
  }

  private static int intValue(Map<String, String> values, String key, int fallback) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'", e);
    }
  }
}
