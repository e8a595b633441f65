package dev.storywire.cluster;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An item's terms as sublinear term frequencies ({@code 1 + ln count}), L2-normalised, sorted by
 * term; {@link WeightedTerms} applies IDF. Held as parallel arrays: a profile is built for every
 * item, and sorted arrays cost a fraction of a sorted map.
 */
final class TermVector {

  private final String[] terms;
  private final double[] weights;

  /** {@code terms} sorted, distinct, {@code weights} parallel to them; both owned by the vector. */
  private TermVector(String[] terms, double[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  /**
   * Sublinear term frequencies, normalised, of terms already sorted and distinct, with their
   * positive counts (both arrays are owned by the vector from now on).
   */
  static TermVector ofSortedCounts(String[] terms, int[] counts) {
    double[] tf = new double[counts.length];
    for (int i = 0; i < tf.length; i++) {
      tf[i] = 1 + Math.log(counts[i]);
    }
    double norm = Math.sqrt(Arrays.stream(tf).map(w -> w * w).sum());
    for (int i = 0; i < tf.length; i++) {
      tf[i] = tf[i] / norm;
    }
    return new TermVector(terms, tf);
  }

  /** The vector of terms already sorted and distinct, with their weights as they are (arrays owned from now on). */
  static TermVector ofSorted(String[] terms, double[] weights) {
    return new TermVector(terms, weights);
  }

  /** The language of a term: the prefix before its first colon, or "" when it has none. */
  static String languageOf(String term) {
    int colon = term.indexOf(':');
    return colon < 0 ? "" : term.substring(0, colon);
  }

  /** The terms, sorted. */
  List<String> terms() {
    return Collections.unmodifiableList(Arrays.asList(terms));
  }

  /** The term at a position of {@link #terms()}. */
  String term(int i) {
    return terms[i];
  }

  /** The weight of the term at a position of {@link #terms()}. */
  double weight(int i) {
    return weights[i];
  }

  boolean isEmpty() {
    return terms.length == 0;
  }

  int size() {
    return terms.length;
  }
}
