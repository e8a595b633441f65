package dev.storywire.cluster;

import dev.storywire.model.Entity;
import dev.storywire.model.Item;
import dev.storywire.model.Representation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link ItemProfile}s: caps anchors and terms so that bad input (ten thousand anchors, the
 * same word a million times) costs no more than a long article.
 */
final class ItemProfiler {

  /** A long article has a few hundred distinct words (more as Chinese bigrams); the tail adds cost, not signal. */
  static final int MAX_TERMS_PER_ITEM = 512;

  /** Longer "terms" are unsegmented runs (URLs, base64, a script with no spaces), not words. */
  static final int MAX_TERM_CHARS = 64;

  /** Rare terms looked up in the term index per item; a few rare words find a same-language story. */
  static final int MAX_QUERY_TERMS = 8;

  /** Terms under which a member's story is indexed. */
  static final int MAX_INDEX_TERMS = 16;

  /** The prefix of English pivot terms, apart from every language's own terms. */
  static final String PIVOT_PREFIX = "p:";

  /** The language whose terms are pivot terms as they are. */
  static final String PIVOT_LANGUAGE = "en";

  /**
   * Pivot terms kept per item, the heaviest by TF-IDF: a translated article spreads each word over
   * a few English words, so its pivot vector is wider than its text, but its tail is noise.
   */
  static final int MAX_PIVOT_TERMS = 256;

  /** Rare pivot terms looked up per item, so that a report finds a story in another language by its words. */
  static final int MAX_PIVOT_QUERY_TERMS = 4;

  /** Pivot terms under which a member's story is indexed. */
  static final int MAX_PIVOT_INDEX_TERMS = 8;

  private final ClusterConfig config;

  ItemProfiler(ClusterConfig config) {
    this.config = config;
  }

  /** The profile of an item at the given time, given the frequencies before the item is counted. */
  ItemProfile profile(Item item, Instant time, DocumentFrequencies frequencies) {
    Representation rep = item.representation();
    List<Anchor> anchors = anchors(rep, frequencies);
    List<Scored> scored = salientTerms(rep, frequencies);
    List<Map.Entry<String, Integer>> salient = scored.stream().map(Scored::term).toList();
    Map<String, Integer> seen = new HashMap<>();
    scored.forEach(s -> seen.put(s.term().getKey(), s.df()));
    TermVector terms = TermVector.ofCounts(toMap(salient));
    List<Map.Entry<String, Double>> pivot = pivotTerms(rep, frequencies);
    List<String> query = new ArrayList<>(queryTerms(salient, seen));
    pivot.stream().map(Map.Entry::getKey).filter(term -> frequencies.termFrequency(term) > 0)
        .limit(MAX_PIVOT_QUERY_TERMS).forEach(query::add);
    List<String> index = new ArrayList<>(salient.stream().limit(MAX_INDEX_TERMS).map(Map.Entry::getKey).toList());
    pivot.stream().limit(MAX_PIVOT_INDEX_TERMS).map(Map.Entry::getKey).forEach(index::add);
    return new ItemProfile(
        item,
        time,
        anchors,
        terms,
        WeightedTerms.of(terms, term -> frequencies.idfOfFrequency(seen.get(term))),
        WeightedTerms.of(normalized(pivot), frequencies),
        query,
        index,
        hasText(item, rep) ? rep.contentHash() : null,
        MinHasher.signature(rep.shingles()),
        entityLabels(item));
  }

  /** The first non-blank surface form of each entity key, keys lower-cased. */
  private static Map<String, String> entityLabels(Item item) {
    Map<String, String> labels = new HashMap<>();
    for (Entity entity : item.entities()) {
      if (!entity.text().isBlank()) {
        labels.putIfAbsent(entity.key().toLowerCase(Locale.ROOT), entity.text());
      }
    }
    return labels;
  }

  private List<Anchor> anchors(Representation rep, DocumentFrequencies frequencies) {
    return rep.anchors().stream()
        .map(Anchor::parse)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing((Anchor a) -> !a.kind().strong())
            .thenComparingLong(a -> seenRarestFirst(frequencies.anchorFrequency(a.key())))
            .thenComparing(Anchor::key))
        .limit(config.maxAnchorsPerItem())
        .toList();
  }

  /**
   * Orders anchors seen before by rarity, and unseen ones after them: an anchor no report carried
   * cannot match any story, while a rare seen one is the best evidence there is.
   */
  private static long seenRarestFirst(int df) {
    return df == 0 ? Long.MAX_VALUE : df;
  }

  /**
   * Terms by TF-IDF, heaviest first, ties by term; at most {@link #MAX_TERMS_PER_ITEM}. Each term's
   * TF-IDF is computed once, not at every comparison of the sort.
   */
  private static List<Scored> salientTerms(Representation rep, DocumentFrequencies frequencies) {
    return rep.terms().entrySet().stream()
        .filter(e -> e.getValue() > 0 && !e.getKey().isBlank() && e.getKey().length() <= MAX_TERM_CHARS)
        .map(e -> scored(e, frequencies))
        .sorted(Comparator.comparingDouble((Scored s) -> -s.tfIdf()).thenComparing(s -> s.term().getKey()))
        .limit(MAX_TERMS_PER_ITEM)
        .toList();
  }

  /**
   * The English pivot terms ({@link #PIVOT_PREFIX} + stem) by TF-IDF, heaviest first, ties by
   * term, at most {@link #MAX_PIVOT_TERMS}: the item's English terms by their counts and the
   * dictionary translations of its other words by their spread weights, both as {@code ln(1 +
   * weight)}.
   */
  private static List<Map.Entry<String, Double>> pivotTerms(Representation rep, DocumentFrequencies frequencies) {
    Map<String, Double> weights = new HashMap<>();
    String english = PIVOT_LANGUAGE + ":";
    rep.terms().forEach((term, count) -> {
      if (count > 0 && term.startsWith(english) && term.length() - english.length() <= MAX_TERM_CHARS) {
        weights.merge(PIVOT_PREFIX + term.substring(english.length()), (double) count, Double::sum);
      }
    });
    rep.pivot().forEach((stem, weight) -> {
      if (weight > 0 && !stem.isBlank() && stem.length() <= MAX_TERM_CHARS) {
        weights.merge(PIVOT_PREFIX + stem, weight, Double::sum);
      }
    });
    return weights.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), Math.log1p(e.getValue())))
        .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue() * frequencies.termIdf(e.getKey()))
            .thenComparing(Map.Entry::getKey))
        .limit(MAX_PIVOT_TERMS)
        .toList();
  }

  /** The weights as a unit vector. */
  private static TermVector normalized(List<Map.Entry<String, Double>> weights) {
    double norm = Math.sqrt(weights.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
    Map<String, Double> out = new HashMap<>();
    weights.forEach(e -> out.put(e.getKey(), e.getValue() / norm));
    return new TermVector(new java.util.TreeMap<>(out));
  }

  /** A term with its document frequency (looked up once) and TF-IDF. */
  private record Scored(Map.Entry<String, Integer> term, int df, double tfIdf) {}

  private static Scored scored(Map.Entry<String, Integer> term, DocumentFrequencies frequencies) {
    int df = frequencies.termFrequency(term.getKey());
    return new Scored(term, df, (1 + Math.log(term.getValue())) * frequencies.idfOfFrequency(df));
  }

  /** The most salient terms that some earlier report carried (an unseen term finds nothing). */
  private static List<String> queryTerms(List<Map.Entry<String, Integer>> salient, Map<String, Integer> frequency) {
    return salient.stream()
        .map(Map.Entry::getKey)
        .filter(term -> frequency.get(term) > 0)
        .limit(MAX_QUERY_TERMS)
        .toList();
  }

  private static Map<String, Integer> toMap(List<Map.Entry<String, Integer>> entries) {
    Map<String, Integer> map = new LinkedHashMap<>();
    entries.forEach(e -> map.put(e.getKey(), e.getValue()));
    return map;
  }

  /** An item without text has nothing to copy: two empty items are not duplicates of each other. */
  private static boolean hasText(Item item, Representation rep) {
    return !rep.contentHash().isBlank() && (!item.text().isBlank() || rep.shingles().length > 0);
  }
}
