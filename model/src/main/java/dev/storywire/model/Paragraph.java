package dev.storywire.model;

import org.jspecify.annotations.Nullable;

/**
 * A block of article text with its role.
 *
 * @param attribution for quotes with a known author, who said it; null otherwise
 */
public record Paragraph(Role role, String text, @Nullable Attribution attribution) {
  public static Paragraph body(String text) {
    return new Paragraph(Role.BODY, text, null);
  }
}
