package dev.storywire.analysis.entities;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Immutable lookup tables that iterate in key order. {@code Map.copyOf} iterates in an order
 * that changes from one JVM run to the next; any "first entry wins" over such a map made the
 * analysis of the same page differ between runs, and {@code rebuild} must reproduce it exactly.
 */
public final class Ordered {
  private Ordered() {}

  /** A read-only copy with hash lookups and iteration sorted by key. */
  public static <K extends Comparable<K>, V> Map<K, V> copyOf(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(map)));
  }
}
