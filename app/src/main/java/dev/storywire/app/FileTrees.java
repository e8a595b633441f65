package dev.storywire.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting folders, children first. */
public final class FileTrees {
  private FileTrees() {}

  /** Deletes {@code root} and everything below it; nothing happens when it does not exist. */
  public static void delete(Path root) throws IOException {
    deleteBelow(root);
    Files.deleteIfExists(root);
  }

  /** Deletes everything below {@code root}, keeping the folder itself. */
  public static void deleteBelow(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(root)) {
          Files.delete(path);
        }
      }
    }
  }
}
