package dev.storywire.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the two encoding accidents feeds carry most, in text already decoded, as browsers and
 * Universal Feed Parser do:
 *
 * <ul>
 *   <li>UTF-8 decoded once too often ("double-encoded"): text made only of Latin-1 characters whose
 *       bytes are well-formed multi-byte UTF-8 ({@code â€¦} for {@code …}) is decoded again. Genuine
 *       Latin-1 text practically never forms such sequences (a letter such as {@code Ã} followed
 *       by a C1 control or a {@code ©}-like symbol), so the rule is safe on real prose.
 *   <li>windows-1252 punctuation in C1 clothing: the controls U+0080-U+009F, never meant in a feed
 *       and what windows-1252 quotes and dashes become when the document is labelled ISO-8859-1 or
 *       the publisher wrote {@code &#146;}, are read as the windows-1252 characters (the HTML
 *       standard's rule for character references).
 * </ul>
 */
final class TextRepair {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The C1 control range that windows-1252 fills with punctuation. */
  private static final char C1_FIRST = '\u0080';

  private static final char C1_LAST = '\u009F';

  /** The last character whose Latin-1 byte is itself. */
  private static final char LATIN1_LAST = '\u00FF';

  /** A numeric character reference, decimal or hex with either case of {@code x}. */
  private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:([0-9]{1,7})|([xX])([0-9a-fA-F]{1,6}));");

  private TextRepair() {}

  /** The text with double-encoded UTF-8 decoded and C1 controls read as windows-1252. */
  static String repair(String text) {
    if (!hasNonAscii(text)) {
      return text;
    }
    return windows1252Controls(undoubleUtf8(text));
  }

  /**
   * Character references in HTML written the way XHTML requires (lower-case {@code x}) and C1
   * references ({@code &#146;}) pointing at the windows-1252 character they meant
   * ({@code &#x2019;}).
   */
  static String normalizeCharacterReferences(String html) {
    if (html.indexOf("&#") < 0) {
      return html;
    }
    Matcher m = CHARACTER_REFERENCE.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    while (m.find()) {
      int codePoint = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(3), 16);
      String replacement;
      if (codePoint >= C1_FIRST && codePoint <= C1_LAST && windows1252(codePoint) != codePoint) {
        replacement = "&#x" + Integer.toHexString(windows1252(codePoint)) + ";";
      } else if (m.group(2) != null) {
        replacement = "&#x" + m.group(3) + ";";
      } else {
        replacement = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean hasNonAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= C1_FIRST) {
        return true;
      }
    }
    return false;
  }

  /** The text decoded again as UTF-8 when all of it is Latin-1 and its bytes are valid UTF-8; else as given. */
  private static String undoubleUtf8(String text) {
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > LATIN1_LAST) {
        return text;
      }
      bytes[i] = (byte) c;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return text;
    }
  }

  private static String windows1252Controls(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= C1_FIRST && c <= C1_LAST) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append((char) windows1252(c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** The windows-1252 character for a C1 byte; the byte itself for the five windows-1252 leaves undefined. */
  private static int windows1252(int c) {
    String s = new String(new byte[] {(byte) c}, WINDOWS_1252);
    return s.charAt(0) == '\uFFFD' ? c : s.charAt(0);
  }
}
