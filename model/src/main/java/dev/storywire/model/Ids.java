package dev.storywire.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Derives stable ids from content, so that {@code rebuild} reproduces every id exactly.
 *
 * <p>Item ids depend only on the archived bytes and the item's position inside its document, never
 * on time or ingest order; a story takes the id of the item that founded it.
 */
public final class Ids {
  private static final int ID_HEX_CHARS = 16;

  private Ids() {}

  /** Full SHA-256 of the bytes, lower-case hex. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** The id of the {@code index}-th item (0 = the article, 1.. = flash items) of a document. */
  public static String item(String documentKey, int index) {
    byte[] hash = digest().digest((documentKey + "/" + index).getBytes(StandardCharsets.UTF_8));
    return "i" + HexFormat.of().formatHex(hash).substring(0, ID_HEX_CHARS);
  }

  /** The id of a story founded by the given item. */
  public static String story(String founderItemId) {
    return "s" + founderItemId.substring(1);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
