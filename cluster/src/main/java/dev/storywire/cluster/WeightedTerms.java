package dev.storywire.cluster;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An item's TF-IDF weights, computed once when the item arrives (frequencies do not change while
 * it is scored), so that comparing it with each candidate story costs only a walk over its terms.
 * The terms are held as parallel arrays in term order, with the runs of one language marked, for
 * the comparisons done for every candidate; members keep theirs, so arrays also keep the live
 * stories small.
 */
final class WeightedTerms {

  private final String[] terms;
  private final double[] values;
  private final double norm;
  private final SortedSet<String> languages;
  /** Start of each run of terms of one language in {@link #terms}, plus {@code terms.length} at the end. */
  private final int[] runStarts;
  private final String[] runLanguages;

  /**
   * @param terms the terms, sorted and distinct (owned from now on)
   * @param values the TF-IDF weight of each term (owned from now on)
   */
  private WeightedTerms(String[] terms, double[] values) {
    this.terms = terms;
    this.values = values;
    this.norm = Math.sqrt(Arrays.stream(values).map(w -> w * w).sum());
    int n = terms.length;
    int[] starts = new int[n + 1];
    String[] langs = new String[n];
    int runs = 0;
    for (int i = 0; i < n; i++) {
      String language = TermVector.languageOf(terms[i]);
      if (runs == 0 || !language.equals(langs[runs - 1])) {
        starts[runs] = i;
        langs[runs++] = language;
      }
    }
    starts[runs] = n;
    runStarts = Arrays.copyOf(starts, runs + 1);
    runLanguages = Arrays.copyOf(langs, runs);
    languages = Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(runLanguages)));
  }

  /** The vector weighted by the IDF of each of its terms, given by position. */
  static WeightedTerms of(TermVector vector, double[] idfs) {
    int n = vector.size();
    String[] terms = new String[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      terms[i] = vector.term(i);
      values[i] = vector.weight(i) * idfs[i];
    }
    return new WeightedTerms(terms, values);
  }

  /** The terms, sorted. */
  List<String> terms() {
    return Collections.unmodifiableList(Arrays.asList(terms));
  }

  /** Calls the action with each term and its weight, in term order. */
  void forEach(TermWeightConsumer action) {
    for (int i = 0; i < terms.length; i++) {
      action.accept(terms[i], values[i]);
    }
  }

  /** Receives a term and its weight. */
  @FunctionalInterface
  interface TermWeightConsumer {
    void accept(String term, double weight);
  }

  /** The number of terms. */
  int size() {
    return terms.length;
  }

  /** The Euclidean length of the weights. */
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
    return terms.length == 0;
  }
}
