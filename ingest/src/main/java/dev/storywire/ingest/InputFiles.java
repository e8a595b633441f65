package dev.storywire.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Expands the paths given on the command line into the files to ingest, in a deterministic order
 * (each argument in turn; the files of a folder sorted by path), so that the same command always
 * archives in the same order and so yields the same stories.
 *
 * <p>Symbolic links to folders are not followed (no cycles); hidden files and folders (name
 * starting with a dot) are skipped, as editors and version control keep their own files there.
 */
public final class InputFiles {
  private InputFiles() {}

  /** An input as found: a regular file to archive, or a path that cannot be, with the reason. */
  public sealed interface Found permits Found.File, Found.Unreadable {
    Path path();

    record File(Path path, long size) implements Found {}

    record Unreadable(Path path, String reason) implements Found {}
  }

  public static List<Found> expand(List<Path> arguments) {
    List<Found> found = new ArrayList<>();
    for (Path argument : arguments) {
      expandOne(argument, found);
    }
    return found;
  }

  private static void expandOne(Path argument, List<Found> found) {
    if (!Files.exists(argument)) {
      found.add(new Found.Unreadable(argument, "no such file or folder"));
    } else if (Files.isDirectory(argument)) {
      found.addAll(walk(argument));
    } else if (!Files.isRegularFile(argument)) {
      found.add(new Found.Unreadable(argument, "not a regular file"));
    } else if (!Files.isReadable(argument)) {
      found.add(new Found.Unreadable(argument, "permission denied"));
    } else {
      found.add(new Found.File(argument, sizeOf(argument)));
    }
  }

  private static List<Found> walk(Path folder) {
    List<Found> files = new ArrayList<>();
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !hidden(file)) {
            files.add(Files.isReadable(file)
                ? new Found.File(file, attrs.size())
                : new Found.Unreadable(file, "permission denied"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          files.add(new Found.Unreadable(file, "cannot read: " + e.getClass().getSimpleName()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      files.add(new Found.Unreadable(folder, "cannot list folder: " + e.getMessage()));
    }
    files.sort(Comparator.comparing(f -> f.path().toString()));
    return files;
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }
}
