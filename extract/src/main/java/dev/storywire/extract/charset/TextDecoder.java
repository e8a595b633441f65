package dev.storywire.extract.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes page bytes to text, trying in order: a byte-order mark, the declared charset hint, an
 * HTML {@code <meta>} declaration near the start, strict UTF-8, and ICU's statistical detector.
 * Thread-safe: holds no mutable state.
 */
public final class TextDecoder {
  /** How far into an HTML page a charset declaration is looked for; the HTML spec prescans 1024, pages are sloppier. */
  static final int META_SCAN_BYTES = 4 * 1024;

  /** ICU confidence (0–100) below which a detected charset is not trusted; lower guesses are mostly noise. */
  static final int MIN_DETECTOR_CONFIDENCE = 30;

  /**
   * Share of undecodable bytes tolerated when a charset was declared and nothing else fits: real
   * pages in legacy encodings carry a few stray bytes.
   */
  static final double MAX_DECLARED_ERROR_SHARE = 0.002;

  /** How much of the input the statistical detector reads: enough text for stable n-gram statistics, bounded cost. */
  static final int DETECTION_SAMPLE_BYTES = 64 * 1024;

  /** Share of symbol, private-use or unassigned characters among non-ASCII ones above which a detection is noise. */
  static final double MAX_ODD_SHARE = 0.05;

  /** Labels whose Java charsets are subsets of what pages labelled so actually contain (WHATWG encoding spec). */
  private static final Map<String, String> LABEL_SUPERSETS = Map.ofEntries(
      Map.entry("big5", "Big5-HKSCS"),
      Map.entry("gb2312", "GB18030"),
      Map.entry("gbk", "GB18030"),
      Map.entry("x-gbk", "GB18030"),
      Map.entry("iso-8859-1", "windows-1252"),
      Map.entry("latin1", "windows-1252"),
      Map.entry("us-ascii", "windows-1252"),
      Map.entry("ascii", "windows-1252"),
      Map.entry("euc-kr", "x-windows-949"),
      Map.entry("ks_c_5601-1987", "x-windows-949"),
      Map.entry("shift_jis", "windows-31j"));

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]{2,40})", Pattern.CASE_INSENSITIVE);

  /** @return the decoded text, or why no charset fits */
  public Decoding decode(byte[] bytes, @Nullable String charsetHint, boolean html) {
    Optional<Boms.Bom> bom = Boms.detect(bytes);
    if (bom.isPresent()) {
      int skip = bom.get().mark().length;
      String text = new String(bytes, skip, bytes.length - skip, bom.get().charset());
      return new Decoding.Decoded(text, bom.get().charset().name(), "charset.bom");
    }
    Optional<Charset> declared = declared(bytes, charsetHint, html);
    if (declared.isPresent()) {
      Optional<Decoding.Decoded> strict = declaredStrict(bytes, declared.get(), charsetHint != null && charset(charsetHint).isPresent());
      if (strict.isPresent()) {
        return strict.get();
      }
    }
    Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoding.Decoded(utf8.get(), "UTF-8", "charset.utf8");
    }
    // A declared charset with a few stray bytes beats a statistical guess.
    Optional<Decoding.Decoded> nearlyDeclared = declared.flatMap(c -> lenient(bytes, c));
    if (nearlyDeclared.isPresent()) {
      return nearlyDeclared.get();
    }
    return detect(bytes)
        .<Decoding>map(d -> d)
        .orElseGet(() -> new Decoding.Undecodable(undecodableDetail(bytes, declared.orElse(null))));
  }

  /**
   * Whether {@link #decode} would return exactly {@code new String(bytes, UTF_8)}: the bytes are
   * valid UTF-8, carry no byte-order mark, and UTF-8 is what the rules choose for them (declared,
   * undeclared, or overriding a legacy label). A caller may then read the bytes as UTF-8 itself
   * ({@link Utf8Reader}) without building the text; false whenever that is not certain, and then
   * {@link #decode} decides.
   */
  public boolean decodesAsUtf8(byte[] bytes, @Nullable String charsetHint, boolean html) {
    if (Boms.detect(bytes).isPresent()) {
      return false;
    }
    Optional<Charset> declared = declared(bytes, charsetHint, html);
    if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
      return nonAsciiUtf8(bytes); // the override of a legacy label; else the declared charset decides
    }
    return Utf8.firstInvalidOffset(bytes) < 0;
  }

  private Optional<Charset> declared(byte[] bytes, @Nullable String hint, boolean html) {
    if (hint != null) {
      Optional<Charset> c = charset(hint);
      if (c.isPresent()) {
        return c;
      }
    }
    return html ? metaCharset(bytes) : Optional.empty();
  }

  private Optional<Decoding.Decoded> declaredStrict(byte[] bytes, Charset charset, boolean fromHint) {
    String rule = fromHint ? "charset.hint" : "charset.meta";
    if (!charset.equals(StandardCharsets.UTF_8) && nonAsciiUtf8(bytes)) {
      // Legacy-encoded text is almost never valid multi-byte UTF-8 by chance: bytes that are were mislabelled
      // (old server defaults, templates copied between sites). GB18030 would otherwise "decode" them silently.
      return strict(bytes, StandardCharsets.UTF_8).map(t -> new Decoding.Decoded(t, "UTF-8", rule + ".utf8-override"));
    }
    return strict(bytes, charset).map(t -> new Decoding.Decoded(t, charset.name(), rule));
  }

  private static boolean nonAsciiUtf8(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return Utf8.firstInvalidOffset(bytes) < 0;
      }
    }
    return false;
  }

  private static Optional<Charset> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    while (m.find()) {
      Optional<Charset> c = charset(m.group(1));
      if (c.isPresent()) {
        // A UTF-16 label inside an ASCII-readable prescan is a lie (HTML spec: treat as UTF-8).
        return c.get().name().startsWith("UTF-16") ? Optional.of(StandardCharsets.UTF_8) : c;
      }
    }
    return Optional.empty();
  }

  /** @return the Java charset for a label, widened to the superset pages actually use, or empty when unknown */
  static Optional<Charset> charset(String label) {
    String l = label.trim().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
    int param = l.indexOf("charset=");
    l = param >= 0 ? l.substring(param + "charset=".length()).split("[;\\s]", 2)[0] : l; // a whole Content-Type
    String name = LABEL_SUPERSETS.getOrDefault(l, l);
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // an illegal charset name is just an unknown label
    }
  }

  private static Optional<String> strict(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      // Most pages: validate in one pass, then let the JDK's own UTF-8 fast path build the string;
      // a reporting CharsetDecoder accepts exactly the same bytes (RFC 3629) on a slower path.
      return Utf8.firstInvalidOffset(bytes) < 0 ? Optional.of(new String(bytes, StandardCharsets.UTF_8)) : Optional.empty();
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static Optional<Decoding.Decoded> lenient(byte[] bytes, Charset charset) {
    String text = decodeReplacing(bytes, charset);
    long errors = text.chars().filter(c -> c == '\uFFFD').count();
    if (errors > bytes.length * MAX_DECLARED_ERROR_SHARE) {
      return Optional.empty();
    }
    return Optional.of(new Decoding.Decoded(text, charset.name(), "charset.declared-lenient"));
  }

  private static String decodeReplacing(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer out = decoder.decode(ByteBuffer.wrap(bytes));
      return out.toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, charset); // cannot happen with REPLACE; the JDK's own replacing decode
    }
  }

  private static Optional<Decoding.Decoded> detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes.length <= DETECTION_SAMPLE_BYTES ? bytes : Arrays.copyOf(bytes, DETECTION_SAMPLE_BYTES));
    for (CharsetMatch match : detector.detectAll()) {
      if (match.getConfidence() < MIN_DETECTOR_CONFIDENCE) {
        break;
      }
      Optional<Charset> c = charset(match.getName());
      Optional<String> text = c.flatMap(cs -> strict(bytes, cs)).filter(TextDecoder::plausible);
      if (text.isPresent()) {
        return Optional.of(new Decoding.Decoded(text.get(), c.get().name(), "charset.detected"));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a detected decoding reads as text: among non-ASCII characters, few are symbols,
   * private-use or unassigned code points. Any byte string "decodes" in a single-byte charset;
   * random bytes come out as a soup of symbols.
   */
  static boolean plausible(String text) {
    int nonAscii = 0;
    int odd = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      if (!readable(c)) {
        odd++;
      }
    }
    return odd <= nonAscii * MAX_ODD_SHARE;
  }

  private static boolean readable(int c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || Character.isWhitespace(c) || c == 0xA0
        || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION || type == Character.FORMAT;
  }

  private static String undecodableDetail(byte[] bytes, @Nullable Charset declared) {
    return "not valid UTF-8 (first invalid sequence at byte offset " + Utf8.firstInvalidOffset(bytes) + ")"
        + (declared == null ? ", no charset declared" : ", not valid " + declared.name() + " either")
        + ", and no charset detected with confidence >= " + MIN_DETECTOR_CONFIDENCE;
  }
}
