package dev.storywire.analysis.langid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the model file lives: built on first use from the Lingua jar on the class path into a cache
 * directory (about a minute, once), then memory-mapped by every later start (a fraction of a
 * second). Nothing is downloaded; the file is a function of the Lingua jar alone.
 *
 * <p>The directory is the system property {@value #DIRECTORY_PROPERTY}, else the environment
 * variable {@value #DIRECTORY_ENV}, else {@code ~/.cache/storywire/langid}. A file that fails
 * validation (truncated, corrupt, other format version) is logged and rebuilt.
 */
public final class NgramModelStore {
  /** The Lingua release the models are read from; part of the file name, so an upgrade rebuilds. */
  static final String LINGUA_VERSION = "1.2.2";
  static final String FILE_NAME = "lingua-" + LINGUA_VERSION + "-ngrams-v" + NgramModel.VERSION + ".bin";
  public static final String DIRECTORY_PROPERTY = "storywire.langid.dir";
  public static final String DIRECTORY_ENV = "STORYWIRE_LANGID_DIR";

  private static final System.Logger LOG = System.getLogger(NgramModelStore.class.getName());
  private static final Object LOCK = new Object();

  private NgramModelStore() {}

  /** @return the configured (or default) cache directory */
  public static Path directory() {
    String property = System.getProperty(DIRECTORY_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv(DIRECTORY_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "storywire", "langid");
  }

  /** Opens the model file in the default directory, building it first when absent or invalid. */
  public static NgramModel load() {
    return load(directory());
  }

  /** Opens the model file in {@code directory}, building it first when absent or invalid. */
  public static NgramModel load(Path directory) {
    return load(directory, NgramModelBuilder::build);
  }

  /** How a missing or invalid file is (re)built; tests put a copy in place. */
  interface Builder {
    void build(Path target) throws IOException;
  }

  /** Names model files of other versions in the directory: no longer used, so they may be deleted. */
  private static void reportOlderFiles(Path directory) {
    try (var files = Files.list(directory)) {
      files.filter(f -> {
        String name = f.getFileName().toString();
        return name.startsWith("lingua-") && name.contains("-ngrams-v") && name.endsWith(".bin")
            && !name.equals(FILE_NAME);
      }).forEach(f -> LOG.log(Level.INFO, "the language model file " + f
          + " is of another version, no longer used by this one; it may be deleted"));
    } catch (IOException e) {
      // only a hint
    }
  }

  static NgramModel load(Path directory, Builder builder) {
    Path file = directory.resolve(FILE_NAME);
    synchronized (LOCK) {
      try {
        if (Files.isRegularFile(file)) {
          try {
            return NgramModel.open(file);
          } catch (NgramModel.InvalidModelException e) {
            LOG.log(Level.WARNING, "language model unusable, rebuilding it: " + e.getMessage());
          }
        }
        LOG.log(Level.INFO, "building the language model " + file + " from the Lingua models (once)");
        long t0 = System.nanoTime();
        builder.build(file);
        LOG.log(Level.INFO, String.format("language model built in %.1f s", (System.nanoTime() - t0) / 1e9));
        reportOlderFiles(directory);
        return NgramModel.open(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load or build the language model " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
