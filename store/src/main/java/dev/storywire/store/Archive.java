package dev.storywire.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The append-only archive of everything Storywire ingests: the source of truth from which every
 * index and story is rebuilt.
 *
 * <p>On disk, in its directory: {@code objects/<sha[0:2]>/<sha>} holds each record's exact bytes,
 * {@code manifest.jsonl} one JSON line per record in sequence order, {@code tmp/} inputs being
 * received, and {@code archive.lock} keeps a second process out. An append is durable when it
 * returns: the object is fsynced and renamed into place before its manifest line is written and
 * fsynced. A crash before that leaves at most an orphan object (harmless: appending the same bytes
 * again archives them) or a torn last manifest line (dropped on the next open).
 *
 * <p>Thread-safe. Inputs are received concurrently; records are committed one at a time.
 */
public final class Archive implements Closeable {

  /**
   * The most bytes one record may hold: 1 GiB. Far above any page, feed or WARC file we ingest as
   * one record, yet a bound, so a runaway or hostile stream cannot fill the disk before we notice.
   */
  public static final long MAX_RECORD_BYTES = 1L << 30;

  /**
   * The longest name accepted, in characters. Names are paths and URLs (rarely over 2,000
   * characters); the bound keeps every manifest line short enough to read back whole.
   */
  public static final int MAX_NAME_CHARS = 16_384;

  /** Bytes copied per read while receiving: the only heap an append needs, whatever the input size. */
  private static final int COPY_BUFFER_BYTES = 64 * 1024;

  static final String OBJECTS_DIR = "objects";
  static final String TMP_DIR = "tmp";
  static final String LOCK_FILE = "archive.lock";
  private static final String PART_SUFFIX = ".part";
  private static final int SHARD_CHARS = 2;

  private final Path objectsDir;
  private final Path tmpDir;
  private final long maxRecordBytes;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Manifest manifest;
  private final List<ArchiveRecord> records;
  private final Map<String, ArchiveRecord> bySha = new HashMap<>();
  private boolean closed;

  private Archive(Path dir, long maxRecordBytes, FileChannel lockChannel, FileLock lock, Manifest.Opened opened) {
    this.objectsDir = dir.resolve(OBJECTS_DIR);
    this.tmpDir = dir.resolve(TMP_DIR);
    this.maxRecordBytes = maxRecordBytes;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.manifest = opened.manifest();
    this.records = new ArrayList<>(opened.records());
    for (ArchiveRecord r : records) {
      bySha.putIfAbsent(r.sha256(), r);
    }
  }

  /**
   * Opens the archive in {@code dir}, creating it if absent, and recovers from any crash of a
   * previous process (a torn last manifest line, half-received inputs).
   *
   * @throws IOException when the directory cannot be used, another process holds the archive, or
   *     the manifest is corrupt before its last line
   */
  public static Archive open(Path dir) throws IOException {
    return open(dir, MAX_RECORD_BYTES);
  }

  /** As {@link #open(Path)}, with a smaller record limit so that tests can reach it cheaply. */
  static Archive open(Path dir, long maxRecordBytes) throws IOException {
    Durable.createDirectory(dir);
    Durable.createDirectory(dir.resolve(OBJECTS_DIR));
    Durable.createDirectory(dir.resolve(TMP_DIR));
    FileChannel lockChannel =
        FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = acquire(lockChannel, dir);
      deleteParts(dir.resolve(TMP_DIR));
      Manifest.Opened opened = Manifest.open(dir.resolve(Manifest.FILE_NAME));
      Durable.syncDirectory(dir);
      return new Archive(dir, maxRecordBytes, lockChannel, lock, opened);
    } catch (IOException | RuntimeException e) {
      lockChannel.close();
      throw e;
    }
  }

  private static FileLock acquire(FileChannel channel, Path dir) throws IOException {
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
    } catch (OverlappingFileLockException e) {
      // held by this process: fall through to the same answer
    }
    throw new IOException("archive " + dir + " is already open (" + LOCK_FILE + " is locked)");
  }

  /** Deletes inputs a crashed process was still receiving; none of them was acknowledged. */
  private static void deleteParts(Path tmp) throws IOException {
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(tmp, "*" + PART_SUFFIX)) {
      for (Path part : parts) {
        Files.deleteIfExists(part);
      }
    }
  }

  /**
   * Archives {@code content}, read to its end but not closed. The bytes are streamed to disk while
   * hashed, never held in memory.
   *
   * @return {@link Appended.New} once the record is durable; {@link Appended.Duplicate} when the
   *     same bytes were archived before; {@link Appended.TooLarge} when the input exceeds {@link
   *     #MAX_RECORD_BYTES} (reading stops there)
   * @throws IllegalArgumentException when {@code name} is longer than {@link #MAX_NAME_CHARS}
   * @throws IOException when reading the input or writing the archive fails; nothing is then
   *     acknowledged
   */
  public Appended append(String name, InputStream content, Instant receivedAt) throws IOException {
    Objects.requireNonNull(content);
    Objects.requireNonNull(receivedAt);
    if (name.length() > MAX_NAME_CHARS) {
      throw new IllegalArgumentException("name longer than " + MAX_NAME_CHARS + " characters");
    }
    ensureOpen();
    return switch (receive(content)) {
      case Received.Over over -> new Appended.TooLarge(maxRecordBytes, over.seenBytes());
      case Received.Staged staged -> commit(staged, name, receivedAt);
    };
  }

  /** What receiving an input produced: a staged, fsynced temp file, or too many bytes. */
  private sealed interface Received {
    record Staged(Path part, String sha256, long length) implements Received {}

    record Over(long seenBytes) implements Received {}
  }

  private Received receive(InputStream content) throws IOException {
    Path part = Files.createTempFile(tmpDir, "append-", PART_SUFFIX);
    try {
      MessageDigest sha = sha256();
      long length = copy(content, part, sha);
      if (length > maxRecordBytes) {
        Files.delete(part);
        return new Received.Over(length);
      }
      return new Received.Staged(part, HexFormat.of().formatHex(sha.digest()), length);
    } catch (IOException | RuntimeException e) {
      Durable.deleteQuietly(part, e);
      throw e;
    }
  }

  /**
   * Copies the input to {@code part} and into the digest, then forces it to disk.
   *
   * @return the bytes copied, or, once over the limit, the bytes seen when reading stopped
   */
  private long copy(InputStream content, Path part, MessageDigest sha) throws IOException {
    try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
      byte[] buffer = new byte[COPY_BUFFER_BYTES];
      long length = 0;
      for (int n = content.read(buffer); n != -1; n = content.read(buffer)) {
        length += n;
        if (length > maxRecordBytes) {
          return length;
        }
        sha.update(buffer, 0, n);
        writeFully(out, ByteBuffer.wrap(buffer, 0, n));
      }
      out.force(true);
      return length;
    }
  }

  private static void writeFully(FileChannel out, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
  }

  private synchronized Appended commit(Received.Staged staged, String name, Instant receivedAt)
      throws IOException {
    try {
      ensureOpen();
      ArchiveRecord existing = bySha.get(staged.sha256());
      if (existing != null) {
        Files.delete(staged.part());
        return new Appended.Duplicate(existing);
      }
      ArchiveRecord record =
          new ArchiveRecord(records.size() + 1L, staged.sha256(), name, receivedAt, staged.length());
      place(staged.part(), record.sha256());
      manifest.append(record);
      records.add(record);
      bySha.put(record.sha256(), record);
      return new Appended.New(record);
    } catch (IOException | RuntimeException e) {
      Durable.deleteQuietly(staged.part(), e);
      throw e;
    }
  }

  /** Renames a staged file to its object path atomically and makes the rename durable. */
  private void place(Path part, String sha256) throws IOException {
    Path target = objectPath(sha256);
    Durable.createDirectory(target.getParent());
    // An orphan left by a crash holds the same bytes (same digest); the rename replaces it.
    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    Durable.syncDirectory(target.getParent());
  }

  private Path objectPath(String sha256) {
    return objectsDir.resolve(sha256.substring(0, SHARD_CHARS)).resolve(sha256);
  }

  /** Records with a sequence number above {@code afterSeq}, in sequence order; a snapshot. */
  public synchronized List<ArchiveRecord> records(long afterSeq) {
    int from = Math.clamp(afterSeq, 0, records.size());
    return List.copyOf(records.subList(from, records.size()));
  }

  /** @return the record holding these bytes, or empty when they were never archived */
  public synchronized Optional<ArchiveRecord> bySha256(String sha256) {
    return Optional.ofNullable(bySha.get(sha256));
  }

  /**
   * Opens the exact bytes appended for a record of this archive; the caller closes the stream.
   *
   * @throws IllegalArgumentException when no record of this archive has that digest
   * @throws IOException when the object cannot be read (missing means the archive was damaged)
   */
  public InputStream open(ArchiveRecord r) throws IOException {
    if (bySha256(r.sha256()).isEmpty()) {
      throw new IllegalArgumentException("not a record of this archive: " + r);
    }
    return Files.newInputStream(objectPath(r.sha256()));
  }

  /** @return the highest sequence number, 0 when the archive is empty */
  public synchronized long lastSeq() {
    return records.size();
  }

  private synchronized void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("archive is closed");
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (lockChannel; manifest) {
      lock.release();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
