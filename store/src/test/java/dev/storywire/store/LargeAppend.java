package dev.storywire.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Appends a large generated input in a JVM started with a small heap: if the archive held the
 * input in memory, this process would run out of it. Prints the record's digest.
 */
final class LargeAppend {
  private LargeAppend() {}

  public static void main(String[] args) throws Exception {
    long size = Long.parseLong(args[1]);
    try (Archive archive = Archive.open(Path.of(args[0]))) {
      Appended result = archive.append("generated", new GeneratedStream(size, 42), Instant.EPOCH);
      if (!(result instanceof Appended.New added)) {
        throw new IllegalStateException("expected a new record, got " + result);
      }
      System.out.println(added.record().sha256());
    }
  }
}
