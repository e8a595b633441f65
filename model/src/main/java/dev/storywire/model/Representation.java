package dev.storywire.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the clusterer compares, computed once by analysis.
 *
 * @param anchors language-independent evidence, each prefixed with its kind: {@code e:} entity
 *     key, {@code n:} number with unit, {@code d:} day, {@code h:} handle, {@code u:} URL
 * @param terms per-language lexical terms (stemmed, stop words removed), prefixed with the
 *     language ({@code ar:}, {@code zh:}), with counts; title terms are counted with extra weight
 * @param shingles hashes of word shingles of the normalised text, for near-duplicate detection
 * @param contentHash hash of the normalised text, for exact duplicates
 * @param pivot the item's non-English words translated into English through bilingual
 *     dictionaries ("bag of translations"): English stem (stemmed like the {@code en:} terms,
 *     without prefix) to weight, each source word spreading weight 1 over its translations; empty
 *     for English text and for languages without a dictionary
 */
public record Representation(
    Set<String> anchors, Map<String, Integer> terms, long[] shingles, String contentHash, Map<String, Double> pivot) {

  /** A representation without pivot translations. */
  public Representation(Set<String> anchors, Map<String, Integer> terms, long[] shingles, String contentHash) {
    this(anchors, terms, shingles, contentHash, Map.of());
  }

  public Representation {
    // Sorted, so that iteration (and every sum or tie-break over it) is the same in every run;
    // Set.copyOf and Map.copyOf iterate in an order that changes from one JVM run to the next.
    anchors = Collections.unmodifiableSet(new LinkedHashSet<>(new TreeSet<>(anchors)));
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(terms)));
    // Absent in items stored before the pivot existed.
    pivot = pivot == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(pivot)));
  }

  /** Value equality, comparing the shingle array by content (a record compares arrays by identity). */
  @Override
  public boolean equals(Object other) {
    return other instanceof Representation r
        && anchors.equals(r.anchors)
        && terms.equals(r.terms)
        && Arrays.equals(shingles, r.shingles)
        && contentHash.equals(r.contentHash)
        && pivot.equals(r.pivot);
  }

  @Override
  public int hashCode() {
    return Objects.hash(anchors, terms, Arrays.hashCode(shingles), contentHash, pivot);
  }

  @Override
  public String toString() {
    return "Representation[anchors=" + anchors + ", terms=" + terms.size() + ", shingles=" + shingles.length
        + ", contentHash=" + contentHash
        + ", pivot=" + pivot.size() + "]";
  }
}
