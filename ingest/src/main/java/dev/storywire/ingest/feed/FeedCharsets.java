package dev.storywire.ingest.feed;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the character encoding of an XML feed as RFC 3023 and the XML spec (appendix F) say, the
 * way Universal Feed Parser applies them: a charset in the HTTP Content-Type wins; {@code text/*}
 * types without one mean US-ASCII; {@code application/*} types defer to the byte-order mark and
 * the XML declaration; UTF-8 otherwise. When the chosen encoding cannot decode the bytes, UTF-8, then
 * the encoding ICU's statistical detector recognises (Big5, Shift_JIS, KOI8-R, ...), then
 * windows-1252 are tried and the result is flagged bozo.
 */
final class FeedCharsets {
  /** The decoded text, the encoding that worked, and why it is bozo (null when it is not). */
  record Decoded(String text, String encoding, @Nullable String bozoReason) {}

  /** How much of the start is searched for the XML declaration. */
  private static final int DECLARATION_SEARCH_CHARS = 1024;

  private static final Pattern XML_DECLARATION_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");

  private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");

  /** Media types that are XML but whose missing charset means US-ASCII (RFC 3023, section 3.1). */
  private static final Pattern TEXT_XML_TYPE = Pattern.compile("text/(xml|xml-external-parsed-entity|[^;\\s]*\\+xml)");

  /**
   * Labels read as a larger superset: GB2312 and GBK documents routinely use GB18030 characters;
   * ISO-8859-1 and US-ASCII documents from Windows carry windows-1252 punctuation in 0x80-0x9F
   * (the "smart quotes" that feedparser calls demoronizing). The reported name stays as declared
   * for the latter because the bytes were labelled so.
   */
  private static final Map<String, String> SUPERSET_LABEL = Map.of(
      "gb2312", "gb18030", "gbk", "gb18030", "x-gbk", "gb18030", "euc-cn", "gb18030");

  private static final Map<String, String> SUPERSET_DECODER = Map.of(
      "iso-8859-1", "windows-1252", "latin-1", "windows-1252", "latin1", "windows-1252");

  /** Tried, in order, when the chosen encoding cannot decode the bytes; the detected one goes between. */
  private static final String FIRST_FALLBACK = "utf-8";

  private static final String LAST_FALLBACK = "windows-1252";

  /**
   * ICU confidence (0-100) from which a detected encoding is used. Detection only runs once the
   * declared or default encoding has failed, so the alternative is the blind windows-1252 guess;
   * single-byte detections of real text (KOI8-R, Hebrew) score from the mid twenties, below that
   * they are noise.
   */
  static final int MIN_DETECTOR_CONFIDENCE = 25;

  /** How much of the document the detector reads; the start of a feed shows its encoding. */
  static final int DETECTION_SAMPLE_BYTES = 64 * 1024;

  /** Detected ISO names read as the Windows supersets their documents nearly always are. */
  private static final Map<String, String> DETECTED_SUPERSET = Map.of(
      "iso-8859-8", "windows-1255", "iso-8859-8-i", "windows-1255", "iso-8859-1", LAST_FALLBACK);

  private FeedCharsets() {}

  static Decoded decode(byte[] bytes, @Nullable String httpContentType) {
    Bom bom = Bom.of(bytes);
    String fromHttp = httpCharset(httpContentType);
    String fromDocument = bom != null ? bom.charset : sniffUnicode(bytes);
    String declared = fromDocument != null ? null : declaredEncoding(bytes);
    String chosen;
    if (fromHttp != null) {
      chosen = fromHttp;
    } else if (isTextXml(httpContentType)) {
      chosen = "us-ascii";
    } else if (fromDocument != null) {
      chosen = fromDocument;
    } else {
      chosen = declared != null ? declared : "utf-8";
    }
    chosen = normalize(chosen);
    int skip = bom != null && bom.charset.equals(chosen) ? bom.length : 0;
    String text = tryDecode(bytes, skip, chosen);
    if (text != null) {
      return new Decoded(stripBom(text), chosen, nonXmlTypeReason(httpContentType));
    }
    return fallback(bytes, chosen);
  }

  private static Decoded fallback(byte[] bytes, String failed) {
    List<String> candidates = new ArrayList<>(List.of(FIRST_FALLBACK));
    String detected = detect(bytes);
    if (detected != null && !candidates.contains(detected)) {
      candidates.add(detected);
    }
    if (!candidates.contains(LAST_FALLBACK)) {
      candidates.add(LAST_FALLBACK);
    }
    candidates.remove(failed);
    for (String candidate : candidates) {
      String text = tryDecode(bytes, 0, candidate);
      if (text != null) {
        return new Decoded(stripBom(text), candidate, "the document is not valid " + failed
            + " as declared; it was read as " + candidate);
      }
    }
    throw new AssertionError("windows-1252 decodes any bytes");
  }

  /** ICU's best guess with markup ignored, when confident enough; lower case, supersets applied. */
  private static @Nullable String detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(true);
    detector.setText(bytes.length <= DETECTION_SAMPLE_BYTES ? bytes
        : java.util.Arrays.copyOf(bytes, DETECTION_SAMPLE_BYTES));
    CharsetMatch match = detector.detect();
    if (match == null || match.getConfidence() < MIN_DETECTOR_CONFIDENCE) {
      return null;
    }
    String name = match.getName().toLowerCase(Locale.ROOT);
    return DETECTED_SUPERSET.getOrDefault(name, name);
  }

  private static @Nullable String nonXmlTypeReason(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    String type = mediaType(contentType);
    boolean xmlish = type.isEmpty() || type.endsWith("/xml") || type.endsWith("+xml") || type.contains("xml-")
        || type.endsWith("/json") || type.endsWith("+json");
    return xmlish ? null : "the server labelled the feed " + type + ", not an XML type";
  }

  /** The charset parameter of a Content-Type, or null. */
  static @Nullable String httpCharset(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET_PARAM.matcher(contentType);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static boolean isTextXml(@Nullable String contentType) {
    return contentType != null && TEXT_XML_TYPE.matcher(mediaType(contentType)).matches();
  }

  private static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    String type = semicolon >= 0 ? contentType.substring(0, semicolon) : contentType;
    return type.strip().toLowerCase(Locale.ROOT);
  }

  /** The encoding named by the XML declaration, read as ASCII (every candidate encoding is a superset). */
  private static @Nullable String declaredEncoding(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_SEARCH_CHARS), StandardCharsets.ISO_8859_1);
    Matcher m = XML_DECLARATION_ENCODING.matcher(head);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** UTF-16 and UTF-32 without a BOM, told apart by how {@code <} is spelled (XML appendix F). */
  private static @Nullable String sniffUnicode(byte[] b) {
    if (b.length < 4) {
      return null;
    }
    if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == '<') {
      return "utf-32be";
    }
    if (b[0] == '<' && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return "utf-32le";
    }
    if (b[0] == 0 && b[1] == '<') {
      return "utf-16be";
    }
    if (b[0] == '<' && b[1] == 0) {
      return "utf-16le";
    }
    return null;
  }

  static String normalize(String label) {
    String lower = label.toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (lower) {
      case "utf8" -> "utf-8";
      case "utf-16", "utf16" -> "utf-16";
      case "ascii", "us-ascii", "ansi-x3.4-1968" -> "us-ascii";
      default -> SUPERSET_LABEL.getOrDefault(lower, lower);
    };
  }

  private static @Nullable String tryDecode(byte[] bytes, int offset, String label) {
    Charset charset = charset(SUPERSET_DECODER.getOrDefault(label, label));
    if (charset == null) {
      return null;
    }
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return label.equals("windows-1252") ? lenientWindows1252(bytes, offset) : null;
    }
  }

  /** windows-1252 leaves five bytes unmapped; like browsers, read them as the C1 controls. */
  private static String lenientWindows1252(byte[] bytes, int offset) {
    return new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1).chars()
        .map(c -> c >= 0x80 && c <= 0x9f ? windows1252(c) : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static int windows1252(int c) {
    String s = new String(new byte[] {(byte) c}, Charset.forName("windows-1252"));
    return s.charAt(0) == '\uFFFD' ? c : s.charAt(0);
  }

  private static @Nullable Charset charset(String label) {
    try {
      return Charset.isSupported(label) ? Charset.forName(label) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /** A byte-order mark and the encoding it names. */
  private record Bom(String charset, int length) {
    static @Nullable Bom of(byte[] b) {
      if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
        return new Bom("utf-32be", 4);
      }
      if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
        return new Bom("utf-32le", 4);
      }
      if (starts(b, 0xEF, 0xBB, 0xBF)) {
        return new Bom("utf-8", 3);
      }
      if (starts(b, 0xFE, 0xFF)) {
        return new Bom("utf-16be", 2);
      }
      if (starts(b, 0xFF, 0xFE)) {
        return new Bom("utf-16le", 2);
      }
      return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
      if (b.length < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if ((b[i] & 0xFF) != prefix[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
