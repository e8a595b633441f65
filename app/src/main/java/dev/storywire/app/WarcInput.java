package dev.storywire.app;

import dev.storywire.ingest.warc.WarcEntry;
import dev.storywire.ingest.warc.WarcPageReader;
import dev.storywire.ingest.warc.WarcRecords;
import dev.storywire.store.Appended;
import dev.storywire.store.Archive;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A WARC file ingested page by page: every record that is a page becomes an archive record of its
 * own (the record alone, gzip-compressed, named by its target URI), so the archive stays
 * page-sized and a crawl of any size is streamed, one record in memory at a time. Records that
 * are not pages (requests, metadata, images, errors) are counted, not archived.
 */
final class WarcInput {
  /** Read from the file per call: large enough that gzip decoding is not dominated by calls. */
  private static final int READ_BUFFER_BYTES = 256 * 1024;
  private static final int MAGIC_BYTES = 7;

  private WarcInput() {}

  /** Receives each page as it is archived. */
  @FunctionalInterface
  interface Archived {
    void accept(String name, Appended appended) throws IOException;
  }

  /**
   * What splitting a WARC file did.
   *
   * @param skipped records passed over, by record type or reject reason
   * @param broken where the file could not be read on, or null when it was read to its end
   */
  record Split(int records, int pages, Map<String, Integer> skipped, WarcEntry.@Nullable Broken broken) {
    String describe() {
      String text = records + " WARC records: " + pages + " pages archived";
      if (!skipped.isEmpty()) {
        text += ", " + skipped.values().stream().mapToInt(Integer::intValue).sum() + " skipped ("
            + skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
            + ")";
      }
      return text;
    }
  }

  /** Whether the file is WARC: by its name ({@code .warc}, {@code .warc.gz}), else by its first bytes. */
  static boolean isWarc(Path path) {
    if (WarcPageReader.hasWarcName(path.toString())) {
      return true;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      in.mark(2);
      boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
      in.reset();
      InputStream content = gzip ? new GZIPInputStream(in) : in;
      return WarcPageReader.startsWithWarc(content.readNBytes(MAGIC_BYTES));
    } catch (IOException e) {
      return false;
    }
  }

  /** Archives every page of the WARC file at {@code path}, handing each to {@code archived} in order. */
  static Split split(Path path, Archive archive, Instant receivedAt, Archived archived) throws IOException {
    int records = 0;
    int pages = 0;
    Map<String, Integer> skipped = new TreeMap<>();
    WarcEntry.Broken broken = null;
    InputStream in = new BufferedInputStream(Files.newInputStream(path), READ_BUFFER_BYTES);
    try (WarcPageReader warc = new WarcPageReader(in)) {
      for (WarcEntry entry = warc.next(); entry != null; entry = warc.next()) {
        switch (entry) {
          case WarcEntry.Page page -> {
            records++;
            pages++;
            String name = page.target().isEmpty() ? path + "#" + page.index() : page.target();
            byte[] record = WarcRecords.gzip(page.serialized());
            archived.accept(name, archive.append(name, new ByteArrayInputStream(record), receivedAt));
          }
          case WarcEntry.Skipped s -> {
            records++;
            skipped.merge(s.reason() == null ? s.type() : s.reason().wireName(), 1, Integer::sum);
          }
          case WarcEntry.Broken b -> broken = b;
        }
      }
    }
    return new Split(records, pages, skipped, broken);
  }
}
