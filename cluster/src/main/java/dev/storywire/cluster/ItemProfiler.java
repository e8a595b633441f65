package dev.storywire.cluster;

import dev.storywire.model.Entity;
import dev.storywire.model.Item;
import dev.storywire.model.Representation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  /**
   * What the profile takes from the item alone; pure and safe on any thread.
   *
   * @param time when the item is clustered at ({@link ItemTime#of})
   */
  static PreparedItem prepare(Item item, Instant time) {
    Representation rep = item.representation();
    List<Anchor> anchors = new ArrayList<>(rep.anchors().size());
    for (String text : rep.anchors()) {
      Anchor.parse(text).ifPresent(anchors::add);
    }
    List<Map.Entry<String, Integer>> terms = new ArrayList<>(rep.terms().size());
    for (Map.Entry<String, Integer> e : rep.terms().entrySet()) {
      if (e.getValue() > 0 && !e.getKey().isBlank() && e.getKey().length() <= MAX_TERM_CHARS) {
        terms.add(e);
      }
    }
    Map<String, Double> pivot = pivotWeights(rep);
    String[] pivotTerms = new String[pivot.size()];
    double[] pivotWeights = new double[pivot.size()];
    int n = 0;
    for (Map.Entry<String, Double> e : pivot.entrySet()) {
      pivotTerms[n] = e.getKey();
      pivotWeights[n++] = Math.log1p(e.getValue());
    }
    return new PreparedItem(item, time, anchors, terms, pivotTerms, pivotWeights,
        hasText(item, rep) ? rep.contentHash() : null, MinHasher.signature(rep.shingles()), entityLabels(item));
  }

  /** The profile of an item at the given time, given the frequencies before the item is counted. */
  ItemProfile profile(Item item, Instant time, DocumentFrequencies frequencies) {
    return profile(prepare(item, time), frequencies);
  }

  /** The profile of a prepared item, given the frequencies before the item is counted. */
  ItemProfile profile(PreparedItem prepared, DocumentFrequencies frequencies) {
    List<Anchor> anchors = anchors(prepared.anchors, frequencies);
    List<Scored> scored = salientTerms(prepared.terms, frequencies);
    List<Map.Entry<String, Integer>> salient = scored.stream().map(Scored::term).toList();
    Map<String, Integer> seen = new HashMap<>();
    scored.forEach(s -> seen.put(s.term().getKey(), s.df()));
    TermVector terms = TermVector.ofCounts(salient);
    Map<String, Double> pivotIdf = new HashMap<>();
    List<Map.Entry<String, Double>> pivot = pivotTerms(prepared, frequencies, pivotIdf);
    List<String> query = new ArrayList<>(queryTerms(salient, seen));
    pivot.stream().map(Map.Entry::getKey).filter(term -> frequencies.termFrequency(term) > 0)
        .limit(MAX_PIVOT_QUERY_TERMS).forEach(query::add);
    List<String> index = new ArrayList<>(salient.stream().limit(MAX_INDEX_TERMS).map(Map.Entry::getKey).toList());
    pivot.stream().limit(MAX_PIVOT_INDEX_TERMS).map(Map.Entry::getKey).forEach(index::add);
    return new ItemProfile(
        prepared.item,
        prepared.time,
        anchors,
        terms,
        WeightedTerms.of(terms, term -> frequencies.idfOfFrequency(seen.get(term))),
        WeightedTerms.of(normalized(pivot), pivotIdf::get),
        query,
        index,
        prepared.contentHash,
        prepared.signature,
        prepared.entityLabels);
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

  private List<Anchor> anchors(List<Anchor> parsed, DocumentFrequencies frequencies) {
    List<RankedAnchor> ranked = new ArrayList<>(parsed.size());
    for (Anchor anchor : parsed) {
      ranked.add(new RankedAnchor(anchor, seenRarestFirst(frequencies.anchorFrequency(anchor.key()))));
    }
    ranked.sort(ItemProfiler::anchorOrder);
    List<Anchor> kept = new ArrayList<>(Math.min(ranked.size(), config.maxAnchorsPerItem()));
    for (int i = 0; i < ranked.size() && i < config.maxAnchorsPerItem(); i++) {
      kept.add(ranked.get(i).anchor());
    }
    return kept;
  }

  /** An anchor with its {@link #seenRarestFirst} rank, looked up once. */
  private record RankedAnchor(Anchor anchor, long rank) {}

  /** Strong kinds first, then rarest seen, then by key. */
  private static int anchorOrder(RankedAnchor a, RankedAnchor b) {
    boolean aStrong = a.anchor().kind().strong();
    if (aStrong != b.anchor().kind().strong()) {
      return aStrong ? -1 : 1;
    }
    int byRank = Long.compare(a.rank(), b.rank());
    return byRank != 0 ? byRank : a.anchor().key().compareTo(b.anchor().key());
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
  private static List<Scored> salientTerms(List<Map.Entry<String, Integer>> terms, DocumentFrequencies frequencies) {
    Scored[] scored = new Scored[terms.size()];
    for (int i = 0; i < scored.length; i++) {
      scored[i] = scored(terms.get(i), frequencies);
    }
    Arrays.sort(scored, ItemProfiler::heavierFirst);
    return Arrays.asList(scored).subList(0, Math.min(scored.length, MAX_TERMS_PER_ITEM));
  }

  /** Heavier TF-IDF first, ties by term. */
  private static int heavierFirst(Scored a, Scored b) {
    int byWeight = Double.compare(-a.tfIdf(), -b.tfIdf());
    return byWeight != 0 ? byWeight : a.term().getKey().compareTo(b.term().getKey());
  }

  /**
   * The English pivot terms ({@link #PIVOT_PREFIX} + stem) and their weights before {@code ln(1 +
   * weight)}: the item's English terms by their counts and the dictionary translations of its
   * other words by their spread weights.
   */
  private static Map<String, Double> pivotWeights(Representation rep) {
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
    return weights;
  }

  /**
   * The pivot terms by TF-IDF, heaviest first, ties by term, at most {@link #MAX_PIVOT_TERMS}, as
   * their {@code ln(1 + weight)}. Each term's TF-IDF is computed once, not at every comparison.
   *
   * @param idfs receives each pivot term's IDF, so that weighting the kept ones looks up nothing again
   */
  private static List<Map.Entry<String, Double>> pivotTerms(PreparedItem prepared, DocumentFrequencies frequencies,
      Map<String, Double> idfs) {
    int n = prepared.pivotTerms.length;
    PivotTerm[] terms = new PivotTerm[n];
    for (int i = 0; i < n; i++) {
      String term = prepared.pivotTerms[i];
      double weight = prepared.pivotWeights[i];
      double idf = frequencies.termIdf(term);
      idfs.put(term, idf);
      terms[i] = new PivotTerm(Map.entry(term, weight), -weight * idf);
    }
    Arrays.sort(terms, ItemProfiler::pivotOrder);
    List<Map.Entry<String, Double>> kept = new ArrayList<>(Math.min(n, MAX_PIVOT_TERMS));
    for (int i = 0; i < n && i < MAX_PIVOT_TERMS; i++) {
      kept.add(terms[i].term());
    }
    return kept;
  }

  /** A pivot term with its weight and its negated TF-IDF, the sort key. */
  private record PivotTerm(Map.Entry<String, Double> term, double negatedTfIdf) {}

  private static int pivotOrder(PivotTerm a, PivotTerm b) {
    int byWeight = Double.compare(a.negatedTfIdf(), b.negatedTfIdf());
    return byWeight != 0 ? byWeight : a.term().getKey().compareTo(b.term().getKey());
  }

  /** The weights as a unit vector. */
  private static TermVector normalized(List<Map.Entry<String, Double>> weights) {
    double norm = Math.sqrt(weights.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
    Map<String, Double> out = new HashMap<>();
    weights.forEach(e -> out.put(e.getKey(), e.getValue() / norm));
    return TermVector.of(out);
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

  /** An item without text has nothing to copy: two empty items are not duplicates of each other. */
  private static boolean hasText(Item item, Representation rep) {
    return !rep.contentHash().isBlank() && (!item.text().isBlank() || rep.shingles().length > 0);
  }
}
