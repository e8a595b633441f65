package dev.storywire.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.storywire.cluster.ClusterConfig;
import dev.storywire.cluster.ScorerWeights;
import dev.storywire.ingest.fetch.FetchSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Storywire's configuration: one immutable record tree. Values come from {@code storywire.properties}
 * in the data directory, overridden by environment variables ({@code STORYWIRE_SERVER_PORT} for
 * {@code server.port}, {@code STORYWIRE_FETCH_ALLOW} for {@code fetch.allow}), overridden by command-line flags.
 *
 * @param dataDir the data directory ({@code archive/}, {@code index/}, {@code state/})
 * @param server where the HTTP server listens
 * @param fetch how feeds and pages are fetched
 * @param clusterWeights a same-story scorer weights file ({@code cluster.weights}, written by
 *     {@code storywire train}) to use instead of the shipped ones; null for the shipped ones
 * @param dictionaries a directory of installed bilingual dictionaries in dictd format ({@code
 *     analysis.dictionaries}, e.g. FreeDict ara-eng fetched by {@code bin/fetch-dictionaries}),
 *     looked in before /usr/share/dictd and ~/.cache/storywire/dictionaries; null for those only
 * @param clusterMergeThreshold the join probability an item needs for two stories at once before
 *     they merge ({@code cluster.merge-threshold}: a number from the join threshold to 1, or
 *     {@code never}); {@link ClusterConfig#DEFAULT_MERGE_THRESHOLD} by default
 */
public record Config(Path dataDir, Server server, Fetch fetch, @Nullable Path clusterWeights,
    @Nullable Path dictionaries, double clusterMergeThreshold) {

  /** A configuration with the default merge threshold. */
  public Config(Path dataDir, Server server, Fetch fetch, @Nullable Path clusterWeights, @Nullable Path dictionaries) {
    this(dataDir, server, fetch, clusterWeights, dictionaries, ClusterConfig.DEFAULT_MERGE_THRESHOLD);
  }

  /** A configuration with the default dictionary places. */
  public Config(Path dataDir, Server server, Fetch fetch, @Nullable Path clusterWeights) {
    this(dataDir, server, fetch, clusterWeights, null);
  }

  public Config {
    ClusterConfig.DEFAULT.withMergeThreshold(clusterMergeThreshold); // the same check, at load time
  }

  /** The same configuration for another data directory. */
  public Config withDataDir(Path newDataDir) {
    return new Config(newDataDir, server, fetch, clusterWeights, dictionaries, clusterMergeThreshold);
  }

  /** The same configuration with another server address. */
  public Config withServer(Server newServer) {
    return new Config(dataDir, newServer, fetch, clusterWeights, dictionaries, clusterMergeThreshold);
  }

  public static final String FILE_NAME = "storywire.properties";

  /** Loopback by default: nothing is exposed to the network unless the user says so. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  public static final int DEFAULT_PORT = 8080;

  /**
   * @param token required by the API's write endpoints (feeds); null: writes are refused
   */
  public record Server(String host, int port, @Nullable String token) {
    public Server {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("server.port must be 0..65535, got " + port);
      }
    }

    public Server(String host, int port) {
      this(host, port, null);
    }
  }

  /**
   * @param userAgent sent with every request ({@code fetch.user-agent})
   * @param allow networks the fetcher may reach although they are not public ({@code fetch.allow},
   *     comma-separated CIDRs): empty by default, so feeds cannot point Storywire at the local
   *     network; a user with an intranet feed names its network here
   * @param perHostInterval least time between two requests to one host ({@code
   *     fetch.per-host-interval}, in milliseconds; default 1000): robots.txt may ask for more
   */
  public record Fetch(String userAgent, List<String> allow, java.time.Duration perHostInterval) {
    public Fetch {
      allow = List.copyOf(allow);
      if (perHostInterval.isNegative()) {
        throw new IllegalArgumentException("fetch.per-host-interval must not be negative");
      }
    }

    public Fetch(String userAgent, List<String> allow) {
      this(userAgent, allow, FetchSettings.DEFAULT.perHostInterval());
    }

    public static final Fetch DEFAULT = new Fetch(FetchSettings.DEFAULT_USER_AGENT, List.of());

    /** The fetcher's settings: the defaults with this user agent and per-host interval. */
    public FetchSettings settings() {
      FetchSettings d = FetchSettings.DEFAULT.withUserAgent(userAgent);
      return d.withPoliteness(perHostInterval, d.perHostConnections(), d.maxConnections());
    }
  }

  public Config(Path dataDir, Server server) {
    this(dataDir, server, Fetch.DEFAULT, null);
  }

  public Config(Path dataDir, Server server, Fetch fetch) {
    this(dataDir, server, fetch, null);
  }

  /**
   * The clustering configuration: the defaults with the weights of {@link #clusterWeights} when set
   * and the merge threshold.
   *
   * @throws IOException when that file cannot be read or is not a weights file (the message says why)
   */
  public ClusterConfig clusterConfig() throws IOException {
    ClusterConfig base = ClusterConfig.DEFAULT.withMergeThreshold(clusterMergeThreshold);
    if (clusterWeights == null) {
      return base;
    }
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(clusterWeights)) {
      return base.withWeights(ScorerWeights.read(in));
    } catch (IOException e) {
      throw new IOException("cluster.weights " + clusterWeights + ": " + e.getMessage(), e);
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
    for (String key : new String[] {"server.host", "server.port", "server.token", "fetch.user-agent", "fetch.allow",
        "fetch.per-host-interval", "cluster.weights", "cluster.merge-threshold", "analysis.dictionaries"}) {
      String env = environment.get("STORYWIRE_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
      if (env != null && !env.isBlank()) {
        values.put(key, env.strip());
      }
    }
    values.putAll(flags);
    String host = values.getOrDefault("server.host", DEFAULT_HOST);
    String token = values.get("server.token");
    Fetch fetch = new Fetch(values.getOrDefault("fetch.user-agent", FetchSettings.DEFAULT_USER_AGENT),
        splitList(values.get("fetch.allow")), java.time.Duration.ofMillis(intValue(values, "fetch.per-host-interval",
        (int) FetchSettings.DEFAULT.perHostInterval().toMillis())));
    String weights = values.get("cluster.weights");
    String dictionaries = values.get("analysis.dictionaries");
    return new Config(dataDir, new Server(host, intValue(values, "server.port", DEFAULT_PORT),
        token == null || token.isBlank() ? null : token), fetch,
        weights == null || weights.isBlank() ? null : Path.of(weights).toAbsolutePath(),
        dictionaries == null || dictionaries.isBlank() ? null : Path.of(dictionaries).toAbsolutePath(),
        mergeThreshold(values.get("cluster.merge-threshold")));
  }

  /** {@code cluster.merge-threshold}: a probability, or {@code never}; the default when unset. */
  private static double mergeThreshold(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return ClusterConfig.DEFAULT_MERGE_THRESHOLD;
    }
    if (value.strip().equalsIgnoreCase("never")) {
      return Double.POSITIVE_INFINITY;
    }
    try {
      double threshold = Double.parseDouble(value.strip());
      ClusterConfig.DEFAULT.withMergeThreshold(threshold); // the clusterer's own range check
      return threshold;
    } catch (IllegalArgumentException e) { // NumberFormatException included
      throw new IllegalArgumentException("cluster.merge-threshold must be a number from the join threshold ("
          + ClusterConfig.DEFAULT_JOIN_THRESHOLD + ") to 1, or 'never', got '" + value.strip() + "'");
    }
  }

  private static List<String> splitList(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return List.of(value.strip().split("\\s*,\\s*"));
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
