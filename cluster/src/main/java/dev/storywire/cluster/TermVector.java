package dev.storywire.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An item's terms as sublinear term frequencies ({@code 1 + ln count}), L2-normalised, sorted by
 * term; {@link WeightedTerms} applies IDF.
 */
record TermVector(SortedMap<String, Double> weights) {

  TermVector {
    weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
  }

  /** Normalises raw counts into a vector; zero or negative counts are dropped. */
  static TermVector ofCounts(Map<String, Integer> counts) {
    TreeMap<String, Double> tf = new TreeMap<>();
    counts.forEach((term, count) -> {
      if (count > 0) {
        tf.put(term, 1 + Math.log(count));
      }
    });
    double norm = Math.sqrt(tf.values().stream().mapToDouble(w -> w * w).sum());
    tf.replaceAll((term, w) -> w / norm);
    return new TermVector(tf);
  }

  /** The language of a term: the prefix before its first colon, or "" when it has none. */
  static String languageOf(String term) {
    int colon = term.indexOf(':');
    return colon < 0 ? "" : term.substring(0, colon);
  }

  /** The languages of the terms, sorted. */
  SortedSet<String> languages() {
    TreeSet<String> languages = new TreeSet<>();
    weights.keySet().forEach(term -> languages.add(languageOf(term)));
    return languages;
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  int size() {
    return weights.size();
  }
}
