package dev.storywire.cluster;

import dev.storywire.cluster.DocumentFrequencies.Count;
import dev.storywire.model.Item;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The part of an item's profile that depends on the item alone, not on what the clusterer has
 * seen: its time, parsed anchors, usable terms, English pivot weights, content hash, MinHash
 * signature and entity labels. {@link StreamingClusterer#prepare} builds it on any thread, so that
 * a pipeline can prepare the next items on other cores while one thread clusters; {@link
 * StreamingClusterer#add(PreparedItem)} then does only the part that needs the clusterer's state.
 * It also holds the clusterer's count objects of its anchors and terms, found ahead (lookups in a
 * large map); counts change only on the clusterer's thread and are read there.
 */
public final class PreparedItem {

  final Item item;
  final Instant time;
  /** Parsed anchors in the representation's order, unparseable ones left out. */
  final List<Anchor> anchors;
  /** Terms with a positive count, not blank, at most {@link ItemProfiler#MAX_TERM_CHARS} long. */
  final List<Map.Entry<String, Integer>> terms;
  /** English pivot terms ({@link ItemProfiler#PIVOT_PREFIX} + stem) and their {@code ln(1 + weight)}. */
  final String[] pivotTerms;
  final double[] pivotWeights;
  final @Nullable String contentHash;
  final long[] signature;
  final Map<String, String> entityLabels;
  /** The frequencies the counts below were found in, or null when none were looked up. */
  final @Nullable DocumentFrequencies countedIn;
  /** The count of each anchor, term and pivot term (parallel to them), null where none was found. */
  final Count[] anchorCounts;
  final Count[] termCounts;
  final Count[] pivotCounts;

  PreparedItem(Item item, Instant time, List<Anchor> anchors, List<Map.Entry<String, Integer>> terms,
      String[] pivotTerms, double[] pivotWeights, @Nullable String contentHash, long[] signature,
      Map<String, String> entityLabels, @Nullable DocumentFrequencies countedIn, Count[] anchorCounts,
      Count[] termCounts, Count[] pivotCounts) {
    this.item = item;
    this.time = time;
    this.anchors = anchors;
    this.terms = terms;
    this.pivotTerms = pivotTerms;
    this.pivotWeights = pivotWeights;
    this.contentHash = contentHash;
    this.signature = signature;
    this.entityLabels = entityLabels;
    this.countedIn = countedIn;
    this.anchorCounts = anchorCounts;
    this.termCounts = termCounts;
    this.pivotCounts = pivotCounts;
  }

  /** The item prepared. */
  public Item item() {
    return item;
  }
}
