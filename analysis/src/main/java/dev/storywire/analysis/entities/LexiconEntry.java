package dev.storywire.analysis.entities;

import dev.storywire.model.EntityType;

/**
 * A known name: its English (Latin-script) form and what it names.
 *
 * @param name the name in Latin script ({@code Memphis}, {@code Elon Musk})
 * @param type what it names, from the dictionary gloss or the source of the list
 */
public record LexiconEntry(String name, EntityType type) {

  /** @return the cross-script key of the name */
  public String key() {
    return NameKey.of(name, type);
  }
}
