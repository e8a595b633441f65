package dev.storywire.app.cli;

import dev.storywire.app.Config;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --data} option every command shares, and configuration loading. */
final class DataOptions {
  /** Used when neither {@code --data} nor {@code STORYWIRE_DATA} is given. */
  static final String DEFAULT_DATA_DIR = "data";

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory (archive, index, state). Default: $STORYWIRE_DATA, else ./data.")
  Path dataDir;

  /** Commands that need the environment implement this; the factory calls it. */
  interface Aware {
    void environment(Map<String, String> environment);
  }

  Config config(Map<String, String> environment, Map<String, String> flags) throws IOException {
    Path dir = dataDir;
    if (dir == null) {
      String fromEnv = environment.get("STORYWIRE_DATA");
      dir = Path.of(fromEnv == null || fromEnv.isBlank() ? DEFAULT_DATA_DIR : fromEnv);
    }
    return Config.load(dir.toAbsolutePath().normalize(), environment, flags);
  }

  static Map<String, String> serverFlags(String host, Integer port) {
    Map<String, String> flags = new HashMap<>();
    if (host != null) {
      flags.put("server.host", host);
    }
    if (port != null) {
      flags.put("server.port", Integer.toString(port));
    }
    return flags;
  }
}
