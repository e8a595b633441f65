package dev.storywire.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How many reports (duplicates excluded) carried each anchor and each term, for IDF.
 *
 * <p>Rarity is smoothed with {@link #PRIOR_DOCUMENTS} imaginary documents that carry nothing, so
 * that on a cold start, when every anchor has been seen once, a shared anchor still counts almost
 * fully instead of looking common. The maps are only looked up, never iterated.
 */
final class DocumentFrequencies {

  /**
   * An anchor seen in no more than about one report in a thousand counts fully; the prior also
   * keeps rarity stable while the first thousand reports arrive.
   */
  static final double PRIOR_DOCUMENTS = 1000;

  /**
   * Every this many reports all counts are halved and those reaching zero dropped: IDF then follows
   * the news of the last few hundred thousand reports (a name common last year may be rare now),
   * and the maps hold recent vocabulary only instead of growing with the archive.
   */
  static final int DEFAULT_DECAY_INTERVAL = 100_000;

  private static final double FULL_RARITY_IDF = Math.log(PRIOR_DOCUMENTS);

  private final Map<String, Integer> anchors = new HashMap<>();
  private final Map<String, Integer> terms = new HashMap<>();
  private final int decayInterval;
  private long documents;
  private int sinceDecay;
  private long version;

  DocumentFrequencies() {
    this(DEFAULT_DECAY_INTERVAL);
  }

  DocumentFrequencies(int decayInterval) {
    this.decayInterval = decayInterval;
  }

  /** Counts one report's distinct anchors and terms. */
  void add(Collection<String> anchorKeys, Collection<String> termKeys) {
    version++;
    documents++;
    anchorKeys.forEach(key -> anchors.merge(key, 1, Integer::sum));
    termKeys.forEach(key -> terms.merge(key, 1, Integer::sum));
    if (++sinceDecay >= decayInterval) {
      decay();
    }
  }

  /** Halves every count; each entry is treated alone, so map order cannot change the result. */
  private void decay() {
    sinceDecay = 0;
    documents /= 2;
    halve(anchors);
    halve(terms);
  }

  private static void halve(Map<String, Integer> counts) {
    counts.replaceAll((key, count) -> count / 2);
    counts.values().removeIf(count -> count == 0);
  }

  /** Changes whenever a count changes: values derived from rarities stay valid while it is the same. */
  long version() {
    return version;
  }

  /** The number of keys counted, for tests of boundedness. */
  int size() {
    return anchors.size() + terms.size();
  }

  int anchorFrequency(String key) {
    return anchors.getOrDefault(key, 0);
  }

  int termFrequency(String key) {
    return terms.getOrDefault(key, 0);
  }

  /** In [0, 1]: 1 for an anchor carried by at most about one report in a thousand. */
  double anchorRarity(String key) {
    return rarity(anchorFrequency(key));
  }

  /** In [0, 1], like {@link #anchorRarity}, for a term. */
  double termRarity(String key) {
    return rarity(termFrequency(key));
  }

  /** The smoothed inverse document frequency of a term; always positive. */
  double termIdf(String key) {
    return idf(termFrequency(key));
  }

  /** {@link #termIdf} of a term whose frequency has already been looked up. */
  double idfOfFrequency(int df) {
    return idf(df);
  }

  private double rarity(int df) {
    return Math.max(0, Math.min(1, idf(df) / FULL_RARITY_IDF));
  }

  private double idf(int df) {
    return Math.log((documents + PRIOR_DOCUMENTS) / (df + 1.0));
  }
}
