package dev.storywire.cluster;

import java.util.Set;

/**
 * What a story remembers of one member, to name the member an item matched best.
 *
 * @param itemId the member
 * @param anchorKeys its anchors considered
 * @param terms its terms, weighted by IDF when it joined
 * @param pivot its English pivot terms, weighted by IDF when it joined
 * @param arrival its arrival number in the clusterer's stream
 */
record MemberSnapshot(String itemId, Set<String> anchorKeys, WeightedTerms terms, WeightedTerms pivot, long arrival) {

  MemberSnapshot {
    anchorKeys = Set.copyOf(anchorKeys);
  }

  static MemberSnapshot of(ItemProfile profile, long arrival) {
    return new MemberSnapshot(profile.id(), Set.copyOf(profile.anchorKeys()), profile.weightedTerms(),
        profile.pivot(), arrival);
  }
}
