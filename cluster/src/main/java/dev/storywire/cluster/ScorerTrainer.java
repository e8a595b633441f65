package dev.storywire.cluster;

import java.util.List;

/**
 * Fits {@link ScorerWeights} to labelled pairs: logistic regression of the scorer's own linear
 * score (caps included, caps and the flash term held fixed) on soft targets, by full-batch
 * gradient descent from a given start with a fixed number of steps, so the same pairs always give
 * the same weights.
 */
public final class ScorerTrainer {
  /** Steps of gradient descent: the loss is flat well before this on a thousand pairs. */
  public static final int STEPS = 3_000;

  /** Step size of gradient descent. */
  static final double LEARNING_RATE = 0.5;

  /**
   * L2 penalty on the evidence weights (not the bias and the cross-lingual offset, which are offsets): keeps a weight whose kind is rare in the
   * training pairs (handles, URLs) near where the seed pages put it rather than anywhere.
   */
  static final double L2 = 0.01;

  /** Indexes into {@link ScorerWeights#values()} that are trained (bias, kinds, text, cross-lingual offset, pivot). */
  private static final int[] TRAINED = {0, 1, 2, 3, 4, 5, 6, 9, 11, 12};

  /**
   * One labelled pair.
   *
   * @param directions the features of both directions (see {@link PairScorer#features})
   * @param target the probability that the two are the same story, 0..1
   */
  public record Sample(List<PairFeatures> directions, double target) {}

  private ScorerTrainer() {}

  /**
   * Where training starts from given the shipped weights: those weights, with a pivot weight of 0
   * (weights written before the pivot existed) replaced by the text weight. The pivot cosine is a
   * text cosine over the English pivot vocabulary, and only the few cross-lingual pairs with a
   * dictionary carry it, so the fixed-step descent moves it little: from 0 it would stay near 0
   * although it separates those pairs best of all features.
   */
  public static ScorerWeights start(ScorerWeights shipped) {
    if (shipped.pivot() != 0) {
      return shipped;
    }
    double[] v = shipped.values();
    v[12] = shipped.text();
    return ScorerWeights.of(v);
  }

  /** @return the weights after {@link #STEPS} steps from {@code start} */
  public static ScorerWeights fit(List<Sample> samples, ScorerWeights start) {
    double[] w = start.values();
    double[] prior = start.values();
    int n = 0;
    for (Sample s : samples) {
      n += s.directions().size();
    }
    if (n == 0) {
      return start;
    }
    for (int step = 0; step < STEPS; step++) {
      double[] gradient = gradient(samples, ScorerWeights.of(w), n);
      for (int i : TRAINED) {
        double penalty = i == 0 || i == 11 ? 0 : L2 * (w[i] - prior[i]);
        w[i] -= LEARNING_RATE * (gradient[i] + penalty);
      }
    }
    return ScorerWeights.of(w);
  }

  /** The mean cross-entropy gradient over every direction of every sample. */
  private static double[] gradient(List<Sample> samples, ScorerWeights weights, int n) {
    double[] g = new double[weights.values().length];
    for (Sample sample : samples) {
      for (PairFeatures f : sample.directions()) {
        double error = (SameStoryScorer.logistic(weights.z(f)) - sample.target()) / n;
        g[0] += error;
        if (weights.entity() * f.entity() + weights.handle() * f.handle() + weights.url() * f.url() < weights.strongCap()) {
          g[1] += error * f.entity();
          g[2] += error * f.handle();
          g[3] += error * f.url();
        }
        if (weights.day() * f.day() + weights.coarseDate() * f.coarseDate() + weights.number() * f.number()
            < weights.weakCap()) {
          g[4] += error * f.day();
          g[5] += error * f.coarseDate();
          g[6] += error * f.number();
        }
        g[9] += error * f.text();
        g[11] += error * f.crossLingual();
        g[12] += error * f.pivot();
      }
    }
    return g;
  }
}
