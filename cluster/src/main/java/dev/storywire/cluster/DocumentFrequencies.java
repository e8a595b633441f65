package dev.storywire.cluster;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * How many reports (duplicates excluded) carried each anchor and each term, for IDF.
 *
 * <p>Rarity is smoothed with {@link #PRIOR_DOCUMENTS} imaginary documents that carry nothing, so
 * that on a cold start, when every anchor has been seen once, a shared anchor still counts almost
 * fully instead of looking common. The maps are only looked up, never iterated (but to halve).
 *
 * <p>Each key's count is a {@link Count} object. {@link #anchorCount} and {@link #termCount} find
 * it, creating it at zero for a key not counted yet, and may be called on any thread while the
 * clusterer's thread counts, so that the lookups in a large map (a cache miss or more each) are
 * done by whoever prepares the item ({@link StreamingClusterer#prepare}); everything else runs on
 * the clusterer's thread, which alone reads and changes the values. A key at zero counts as
 * absent everywhere (the next decay removes it), so what was prepared changes no rarity.
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

  private final Map<String, Count> anchors = new ConcurrentHashMap<>();
  private final Map<String, Count> terms = new ConcurrentHashMap<>();
  private final int decayInterval;
  private long documents;
  /** Keys with a count above zero: what {@link #size} reports, whatever was prepared. */
  private int countedKeys;
  private int sinceDecay;
  private long version;

  DocumentFrequencies() {
    this(DEFAULT_DECAY_INTERVAL);
  }

  DocumentFrequencies(int decayInterval) {
    this.decayInterval = decayInterval;
  }

  /**
   * How many reports carried one key; read and changed on the clusterer's thread only. A count that
   * a decay dropped to zero is removed and marked, and a new one holds the key from then on.
   */
  static final class Count {
    private int value;
    private boolean dropped;
  }

  /** Counts one report's distinct anchors and terms. */
  void add(Collection<String> anchorKeys, Collection<String> termKeys) {
    add(anchorKeys, null, termKeys, null);
  }

  /**
   * Counts one report's distinct anchors and terms, with the counts found for them ahead ({@code
   * null}, or a null or no longer current element, where none was found: the key is then looked
   * up here).
   */
  void add(Collection<String> anchorKeys, Count @Nullable [] anchorCounts, Collection<String> termKeys,
      Count @Nullable [] termCounts) {
    version++;
    documents++;
    increment(anchors, anchorKeys, anchorCounts);
    increment(terms, termKeys, termCounts);
    if (++sinceDecay >= decayInterval) {
      decay();
    }
  }

  private void increment(Map<String, Count> counts, Collection<String> keys, Count @Nullable [] found) {
    int i = 0;
    for (String key : keys) {
      Count count = found == null ? null : found[i];
      if (count == null || count.dropped) {
        count = counts.computeIfAbsent(key, k -> new Count());
      }
      if (count.value++ == 0) {
        countedKeys++;
      }
      i++;
    }
  }

  /** Halves every count; each entry is treated alone, so map order cannot change the result. */
  private void decay() {
    sinceDecay = 0;
    documents /= 2;
    halve(anchors);
    halve(terms);
  }

  /**
   * Halves each count and removes those at zero. A count created meanwhile by a preparing thread
   * is at zero, removed and marked, and looked up again by the item that holds it.
   */
  private void halve(Map<String, Count> counts) {
    for (Iterator<Count> it = counts.values().iterator(); it.hasNext(); ) {
      Count count = it.next();
      if (count.value > 0) {
        count.value /= 2;
        if (count.value == 0) {
          countedKeys--;
        }
      }
      if (count.value == 0) {
        count.dropped = true;
        it.remove();
      }
    }
  }

  /** Changes whenever a count changes: values derived from rarities stay valid while it is the same. */
  long version() {
    return version;
  }

  /** The number of keys counted, for tests of boundedness. */
  int size() {
    return countedKeys;
  }

  int anchorFrequency(String key) {
    return valueOf(anchors.get(key));
  }

  int termFrequency(String key) {
    return valueOf(terms.get(key));
  }

  /** The anchor's count object, created at zero when no report carried it yet; safe on any thread. */
  Count anchorCount(String key) {
    return anchors.computeIfAbsent(key, k -> new Count());
  }

  /** The term's count object, created at zero when no report carried it yet; safe on any thread. */
  Count termCount(String key) {
    return terms.computeIfAbsent(key, k -> new Count());
  }

  /** {@link #anchorFrequency}, reading {@code found} where it is still the key's count. */
  int anchorFrequency(String key, @Nullable Count found) {
    return found != null && !found.dropped ? found.value : anchorFrequency(key);
  }

  /** {@link #termFrequency}, reading {@code found} where it is still the key's count. */
  int termFrequency(String key, @Nullable Count found) {
    return found != null && !found.dropped ? found.value : termFrequency(key);
  }

  private static int valueOf(@Nullable Count count) {
    return count == null ? 0 : count.value;
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
