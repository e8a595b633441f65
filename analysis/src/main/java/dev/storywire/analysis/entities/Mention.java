package dev.storywire.analysis.entities;

import dev.storywire.model.EntityType;

/**
 * One occurrence of a name in a text.
 *
 * @param text the surface form as written
 * @param key its cross-script key ({@link NameKey})
 * @param type what it names, {@link EntityType#OTHER} when unsure
 * @param start offset of the first character in the text it was found in
 * @param end offset after the last character
 */
public record Mention(String text, String key, EntityType type, int start, int end) {

  /** A mention keyed from {@code name} (the name in Latin script, or as written). */
  public static Mention of(String text, String name, EntityType type, int start, int end) {
    return new Mention(text, NameKey.of(name, type), type, start, end);
  }
}
