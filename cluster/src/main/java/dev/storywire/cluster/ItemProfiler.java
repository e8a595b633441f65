package dev.storywire.cluster;

import dev.storywire.model.Entity;
import dev.storywire.model.Item;
import dev.storywire.model.Representation;
import java.time.Instant;
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
    return new ItemProfile(
        item,
        time,
        anchors,
        terms,
        WeightedTerms.of(terms, term -> frequencies.idfOfFrequency(seen.get(term))),
        queryTerms(salient, seen),
        salient.stream().limit(MAX_INDEX_TERMS).map(Map.Entry::getKey).toList(),
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
