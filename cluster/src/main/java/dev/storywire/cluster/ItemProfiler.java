package dev.storywire.cluster;

import dev.storywire.cluster.DocumentFrequencies.Count;
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
import org.jspecify.annotations.Nullable;

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
   * What the profile takes from the item alone, with the count objects of its anchors and terms
   * found in {@code frequencies} when given; safe on any thread (see {@link DocumentFrequencies}).
   *
   * @param time when the item is clustered at ({@link ItemTime#of})
   * @param frequencies where to find the counts ahead, or null to find them when profiling
   */
  static PreparedItem prepare(Item item, Instant time, @Nullable DocumentFrequencies frequencies) {
    Representation rep = item.representation();
    List<Anchor> anchors = new ArrayList<>(rep.anchors().size());
    for (String text : rep.anchors()) {
      Anchor.parse(text).ifPresent(anchors::add);
    }
    List<Map.Entry<String, Integer>> terms = new ArrayList<>(rep.terms().size());
    for (Map.Entry<String, Integer> e : rep.terms().entrySet()) {
      if (e.getValue() > 0 && !e.getKey().isBlank() && e.getKey().length() <= MAX_TERM_CHARS) {
        terms.add(Map.entry(e.getKey(), e.getValue())); // a compact copy: the map's own entries are far apart
      }
    }
    terms.sort(Map.Entry.comparingByKey()); // so that a profile's vectors need no sort
    Map<String, Double> pivot = pivotWeights(rep);
    String[] pivotTerms = pivot.keySet().toArray(new String[0]);
    Arrays.sort(pivotTerms);
    double[] pivotWeights = new double[pivotTerms.length];
    for (int i = 0; i < pivotTerms.length; i++) {
      pivotWeights[i] = Math.log1p(pivot.get(pivotTerms[i]));
    }
    Count[] anchorCounts = new Count[anchors.size()];
    Count[] termCounts = new Count[terms.size()];
    Count[] pivotCounts = new Count[pivotTerms.length];
    if (frequencies != null) {
      for (int i = 0; i < anchorCounts.length; i++) {
        anchorCounts[i] = frequencies.anchorCount(anchors.get(i).key());
      }
      for (int i = 0; i < termCounts.length; i++) {
        termCounts[i] = frequencies.termCount(terms.get(i).getKey());
      }
      for (int i = 0; i < pivotCounts.length; i++) {
        pivotCounts[i] = frequencies.termCount(pivotTerms[i]);
      }
    }
    return new PreparedItem(item, time, anchors, terms, pivotTerms, pivotWeights,
        hasText(item, rep) ? rep.contentHash() : null, MinHasher.signature(rep.shingles()), entityLabels(item),
        frequencies, anchorCounts, termCounts, pivotCounts);
  }

  /** The profile of an item at the given time, given the frequencies before the item is counted. */
  ItemProfile profile(Item item, Instant time, DocumentFrequencies frequencies) {
    return profile(prepare(item, time, null), frequencies);
  }

  /** The profile of a prepared item, given the frequencies before the item is counted. */
  ItemProfile profile(PreparedItem prepared, DocumentFrequencies frequencies) {
    // Counts found ahead in other frequencies than these are not these frequencies' counts.
    boolean found = prepared.countedIn == frequencies;
    List<RankedAnchor> anchors = anchors(prepared, found, frequencies);
    List<Scored> salient = salientTerms(prepared, found, frequencies);
    List<PivotTerm> pivot = pivotTerms(prepared, found, frequencies);
    // The kept terms in term order (the prepared ones are sorted), with their IDF and counts; the
    // counts in ItemProfile#termKeys order: the terms, then the pivot terms.
    Scored[] termAt = new Scored[prepared.terms.size()];
    salient.forEach(s -> termAt[s.index()] = s);
    String[] keys = new String[salient.size()];
    int[] counts = new int[salient.size()];
    double[] idfs = new double[salient.size()];
    Count[] termCounts = new Count[salient.size() + pivot.size()];
    int k = 0;
    for (Scored s : termAt) {
      if (s != null) {
        keys[k] = s.term().getKey();
        counts[k] = s.term().getValue();
        idfs[k] = frequencies.idfOfFrequency(s.df());
        termCounts[k++] = s.count();
      }
    }
    TermVector terms = TermVector.ofSortedCounts(keys, counts);
    WeightedTerms pivotVector = pivotVector(pivot, prepared.pivotTerms.length, termCounts, salient.size());
    List<String> query = new ArrayList<>(queryTerms(salient));
    pivot.stream().filter(t -> t.df() > 0).limit(MAX_PIVOT_QUERY_TERMS).forEach(t -> query.add(t.term().getKey()));
    List<String> index = new ArrayList<>(salient.stream().limit(MAX_INDEX_TERMS).map(s -> s.term().getKey()).toList());
    pivot.stream().limit(MAX_PIVOT_INDEX_TERMS).map(t -> t.term().getKey()).forEach(index::add);
    return new ItemProfile(
        prepared.item,
        prepared.time,
        anchors.stream().map(RankedAnchor::anchor).toList(),
        terms,
        WeightedTerms.of(terms, idfs),
        pivotVector,
        query,
        index,
        prepared.contentHash,
        prepared.signature,
        prepared.entityLabels,
        anchors.stream().map(RankedAnchor::count).toArray(Count[]::new),
        termCounts);
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

  /** The anchors considered, strongest kind first, then rarest, then by key, with their counts where found ahead. */
  private List<RankedAnchor> anchors(PreparedItem prepared, boolean found, DocumentFrequencies frequencies) {
    List<RankedAnchor> ranked = new ArrayList<>(prepared.anchors.size());
    for (int i = 0; i < prepared.anchors.size(); i++) {
      Anchor anchor = prepared.anchors.get(i);
      Count count = found ? prepared.anchorCounts[i] : null;
      ranked.add(new RankedAnchor(anchor, seenRarestFirst(frequencies.anchorFrequency(anchor.key(), count)), count));
    }
    ranked.sort(ItemProfiler::anchorOrder);
    return ranked.subList(0, Math.min(ranked.size(), config.maxAnchorsPerItem()));
  }

  /** An anchor with its {@link #seenRarestFirst} rank, looked up once, and its count where found ahead. */
  private record RankedAnchor(Anchor anchor, long rank, @Nullable Count count) {}

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
  private static List<Scored> salientTerms(PreparedItem prepared, boolean found, DocumentFrequencies frequencies) {
    List<Map.Entry<String, Integer>> terms = prepared.terms;
    Scored[] scored = new Scored[terms.size()];
    for (int i = 0; i < scored.length; i++) {
      scored[i] = scored(terms.get(i), i, found ? prepared.termCounts[i] : null, frequencies);
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
   * The pivot terms by TF-IDF, heaviest first, ties by term, at most {@link #MAX_PIVOT_TERMS}, with
   * their {@code ln(1 + weight)}. Each term's TF-IDF is computed once, not at every comparison.
   */
  private static List<PivotTerm> pivotTerms(PreparedItem prepared, boolean found, DocumentFrequencies frequencies) {
    int n = prepared.pivotTerms.length;
    PivotTerm[] terms = new PivotTerm[n];
    for (int i = 0; i < n; i++) {
      String term = prepared.pivotTerms[i];
      double weight = prepared.pivotWeights[i];
      Count count = found ? prepared.pivotCounts[i] : null;
      int df = frequencies.termFrequency(term, count);
      double idf = frequencies.idfOfFrequency(df);
      terms[i] = new PivotTerm(Map.entry(term, weight), i, -weight * idf, df, idf, count);
    }
    Arrays.sort(terms, ItemProfiler::pivotOrder);
    return Arrays.asList(terms).subList(0, Math.min(n, MAX_PIVOT_TERMS));
  }

  /**
   * A pivot term with its weight, its position among the prepared (sorted) pivot terms, its
   * negated TF-IDF (the sort key), its document frequency and IDF, and its count where found ahead.
   */
  private record PivotTerm(Map.Entry<String, Double> term, int index, double negatedTfIdf, int df, double idf,
      @Nullable Count count) {}

  private static int pivotOrder(PivotTerm a, PivotTerm b) {
    int byWeight = Double.compare(a.negatedTfIdf(), b.negatedTfIdf());
    return byWeight != 0 ? byWeight : a.term().getKey().compareTo(b.term().getKey());
  }

  /**
   * The kept pivot terms' weights as a unit vector (the length summed in TF-IDF order), weighted by
   * their IDF; their counts go to {@code counts} from {@code offset}, in term order.
   *
   * @param prepared how many pivot terms were prepared (the positions of the kept ones are below)
   */
  private static WeightedTerms pivotVector(List<PivotTerm> kept, int prepared, Count[] counts, int offset) {
    double norm = Math.sqrt(kept.stream().mapToDouble(t -> t.term().getValue() * t.term().getValue()).sum());
    PivotTerm[] termAt = new PivotTerm[prepared];
    kept.forEach(t -> termAt[t.index()] = t);
    String[] keys = new String[kept.size()];
    double[] values = new double[kept.size()];
    double[] idfs = new double[kept.size()];
    int k = 0;
    for (PivotTerm t : termAt) {
      if (t != null) {
        keys[k] = t.term().getKey();
        values[k] = t.term().getValue() / norm;
        idfs[k] = t.idf();
        counts[offset + k++] = t.count();
      }
    }
    return WeightedTerms.of(TermVector.ofSorted(keys, values), idfs);
  }

  /**
   * A term with its position among the prepared (sorted) terms, its document frequency (looked up
   * once), TF-IDF, and its count where found ahead.
   */
  private record Scored(Map.Entry<String, Integer> term, int index, int df, double tfIdf, @Nullable Count count) {}

  private static Scored scored(Map.Entry<String, Integer> term, int index, @Nullable Count count,
      DocumentFrequencies frequencies) {
    int df = frequencies.termFrequency(term.getKey(), count);
    return new Scored(term, index, df, (1 + Math.log(term.getValue())) * frequencies.idfOfFrequency(df), count);
  }

  /** The most salient terms that some earlier report carried (an unseen term finds nothing). */
  private static List<String> queryTerms(List<Scored> salient) {
    return salient.stream()
        .filter(s -> s.df() > 0)
        .map(s -> s.term().getKey())
        .limit(MAX_QUERY_TERMS)
        .toList();
  }

  /** An item without text has nothing to copy: two empty items are not duplicates of each other. */
  private static boolean hasText(Item item, Representation rep) {
    return !rep.contentHash().isBlank() && (!item.text().isBlank() || rep.shingles().length > 0);
  }
}
