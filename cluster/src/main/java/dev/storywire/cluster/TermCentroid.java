package dev.storywire.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sum of a story's member TF-IDF vectors, one per language, bounded in size. Each member's
 * vector is weighted with the IDF of the time it joined (frozen), so that the length of the
 * centroid can be kept up to date incrementally and a comparison costs only the item's terms. It is
 * compared with an item only over the item's languages, so an Arabic member does not dilute a
 * Chinese comparison.
 */
final class TermCentroid {

  /** The heaviest terms of a story carry its topic; the long tail only costs memory. */
  static final int MAX_TERMS_PER_LANGUAGE = 600;

  private final Map<String, Map<String, Double>> byLanguage = new HashMap<>();
  private final Map<String, Double> squaredNorms = new HashMap<>();

  /** Adds one member's weighted terms, then trims each language back to its bound. */
  void add(WeightedTerms terms) {
    terms.forEach(this::addWeight);
    terms.languages().forEach(this::trim);
  }

  /** Adds another story's centroid (the stories merged), then trims each language back to its bound. */
  void add(TermCentroid other) {
    other.byLanguage.values().forEach(terms -> terms.forEach(this::addWeight));
    other.byLanguage.keySet().forEach(this::trim);
  }

  /** Whether any member wrote in one of these languages. */
  boolean coversAny(Set<String> languages) {
    return languages.stream().anyMatch(byLanguage::containsKey);
  }

  /** The cosine between the item's TF-IDF vector and the part of the centroid in its languages. */
  double cosine(WeightedTerms item) {
    double dot = item.dot(byLanguage);
    double norm = item.norm() * norm(item.languages());
    return dot <= 0 || norm == 0 ? 0 : Math.min(1, dot / norm);
  }

  private double norm(Set<String> languages) {
    return Math.sqrt(languages.stream().mapToDouble(l -> squaredNorms.getOrDefault(l, 0.0)).sum());
  }

  private void addWeight(String term, double weight) {
    String language = TermVector.languageOf(term);
    Map<String, Double> terms = byLanguage.computeIfAbsent(language, key -> new HashMap<>());
    double old = terms.getOrDefault(term, 0.0);
    double updated = old + weight;
    terms.put(term, updated);
    squaredNorms.merge(language, updated * updated - old * old, Double::sum);
  }

  /** Keeps the heaviest terms (ties by term) once a language holds twice its bound. */
  private void trim(String language) {
    Map<String, Double> terms = byLanguage.get(language);
    if (terms == null || terms.size() <= 2 * MAX_TERMS_PER_LANGUAGE) {
      return;
    }
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(terms.entrySet());
    sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    sorted.subList(MAX_TERMS_PER_LANGUAGE, sorted.size()).forEach(e -> terms.remove(e.getKey()));
    squaredNorms.put(language, sorted.subList(0, MAX_TERMS_PER_LANGUAGE).stream()
        .mapToDouble(e -> e.getValue() * e.getValue()).sum());
  }
}
