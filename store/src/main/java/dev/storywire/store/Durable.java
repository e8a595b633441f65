package dev.storywire.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Helpers that make file-system changes survive a crash. */
final class Durable {
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private Durable() {}

  /**
   * Flushes a directory's entries (a rename or a new file in it) to disk. POSIX needs this for a
   * rename to survive a crash (see fsync(2), "calling fsync() on the file does not ensure that the
   * entry in the directory containing the file has also reached disk"); Windows cannot open a
   * directory for it and does not need it.
   */
  static void syncDirectory(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      if (!WINDOWS) {
        throw e;
      }
    }
  }

  /** Creates a directory (and its parents) and makes its entry durable in its parent. */
  static void createDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Files.createDirectories(dir);
    Path parent = dir.toAbsolutePath().getParent();
    if (parent != null) {
      syncDirectory(parent);
    }
  }

  /** Deletes a file, adding any failure to {@code cause} instead of throwing. */
  static void deleteQuietly(Path file, Throwable cause) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
