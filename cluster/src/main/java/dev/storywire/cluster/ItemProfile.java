package dev.storywire.cluster;

import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the clusterer uses of one item, bounded whatever the input: built once per item from its
 * representation and the document frequencies at the time it arrives.
 *
 * @param item the item
 * @param time when it is clustered at ({@link ItemTime})
 * @param anchors the anchors considered, strongest kind first, then rarest, then by key
 * @param terms the terms considered
 * @param weightedTerms the same terms weighted by IDF at arrival
 * @param pivot the English pivot vector ({@code p:} + English stem), weighted by IDF at arrival:
 *     the item's English terms and the dictionary translations of its other words; empty when
 *     it has neither
 * @param queryTerms the rarer terms already seen elsewhere, to find same-language candidates by
 * @param indexTerms the most salient terms, under which the item's story is found later
 * @param contentHash the hash for exact copies, or null when the item has no text to copy
 * @param signature the MinHash signature, empty when the item is too short for near copies
 * @param entityLabels lower-cased entity key to the item's first non-blank surface form
 * @param anchorCounts the count of each of {@code anchors} in the clusterer's frequencies where it
 *     was found ahead (null elements where not), for counting the item without looking them up again
 * @param termCounts the same for {@link #termKeys()}
 */
record ItemProfile(
    Item item,
    Instant time,
    List<Anchor> anchors,
    TermVector terms,
    WeightedTerms weightedTerms,
    WeightedTerms pivot,
    List<String> queryTerms,
    List<String> indexTerms,
    @Nullable String contentHash,
    long[] signature,
    Map<String, String> entityLabels,
    DocumentFrequencies.Count[] anchorCounts,
    DocumentFrequencies.Count[] termCounts) {

  ItemProfile {
    anchors = List.copyOf(anchors);
    entityLabels = Map.copyOf(entityLabels);
    queryTerms = List.copyOf(queryTerms);
    indexTerms = List.copyOf(indexTerms);
  }

  String id() {
    return item.id();
  }

  boolean flash() {
    return item.kind() == ItemKind.FLASH;
  }

  /** The strong anchors, in the same order as {@link #anchors()}. */
  List<Anchor> strongAnchors() {
    return anchors.stream().filter(a -> a.kind().strong()).toList();
  }

  /** The keys counted for term IDF: the terms and the pivot terms. */
  List<String> termKeys() {
    List<String> keys = new java.util.ArrayList<>(terms.size() + pivot.size());
    keys.addAll(terms.terms());
    keys.addAll(pivot.terms());
    return keys;
  }

  /** The keys of all anchors considered. */
  List<String> anchorKeys() {
    return anchors.stream().map(Anchor::key).toList();
  }

  /** How an anchor is shown: the item's surface form of an entity, else {@link Anchor#defaultLabel()}. */
  String label(Anchor anchor) {
    String surface = anchor.kind() == AnchorKind.ENTITY ? entityLabels.get(anchor.value().toLowerCase(Locale.ROOT)) : null;
    return surface != null ? surface : anchor.defaultLabel();
  }
}
