package dev.storywire.cluster;

import java.io.IOException;
import java.io.InputStream;

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
 *   + crossLingual                            (no member in the item's languages, a strong anchor shared)
 *   + pivot * pivotCosine * pivotConfidence   (no member in the item's languages: English pivot terms)
 * </pre>
 *
 * <p>The values are data: {@link #DEFAULT} is read from the versioned resource {@code
 * scorer-weights.properties} beside this class, which {@code storywire train} rebuilds
 * reproducibly from labelled pairs ({@link ScorerTrainer}).
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
 * @param crossLingual added when no text can be compared because the story has no member in the
 *     item's languages and the item shares at least one strong anchor with it: evidence across
 *     languages is anchors only, so a calibrated score needs its own offset there (0 in the
 *     hand-set weights)
 * @param pivot weight of the cosine between the item's and a member's English pivot vectors
 *     (English terms, and the dictionary translations of Chinese and Arabic words) where the story
 *     has no member in the item's languages; 0 in weights written before it existed
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
    double flash,
    double crossLingual,
    double pivot) {

  /** Weights without a cross-lingual offset. */
  public ScorerWeights(double bias, double entity, double handle, double url, double day, double coarseDate,
      double number, double strongCap, double weakCap, double text, double flash) {
    this(bias, entity, handle, url, day, coarseDate, number, strongCap, weakCap, text, flash, 0, 0);
  }

  /** Weights without pivot evidence. */
  public ScorerWeights(double bias, double entity, double handle, double url, double day, double coarseDate,
      double number, double strongCap, double weakCap, double text, double flash, double crossLingual) {
    this(bias, entity, handle, url, day, coarseDate, number, strongCap, weakCap, text, flash, crossLingual, 0);
  }

  /** Property names, in the order of {@link #values()}; before {@link #DEFAULT}, which reads them. */
  private static final String[] KEYS = {"bias", "entity", "handle", "url", "day", "coarse-date", "number",
      "strong-cap", "weak-cap", "text", "flash", "cross-lingual", "pivot"};

  /** Weights a file may leave out (written before they existed), with the value they then take. */
  private static final java.util.Map<String, Double> OPTIONAL = java.util.Map.of("cross-lingual", 0.0, "pivot", 0.0);

  /** The resource {@link #DEFAULT} is read from. */
  public static final String RESOURCE = "scorer-weights.properties";

  /** The shipped weights (see {@link #RESOURCE}). */
  public static final ScorerWeights DEFAULT = readResource();

  /**
   * The hand-set weights the seed pages taught, before any training: the trainer's starting point.
   * The pivot weight is four times the text weight: a cosine of dictionary translations into
   * English runs that much lower than a same-language cosine.
   */
  public static final ScorerWeights HAND_SET =
      new ScorerWeights(-5.0, 1.25, 1.25, 1.25, 0.4, 0.2, 0.4, 10.0, 1.2, 7.0, -1.5, 0.0, 28.0);

  /** The linear score of the features: the scorer's {@code z}, caps included. */
  public double z(PairFeatures f) {
    return bias + strongEvidence(f) + weakEvidence(f) + text * f.text() + flash * f.flash()
        + crossLingual * f.crossLingual() + pivot * f.pivot();
  }

  double strongEvidence(PairFeatures f) {
    return Math.min(strongCap, entity * f.entity() + handle * f.handle() + url * f.url());
  }

  double weakEvidence(PairFeatures f) {
    return Math.min(weakCap, day * f.day() + coarseDate * f.coarseDate() + number * f.number());
  }

  double[] values() {
    return new double[] {bias, entity, handle, url, day, coarseDate, number, strongCap, weakCap, text, flash,
        crossLingual, pivot};
  }

  static ScorerWeights of(double[] v) {
    return new ScorerWeights(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12]);
  }

  /**
   * Reads weights written by {@link #write}.
   *
   * @throws IOException when a weight is missing or not a number (the message names it)
   */
  public static ScorerWeights read(InputStream in) throws IOException {
    java.util.Properties properties = new java.util.Properties();
    properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    double[] v = new double[KEYS.length];
    for (int i = 0; i < KEYS.length; i++) {
      String value = properties.getProperty(KEYS[i]);
      if (value == null && OPTIONAL.containsKey(KEYS[i])) {
        v[i] = OPTIONAL.get(KEYS[i]);
        continue;
      }
      if (value == null) {
        throw new IOException("the scorer weights have no '" + KEYS[i] + "'");
      }
      try {
        v[i] = Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new IOException("scorer weight '" + KEYS[i] + "' is not a number: " + value, e);
      }
      if (!Double.isFinite(v[i])) {
        throw new IOException("scorer weight '" + KEYS[i] + "' is not finite: " + value);
      }
    }
    return of(v);
  }

  /** Writes the weights as properties, with a version line and a comment saying where they came from. */
  public String write(String version, String provenance) {
    StringBuilder out = new StringBuilder("# Same-story scorer weights (see ScorerWeights). ").append(provenance)
        .append('\n').append("version=").append(version).append('\n');
    double[] v = values();
    for (int i = 0; i < KEYS.length; i++) {
      out.append(KEYS[i]).append('=').append(String.format(java.util.Locale.ROOT, "%.4f", v[i])).append('\n');
    }
    return out.toString();
  }

  private static ScorerWeights readResource() {
    try (InputStream in = ScorerWeights.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the scorer weights resource " + RESOURCE + " is missing from the build");
      }
      return read(in);
    } catch (IOException e) {
      throw new IllegalStateException("the shipped scorer weights are unreadable: " + e.getMessage(), e);
    }
  }

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
