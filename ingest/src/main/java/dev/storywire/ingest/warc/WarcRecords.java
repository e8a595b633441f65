package dev.storywire.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.WarcDigest;

/**
 * Writes single WARC/1.1 records, each one standalone gzip member (as crawlers write {@code
 * .warc.gz} files, so records can be concatenated and read back one at a time).
 *
 * <p>Output is reproducible: the same arguments give the same bytes. The WARC-Record-ID is a
 * name-based UUID of the record type, target, date and block digest, so re-exporting a capture
 * gives it the same id.
 */
public final class WarcRecords {
  /** Extension WARC fields carrying feed-entry hints. */
  public static final String TITLE = "Storywire-Title";
  public static final String PUBLISHED = "Storywire-Published";
  public static final String OUTLET = "Storywire-Outlet";
  /** URL of the feed the entry came from. */
  public static final String FEED = "Storywire-Feed";

  static final String WARC_VERSION = "WARC/1.1";
  static final String HTTP_RESPONSE_TYPE = "application/http;msgtype=response";
  private static final String CRLF = "\r\n";

  /** HTTP fields that describe the bytes as sent, not the decoded body written here. */
  private static final Set<String> ENCODING_FIELDS = Set.of("content-encoding", "transfer-encoding", "content-length");

  /** Reason phrases for the statuses a news crawl meets; others get none (RFC 9112 allows an empty one). */
  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(200, "OK"), Map.entry(203, "Non-Authoritative Information"), Map.entry(204, "No Content"),
      Map.entry(206, "Partial Content"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
      Map.entry(303, "See Other"), Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
      Map.entry(308, "Permanent Redirect"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
      Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
      Map.entry(503, "Service Unavailable"));

  private WarcRecords() {}

  /**
   * One standalone gzip-compressed WARC/1.1 response record: HTTP/1.1 status line, headers, body.
   * The body is given decoded (no content/transfer encoding); the writer drops Content-Encoding,
   * Transfer-Encoding and Content-Length from {@code httpHeaders} and writes a correct
   * Content-Length. {@code extensionFields} are written as WARC header fields (null values skipped).
   * HTTP fields whose name is not a token are dropped; line breaks inside values become spaces.
   */
  public static byte[] response(URI target, Instant date, int status, List<Map.Entry<String, String>> httpHeaders,
      byte[] body, Map<String, @Nullable String> extensionFields) {
    byte[] head = httpHead(status, httpHeaders, body.length).getBytes(StandardCharsets.UTF_8);
    byte[] block = concat(head, body);
    return gzip(record("response", target, date, HTTP_RESPONSE_TYPE, block, sha1(body), extensionFields));
  }

  /**
   * One standalone gzip-compressed WARC/1.1 resource record (content that was not an HTTP
   * response, e.g. a feed entry's full HTML content).
   */
  public static byte[] resource(URI target, Instant date, String contentType, byte[] body,
      Map<String, @Nullable String> extensionFields) {
    return gzip(record("resource", target, date, contentType, body, sha1(body), extensionFields));
  }

  /** A warcinfo record naming the software and format, for the start of a WARC file. */
  public static byte[] warcinfo(Instant date, String filename, Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach((name, value) -> body.append(name).append(": ").append(oneLine(value)).append(CRLF));
    byte[] block = body.toString().getBytes(StandardCharsets.UTF_8);
    StringBuilder header = new StringBuilder(WARC_VERSION).append(CRLF);
    field(header, "WARC-Type", "warcinfo");
    field(header, "WARC-Record-ID", recordId("warcinfo", filename, date, sha1(block)));
    field(header, "WARC-Date", warcDate(date));
    field(header, "WARC-Filename", filename);
    field(header, "Content-Type", "application/warc-fields");
    field(header, "WARC-Block-Digest", sha1(block));
    return gzip(withBlock(header, block));
  }

  /** Gzips one serialised record as its own gzip member. */
  public static byte[] gzip(byte[] record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(record.length / 3 + 64);
    try (OutputStream gz = new GZIPOutputStream(out, 8192)) {
      gz.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory gzip cannot fail", e);
    }
    return out.toByteArray();
  }

  private static byte[] record(String type, URI target, Instant date, String contentType, byte[] block,
      String payloadDigest, Map<String, @Nullable String> extensionFields) {
    String blockDigest = sha1(block);
    StringBuilder header = new StringBuilder(WARC_VERSION).append(CRLF);
    field(header, "WARC-Type", type);
    field(header, "WARC-Record-ID", recordId(type, target.toString(), date, blockDigest));
    field(header, "WARC-Date", warcDate(date));
    field(header, "WARC-Target-URI", target.toString());
    field(header, "Content-Type", contentType);
    field(header, "WARC-Payload-Digest", payloadDigest);
    field(header, "WARC-Block-Digest", blockDigest);
    extensionFields.forEach((name, value) -> {
      if (value != null) {
        field(header, requireToken(name), value);
      }
    });
    return withBlock(header, block);
  }

  private static byte[] withBlock(StringBuilder header, byte[] block) {
    field(header, "Content-Length", Long.toString(block.length));
    header.append(CRLF);
    byte[] head = header.toString().getBytes(StandardCharsets.UTF_8);
    return concat(head, block, (CRLF + CRLF).getBytes(StandardCharsets.US_ASCII));
  }

  private static String httpHead(int status, List<Map.Entry<String, String>> headers, int bodyLength) {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ')
        .append(REASONS.getOrDefault(status, "")).append(CRLF);
    for (Map.Entry<String, String> header : headers) {
      String name = header.getKey();
      if (isToken(name) && !ENCODING_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
        field(head, name, header.getValue());
      }
    }
    field(head, "Content-Length", Integer.toString(bodyLength));
    return head.append(CRLF).toString();
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append(name).append(": ").append(oneLine(value)).append(CRLF);
  }

  /** A field value may not break the header: folded and stray line breaks become spaces. */
  private static String oneLine(String value) {
    return value.replaceAll("[\\r\\n]+[ \\t]*", " ").strip();
  }

  /** WARC/1.1 allows fractional seconds; ISO_INSTANT writes them only when present. */
  static String warcDate(Instant date) {
    return DateTimeFormatter.ISO_INSTANT.format(date);
  }

  private static String recordId(String type, String target, Instant date, String blockDigest) {
    String name = type + "\n" + target + "\n" + warcDate(date) + "\n" + blockDigest;
    return "<urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + ">";
  }

  /** The customary WARC digest: SHA-1 in base32, prefixed by its algorithm. */
  static String sha1(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(bytes);
      return "sha1:" + new WarcDigest("sha1", digest).base32();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by every JDK", e);
    }
  }

  private static String requireToken(String name) {
    if (!isToken(name)) {
      throw new IllegalArgumentException("not a WARC field name: '" + name + "'");
    }
    return name;
  }

  /** An RFC 9110 token: the characters a field name may have. */
  static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] concat(byte[]... parts) {
    List<byte[]> list = new ArrayList<>(List.of(parts));
    int length = list.stream().mapToInt(p -> p.length).sum();
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] part : list) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }
}
