package dev.storywire.app.eval;

import dev.storywire.model.Format;
import dev.storywire.model.Hints;
import dev.storywire.model.RawDocument;
import dev.storywire.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a benchmark's page files: gzipped or plain (told by their first bytes, not their name),
 * bounded in size so a hostile or corrupt file is one failed page, never an exhausted heap.
 */
public final class PageFiles {
  /** Largest page read, after decompression; larger ones count as failed pages. */
  static final int MAX_PAGE_BYTES = 64 << 20;

  private PageFiles() {}

  /**
   * @param file the page, usually {@code name.gz}; when it is absent the name without {@code .gz}
   *     is tried, as copies of a benchmark are sometimes stored decompressed
   * @throws IOException with a reason a reader understands (absent, truncated, too large)
   */
  static byte[] read(Path file) throws IOException {
    Path path = file;
    if (!Files.isRegularFile(path) && path.toString().endsWith(".gz")) {
      Path plain = Path.of(path.toString().substring(0, path.toString().length() - ".gz".length()));
      path = Files.isRegularFile(plain) ? plain : path;
    }
    if (!Files.isRegularFile(path)) {
      throw new IOException("page file absent: " + file.getFileName());
    }
    try (InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(path));
        InputStream in = gzipped(raw) ? new GZIPInputStream(raw) : raw) {
      byte[] bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
      if (bytes.length > MAX_PAGE_BYTES) {
        throw new IOException("page larger than " + (MAX_PAGE_BYTES >> 20) + " MiB: " + file.getFileName());
      }
      return bytes;
    } catch (java.io.EOFException e) {
      throw new IOException("truncated gzip: " + file.getFileName(), e);
    } catch (java.util.zip.ZipException e) {
      throw new IOException("corrupt gzip (" + e.getMessage() + "): " + file.getFileName(), e);
    }
  }

  /** Whether the stream starts with gzip's magic bytes (then left unread): a name ending in .gz may lie. */
  private static boolean gzipped(InputStream in) throws IOException {
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    return gzip;
  }

  /** A document as the ingest path would build it for an HTML page fetched from {@code url}. */
  public static RawDocument html(String key, byte[] bytes, @Nullable String url, Instant firstSeen) {
    return new RawDocument(key, 0, Format.HTML, bytes, null, new SourceRef("eval", url, null), firstSeen, Hints.NONE);
  }
}
