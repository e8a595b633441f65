package dev.storywire.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * An item's TF-IDF weights, computed once when the item arrives (frequencies do not change while
 * it is scored), so that comparing it with each candidate story costs only a walk over its terms.
 * The terms are also held as parallel arrays in term order, with the runs of one language marked,
 * for the comparisons done for every candidate.
 */
final class WeightedTerms {

  private final SortedMap<String, Double> weights;
  private final double norm;
  private final SortedSet<String> languages;
  private final String[] terms;
  private final double[] values;
  /** Start of each run of terms of one language in {@link #terms}, plus {@code terms.length} at the end. */
  private final int[] runStarts;
  private final String[] runLanguages;

  /**
   * @param weights term to TF-IDF weight
   * @param norm the Euclidean length of {@code weights}
   * @param languages the languages of the terms
   */
  WeightedTerms(SortedMap<String, Double> weights, double norm, SortedSet<String> languages) {
    this.weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
    this.norm = norm;
    this.languages = Collections.unmodifiableSortedSet(languages);
    int n = this.weights.size();
    terms = new String[n];
    values = new double[n];
    int[] starts = new int[n + 1];
    String[] langs = new String[n];
    int runs = 0;
    int i = 0;
    for (Map.Entry<String, Double> e : this.weights.entrySet()) {
      terms[i] = e.getKey();
      values[i] = e.getValue();
      String language = TermVector.languageOf(e.getKey());
      if (runs == 0 || !language.equals(langs[runs - 1])) {
        starts[runs] = i;
        langs[runs++] = language;
      }
      i++;
    }
    starts[runs] = n;
    runStarts = java.util.Arrays.copyOf(starts, runs + 1);
    runLanguages = java.util.Arrays.copyOf(langs, runs);
  }

  static WeightedTerms of(TermVector vector, DocumentFrequencies frequencies) {
    return of(vector, term -> frequencies.termIdf(term));
  }

  /** The vector weighted by the given IDF of each of its terms. */
  static WeightedTerms of(TermVector vector, ToDoubleFunction<String> idf) {
    TreeMap<String, Double> weights = new TreeMap<>();
    for (Map.Entry<String, Double> e : vector.weights().entrySet()) {
      weights.put(e.getKey(), e.getValue() * idf.applyAsDouble(e.getKey()));
    }
    double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    return new WeightedTerms(weights, norm, vector.languages());
  }

  /** Term to TF-IDF weight, sorted by term. */
  SortedMap<String, Double> weights() {
    return weights;
  }

  /** The Euclidean length of {@link #weights()}. */
  double norm() {
    return norm;
  }

  /** The languages of the terms, sorted. */
  SortedSet<String> languages() {
    return languages;
  }

  /**
   * The dot product with per-language weights ({@code byLanguage}: language to term to weight),
   * adding the products in term order.
   */
  double dot(Map<String, Map<String, Double>> byLanguage) {
    double dot = 0;
    for (int r = 0; r < runLanguages.length; r++) {
      Map<String, Double> theirs = byLanguage.get(runLanguages[r]);
      if (theirs == null) {
        continue;
      }
      for (int i = runStarts[r]; i < runStarts[r + 1]; i++) {
        Double weight = theirs.get(terms[i]);
        if (weight != null) {
          dot += values[i] * weight;
        }
      }
    }
    return dot;
  }

  /** The cosine with another item's weights; 0 when either is empty. */
  double cosine(WeightedTerms other) {
    double dot = 0;
    int j = 0;
    for (int i = 0; i < terms.length && j < other.terms.length; i++) {
      int c = terms[i].compareTo(other.terms[j]);
      while (c > 0 && ++j < other.terms.length) {
        c = terms[i].compareTo(other.terms[j]);
      }
      if (c == 0) {
        dot += values[i] * other.values[j];
      }
    }
    return dot <= 0 ? 0 : Math.min(1, dot / (norm * other.norm));
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }
}
