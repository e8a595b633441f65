package dev.storywire.analysis.langid;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * The n-gram log-probabilities of all languages, memory-mapped from the model file (off-heap: the
 * heap holds only a few buffer objects).
 *
 * <p>File layout (big-endian), written by {@link NgramModelBuilder}:
 * <pre>
 *   header (64 bytes): magic "SWLANGID", version, language count, directory bits, key count,
 *                      posting count, bytes per posting, CRC-32 of everything after the header
 *   languages:  language count × 2 bytes, ISO 639-1 codes, padded to 8 bytes
 *   directory:  int[2^bits + 1], first key of each bucket (bucket = top bits of the n-gram hash)
 *   keys:       (keys + 1) × (int fragment, int first posting): the next 32 bits of each key's
 *               hash and where its postings start, keys sorted by bucket; a last one ends them
 *   postings:   postings × 5 bytes: language (ordinal of {@link LangidLanguage}), then
 *               ln(probability) as an IEEE float: exactly the value Lingua computes for the n-gram
 *               ({@code ln} of the float fraction, rounded to float), not quantised, so that
 *               scores differ wherever Lingua's differ (version 2 stored it to 1/2048 in 2 bytes,
 *               and near-identical languages tied or swapped on a few single words)
 * </pre>
 * A lookup is one directory read and a scan of a few adjacent keys (two cache lines), then the
 * postings (a third); the postings of an n-gram list
 * every language that has it, so all languages are scored with one lookup.
 */
public final class NgramModel {
  static final byte[] MAGIC = "SWLANGID".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 3;
  static final int HEADER_BYTES = 64;

  static final int KEY_BYTES = 8;
  static final int POSTING_BYTES = 5;

  private final IntBuffer directory;
  private final ByteBuffer keys;
  private final ByteBuffer postings;
  private final int dirShift;
  private final int keyCount;
  private final int postingCount;
  private final long fileBytes;

  private NgramModel(ByteBuffer map, int dirBits, int keyCount, int postingCount) {
    this.dirShift = 64 - dirBits;
    this.keyCount = keyCount;
    this.postingCount = postingCount;
    this.fileBytes = map.capacity();
    int offset = HEADER_BYTES + languagesBytes(LangidLanguage.values().length);
    int dirEntries = (1 << dirBits) + 1;
    directory = slice(map, offset, dirEntries * 4L).asIntBuffer();
    offset += dirEntries * 4;
    keys = slice(map, offset, (keyCount + 1L) * KEY_BYTES);
    offset += (keyCount + 1) * KEY_BYTES;
    postings = slice(map, offset, (long) postingCount * POSTING_BYTES);
  }

  /**
   * Maps and validates a model file.
   *
   * @throws InvalidModelException when the file is not a complete model of this version
   * @throws IOException when it cannot be read
   */
  public static NgramModel open(Path file) throws IOException {
    ByteBuffer map;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < HEADER_BYTES || size > Integer.MAX_VALUE) {
        throw new InvalidModelException(file + ": " + size + " bytes is not a language model file");
      }
      map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
    }
    byte[] magic = new byte[MAGIC.length];
    map.get(0, magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new InvalidModelException(file + ": not a language model file (bad magic)");
    }
    int version = map.getInt(8);
    if (version != VERSION) {
      throw new InvalidModelException(file + ": model format version " + version + ", expected " + VERSION);
    }
    int languageCount = map.getInt(12);
    int dirBits = map.getInt(16);
    int keyCount = map.getInt(20);
    int postingCount = map.getInt(24);
    int postingBytes = map.getInt(28);
    long crc = map.getLong(32);
    if (languageCount != LangidLanguage.values().length || dirBits < 1 || dirBits > 28
        || keyCount < 0 || postingCount < keyCount || postingBytes != POSTING_BYTES) {
      throw new InvalidModelException(file + ": inconsistent header");
    }
    long expected = expectedBytes(languageCount, dirBits, keyCount, postingCount);
    if (map.capacity() != expected) {
      throw new InvalidModelException(
          file + ": " + map.capacity() + " bytes, expected " + expected + " (truncated or corrupt)");
    }
    CRC32 checksum = new CRC32();
    checksum.update(map.slice(HEADER_BYTES, map.capacity() - HEADER_BYTES));
    if (checksum.getValue() != crc) {
      throw new InvalidModelException(file + ": checksum mismatch (corrupt)");
    }
    for (LangidLanguage language : LangidLanguage.values()) {
      int at = HEADER_BYTES + 2 * language.ordinal();
      String iso = new String(new byte[] {map.get(at), map.get(at + 1)}, StandardCharsets.US_ASCII);
      if (!iso.equals(language.isoCode())) {
        throw new InvalidModelException(file + ": language " + language.ordinal() + " is " + iso);
      }
    }
    return new NgramModel(map, dirBits, keyCount, postingCount);
  }

  static int languagesBytes(int languageCount) {
    return (2 * languageCount + 7) & ~7;
  }

  static long expectedBytes(int languageCount, int dirBits, int keyCount, int postingCount) {
    return HEADER_BYTES + languagesBytes(languageCount) + ((1L << dirBits) + 1) * 4
        + (keyCount + 1L) * KEY_BYTES + (long) postingCount * POSTING_BYTES;
  }

  private static ByteBuffer slice(ByteBuffer map, long offset, long length) {
    return map.slice(Math.toIntExact(offset), Math.toIntExact(length));
  }

  /** @return the key of the n-gram with this {@link NgramHash}, or -1 when no language has it */
  int find(long hash) {
    int bucket = (int) (hash >>> dirShift);
    int fragment = (int) (hash >>> (dirShift - 32));
    int end = directory.get(bucket + 1);
    for (int k = directory.get(bucket); k < end; k++) {
      if (keys.getInt(k * KEY_BYTES) == fragment) {
        return k;
      }
    }
    return -1;
  }

  int firstPosting(int key) {
    return keys.getInt(key * KEY_BYTES + 4);
  }

  int endPosting(int key) {
    return keys.getInt(key * KEY_BYTES + KEY_BYTES + 4);
  }

  int language(int posting) {
    return postings.get(posting * POSTING_BYTES);
  }

  /** @return ln(probability) of the posting's n-gram in its language */
  float logProbability(int posting) {
    return postings.getFloat(posting * POSTING_BYTES + 1);
  }

  /** @return distinct n-grams in the model */
  public int keyCount() {
    return keyCount;
  }

  /** @return (n-gram, language) pairs in the model */
  public int postingCount() {
    return postingCount;
  }

  /** @return the size of the mapped file */
  public long fileBytes() {
    return fileBytes;
  }

  /** A model file that is truncated, corrupt or of another format version. */
  public static final class InvalidModelException extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidModelException(String message) {
      super(message);
    }
  }
}
