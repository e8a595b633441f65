package dev.storywire.analysis.entities;

import dev.storywire.model.Entity;
import dev.storywire.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of one item: mentions grouped by key, in order of first mention, counted. A key
 * seen with a definite type (person, organisation, place) takes it over {@link EntityType#OTHER}.
 * Not thread-safe; one per item.
 */
public final class EntityTable {
  private final Map<String, Entry> byKey = new LinkedHashMap<>();

  private static final class Entry {
    final String text;
    EntityType type;
    int count;

    Entry(String text, EntityType type) {
      this.text = text;
      this.type = type;
    }
  }

  /** Adds one mention; mentions with an empty key are ignored. */
  public void add(Mention mention) {
    if (mention.key().isEmpty()) {
      return;
    }
    Entry entry = byKey.computeIfAbsent(mention.key(), k -> new Entry(mention.text(), mention.type()));
    entry.count++;
    if (entry.type == EntityType.OTHER) {
      entry.type = mention.type();
    }
  }

  /** Adds every mention. */
  public void addAll(List<Mention> mentions) {
    mentions.forEach(this::add);
  }

  /** @return the entities, in order of first mention */
  public List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    byKey.forEach((key, e) -> out.add(new Entity(e.text, key, e.type, e.count)));
    return out;
  }
}
