package dev.storywire.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** Reading a stream into memory without ever holding more than a limit. */
public final class Bytes {
  private static final int BUFFER_BYTES = 64 * 1024;

  private Bytes() {}

  /**
   * Reads the stream to its end.
   *
   * @return the bytes, or null as soon as there are more than {@code limit} (reading stops there)
   */
  public static byte @Nullable [] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER_BYTES];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
