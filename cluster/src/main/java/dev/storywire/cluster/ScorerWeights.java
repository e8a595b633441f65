package dev.storywire.cluster;

/**
 * The weights of the same-story scorer: a logistic function of a linear score,
 * {@code p = 1 / (1 + exp(-z))} with
 *
 * <pre>
 * z = bias
 *   + min(strongCap, sum over shared strong anchors of kindWeight * rarity)
 *   + min(weakCap,   sum over shared weak anchors   of kindWeight * rarity)
 *   + text * cosine * textConfidence          (same-language terms only)
 *   + flash                                   (when the item is a flash item)
 * </pre>
 *
 * <p>The values of {@link #DEFAULT} are set by hand from the seed pages; a later issue trains them
 * from labelled pairs, which is why they live in one record that can be replaced by data.
 *
 * @param bias the score of an item that shares nothing; negative so that joining needs evidence
 * @param entity weight of a shared entity key ({@code e:})
 * @param handle weight of a shared social handle ({@code h:})
 * @param url weight of a shared URL ({@code u:})
 * @param day weight of a shared day ({@code d:yyyy-mm-dd})
 * @param coarseDate weight of a shared year or month ({@code d:yyyy}, {@code d:yyyy-mm})
 * @param number weight of a shared number with a unit ({@code n:3|month})
 * @param strongCap the most that strong anchors together may add
 * @param weakCap the most that days and numbers together may add
 * @param text weight of the same-language TF-IDF cosine
 * @param flash added when the item is a flash item
 */
public record ScorerWeights(
    double bias,
    double entity,
    double handle,
    double url,
    double day,
    double coarseDate,
    double number,
    double strongCap,
    double weakCap,
    double text,
    double flash) {

  /**
   * Hand-set weights. With {@code bias = -5} and {@code entity = 1.25}, four rare strong anchors
   * plus a day or a number reach p ≈ 0.6 while three with every weak anchor stay at p ≈ 0.49; one
   * strong anchor with every weak anchor reaches only p ≈ 0.07; days and numbers alone never pass
   * p ≈ 0.02; a same-language cosine of 0.8 with no anchors reaches p ≈ 0.65. A flash item, short
   * and often generic, needs more than one extra strong anchor ({@code flash = -1.5}).
   */
  public static final ScorerWeights DEFAULT =
      new ScorerWeights(-5.0, 1.25, 1.25, 1.25, 0.4, 0.2, 0.4, 10.0, 1.2, 7.0, -1.5);

  /** The weight of one shared anchor of the given kind, before rarity; 0 for kinds that never count. */
  double kindWeight(AnchorKind kind) {
    return switch (kind) {
      case ENTITY -> entity;
      case HANDLE -> handle;
      case URL -> url;
      case DAY -> day;
      case COARSE_DATE -> coarseDate;
      case NUMBER -> number;
    };
  }
}
