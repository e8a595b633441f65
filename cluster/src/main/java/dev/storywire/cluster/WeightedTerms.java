package dev.storywire.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * An item's TF-IDF weights, computed once when the item arrives (frequencies do not change while
 * it is scored), so that comparing it with each candidate story costs only a walk over its terms.
 *
 * @param weights term to TF-IDF weight, sorted by term
 * @param norm the Euclidean length of {@code weights}
 * @param languages the languages of the terms, sorted
 */
record WeightedTerms(SortedMap<String, Double> weights, double norm, SortedSet<String> languages) {

  WeightedTerms {
    weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
    languages = Collections.unmodifiableSortedSet(languages);
  }

  static WeightedTerms of(TermVector vector, DocumentFrequencies frequencies) {
    TreeMap<String, Double> weights = new TreeMap<>();
    for (Map.Entry<String, Double> e : vector.weights().entrySet()) {
      weights.put(e.getKey(), e.getValue() * frequencies.termIdf(e.getKey()));
    }
    double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    return new WeightedTerms(weights, norm, vector.languages());
  }

  /** The cosine with another item's weights; 0 when either is empty. */
  double cosine(WeightedTerms other) {
    double dot = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      Double theirs = other.weights.get(e.getKey());
      dot += theirs == null ? 0 : e.getValue() * theirs;
    }
    return dot <= 0 ? 0 : Math.min(1, dot / (norm * other.norm));
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }
}
