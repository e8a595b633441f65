package dev.storywire.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * The guard around a gzip stream: fails once more than a limit has been decompressed (bombs), and
 * turns the JDK's gzip failures into {@link RecordReader.CorruptGzip} with a specific reason.
 */
final class BoundedInputStream extends FilterInputStream {
  private final long limit;
  private long count;

  BoundedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n;
    try {
      n = in.read(buffer, offset, length);
    } catch (EOFException e) {
      throw new RecordReader.CorruptGzip("truncated gzip: the compressed stream ends before its end marker");
    } catch (ZipException e) {
      throw new RecordReader.CorruptGzip("corrupt gzip data: " + e.getMessage());
    }
    if (n > 0) {
      count += n;
      if (count > limit) {
        throw new RecordReader.CorruptGzip("decompresses to more than " + (limit >> 20)
            + " MiB: treated as a decompression bomb");
      }
    }
    return n;
  }
}
