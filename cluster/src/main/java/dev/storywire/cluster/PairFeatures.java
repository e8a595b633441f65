package dev.storywire.cluster;

/**
 * What one item shares with a one-member story, as the scorer's weights see it: the rarity sums
 * of shared anchors per kind, the confidence-weighted same-language cosine, and whether the item
 * is a flash item, whether the story has no member in the item's languages, and the
 * confidence-weighted cosine of English pivot vectors when no text can be compared directly. {@link ScorerWeights#z} turns it into the scorer's linear score.
 */
public record PairFeatures(double entity, double handle, double url, double day, double coarseDate, double number,
    double text, double flash, double crossLingual, double pivot) {

  /** Features without pivot evidence. */
  public PairFeatures(double entity, double handle, double url, double day, double coarseDate, double number,
      double text, double flash, double crossLingual) {
    this(entity, handle, url, day, coarseDate, number, text, flash, crossLingual, 0);
  }
}
