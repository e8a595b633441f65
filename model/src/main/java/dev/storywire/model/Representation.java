package dev.storywire.model;

import java.util.Map;
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
 */
public record Representation(
    Set<String> anchors, Map<String, Integer> terms, long[] shingles, String contentHash) {

  public Representation {
    anchors = Set.copyOf(anchors);
    terms = Map.copyOf(terms);
  }
}
