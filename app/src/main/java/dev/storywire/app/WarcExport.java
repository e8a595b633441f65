package dev.storywire.app;

import dev.storywire.ingest.Limits;
import dev.storywire.ingest.RecordReader;
import dev.storywire.ingest.warc.StorywireUrn;
import dev.storywire.ingest.warc.WarcRecords;
import dev.storywire.store.Archive;
import dev.storywire.store.ArchiveRecord;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The archive written out as one WARC file, in sequence order, after a warcinfo record: archived
 * WARC records are copied as they are; every other record (a file ingested as HTML, text or JSONL)
 * becomes a resource record with target {@code urn:storywire:<name>}, date = when it was received
 * and the content type it was read as, so that ingesting the file replays the same pages.
 *
 * <p>The file appears complete or not at all: it is written beside its name and moved into place.
 */
public final class WarcExport {
  /** Bytes copied per read when a record is copied as it is. */
  private static final int COPY_BUFFER_BYTES = 64 * 1024;

  private WarcExport() {}

  /**
   * @param copied archived WARC records copied as they are
   * @param wrapped other archive records written as resource records
   */
  public record Summary(long records, long copied, long wrapped, long bytes) {}

  static Summary write(Archive archive, Path file, Instant now) throws IOException {
    boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    Path part = file.resolveSibling(file.getFileName() + ".part");
    long copied = 0;
    long wrapped = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), COPY_BUFFER_BYTES)) {
      writeRecord(out, warcinfo(file, now), gzip);
      for (ArchiveRecord record : archive.records(0)) {
        if (isWarc(archive, record)) {
          copy(archive, record, out, gzip);
          copied++;
        } else {
          writeRecord(out, resource(archive, record), gzip);
          wrapped++;
        }
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e;
    }
    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new Summary(copied + wrapped, copied, wrapped, Files.size(file));
  }

  private static byte[] warcinfo(Path file, Instant now) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("software", "Storywire 0.1.0 (storywire export)");
    fields.put("format", "WARC File Format 1.1");
    fields.put("description", "A Storywire archive in sequence order; ingest it to replay the same pages.");
    return WarcRecords.warcinfo(now, file.getFileName().toString(), fields);
  }

  private static boolean isWarc(Archive archive, ArchiveRecord record) throws IOException {
    try (InputStream in = content(archive, record, true)) {
      return RecordReader.mediaType(record.name(), in.readNBytes(8)).equals("application/warc");
    } catch (IOException e) {
      return false;
    }
  }

  /** A record's bytes, decompressed when they are gzip (by name, or by magic when {@code byMagic}). */
  private static InputStream content(Archive archive, ArchiveRecord record, boolean byMagic) throws IOException {
    InputStream in = new BufferedInputStream(archive.open(record));
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    return gzip && (byMagic || RecordReader.namedCompressed(record.name())) ? new GZIPInputStream(in) : in;
  }

  /**
   * An archived record that is not WARC, as a resource record of what it reads as. Its content is
   * held once in memory; content beyond what the reader would decompress is written as it is
   * stored (it yielded nothing either way).
   */
  private static byte[] resource(Archive archive, ArchiveRecord record) throws IOException {
    byte[] content = decompressed(archive, record);
    String type = content == null ? "application/octet-stream" : RecordReader.mediaType(record.name(), content);
    byte[] body = content != null ? content : stored(archive, record);
    return WarcRecords.resource(StorywireUrn.of(record.name()), record.receivedAt(), type, body, Map.of());
  }

  private static byte @Nullable [] decompressed(Archive archive, ArchiveRecord record) {
    try (InputStream in = content(archive, record, false)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Limits.MAX_DECOMPRESSED_BYTES + 1));
      return bytes.length > Limits.MAX_DECOMPRESSED_BYTES ? null : bytes;
    } catch (IOException e) {
      return null;
    }
  }

  private static byte[] stored(Archive archive, ArchiveRecord record) throws IOException {
    try (InputStream in = archive.open(record)) {
      return in.readAllBytes();
    }
  }

  private static void copy(Archive archive, ArchiveRecord record, OutputStream out, boolean gzip) throws IOException {
    try (InputStream stored = new BufferedInputStream(archive.open(record))) {
      stored.mark(2);
      boolean storedGzip = stored.read() == 0x1f && stored.read() == 0x8b;
      stored.reset();
      if (storedGzip == gzip) {
        stored.transferTo(out);
      } else if (storedGzip) {
        new GZIPInputStream(stored).transferTo(out);
      } else {
        out.write(WarcRecords.gzip(stored.readAllBytes()));
      }
    }
  }

  private static void writeRecord(OutputStream out, byte[] gzipped, boolean gzip) throws IOException {
    if (gzip) {
      out.write(gzipped);
    } else {
      try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
        in.transferTo(out);
      }
    }
  }
}
