package dev.storywire.ingest.fetch;

import dev.storywire.ingest.Bytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Undoes the {@code Content-Encoding} of a response body (gzip, deflate, br; several in a row),
 * never producing more than the size limit: a few kilobytes of gzip can expand to gigabytes.
 */
final class ContentDecoding {
  private ContentDecoding() {}

  /** A body that is larger than the limit once decoded. */
  static final class TooLarge extends IOException {
    TooLarge(String message) {
      super(message, null);
    }
  }

  /** A coding we do not know; the body cannot be read. */
  static final class UnknownCoding extends IOException {
    UnknownCoding(String coding) {
      super("the server used the content coding '" + coding + "', which we did not ask for");
    }
  }

  /**
   * @param contentEncoding the header's value, null or empty for none
   * @throws TooLarge when the decoded body exceeds {@code limit}
   * @throws IOException when the body is not valid in its coding
   */
  static byte[] decode(byte[] body, @Nullable String contentEncoding, long limit) throws IOException {
    List<String> codings = codings(contentEncoding);
    byte[] current = body;
    for (int i = codings.size() - 1; i >= 0; i--) {
      current = decodeOne(current, codings.get(i), limit);
    }
    return current;
  }

  private static List<String> codings(@Nullable String header) {
    List<String> codings = new ArrayList<>();
    if (header == null) {
      return codings;
    }
    for (String part : header.split(",")) {
      String coding = part.trim().toLowerCase(Locale.ROOT);
      if (!coding.isEmpty() && !coding.equals("identity")) {
        codings.add(coding);
      }
    }
    return codings;
  }

  private static byte[] decodeOne(byte[] body, String coding, long limit) throws IOException {
    return switch (coding) {
      case "gzip", "x-gzip" -> readBounded(new GZIPInputStream(new ByteArrayInputStream(body), 8192), limit);
      case "br" -> readBounded(new BrotliInputStream(new ByteArrayInputStream(body)), limit);
      case "deflate" -> inflate(body, limit);
      default -> throw new UnknownCoding(coding);
    };
  }

  /**
   * "deflate" is meant to be zlib-wrapped (RFC 9110 §8.4.1.2) but some servers send raw DEFLATE;
   * the zlib header's first byte tells them apart.
   */
  private static byte[] inflate(byte[] body, long limit) throws IOException {
    boolean zlib = body.length >= 2 && (body[0] & 0x0f) == 8 && ((body[0] & 0xff) << 8 | (body[1] & 0xff)) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    try {
      return readBounded(new InflaterInputStream(new ByteArrayInputStream(body), inflater), limit);
    } finally {
      inflater.end();
    }
  }

  static byte[] readBounded(InputStream in, long limit) throws IOException {
    try (in) {
      byte[] bytes = Bytes.readAtMost(in, limit);
      if (bytes == null) {
        throw new TooLarge("the response is larger than " + (limit >> 20) + " MiB once decompressed");
      }
      return bytes;
    }
  }
}
