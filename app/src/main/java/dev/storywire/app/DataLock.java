package dev.storywire.app;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process at a time owns a data directory: two writers appending to one archive or one index
 * would corrupt both. The lock is an OS file lock, released when the process dies.
 */
final class DataLock implements Closeable {
  private final FileChannel channel;
  private final FileLock lock;

  private DataLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** @throws DataDirectoryInUse when another process holds the directory */
  static DataLock acquire(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    FileChannel channel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new DataDirectoryInUse(dataDir);
    }
    return new DataLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }

  /** Another Storywire process (for example {@code storywire serve}) is using the directory. */
  static final class DataDirectoryInUse extends IOException {
    DataDirectoryInUse(Path dataDir) {
      super("the data directory " + dataDir + " is in use by another Storywire process (is 'storywire serve' running?)");
    }
  }
}
