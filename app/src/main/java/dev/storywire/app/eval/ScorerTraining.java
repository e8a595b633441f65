package dev.storywire.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storywire.cluster.ClusterConfig;
import dev.storywire.cluster.PairFeatures;
import dev.storywire.cluster.PairScorer;
import dev.storywire.cluster.ScorerTrainer;
import dev.storywire.cluster.ScorerWeights;
import dev.storywire.model.Item;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Trains the same-story scorer's weights on SemEval-2022 task 8 pairs (the {@code eval pairs}
 * format): every pair is analysed as {@code eval pairs} does, its two directions' features taken,
 * its target the similarity {@code (4 - overall) / 3}; the weights are fitted from the shipped
 * ones ({@link ScorerTrainer#start}). Reports k-fold cross-validated Pearson r and ROC AUC of the trained weights beside the
 * shipped ones on the same folds (held-out pairs only), then fits on all pairs.
 */
public final class ScorerTraining {
  /** Folds of the cross-validation: pair i is in fold i mod this. */
  public static final int FOLDS = 5;

  /**
   * The first-seen time given to every text: fixed, so that relative dates in the texts resolve
   * the same way on any day and the same pairs always give the same weights.
   */
  static final Instant FIRST_SEEN = Instant.parse("2020-06-01T00:00:00Z");

  private final PrintWriter log;

  public ScorerTraining(PrintWriter log) {
    this.log = log;
  }

  /** The result: the weights fitted on all pairs and the cross-validated figures. */
  public record Trained(ScorerWeights weights, int pairs, double shippedPearson, double shippedAuc,
      double trainedPearson, double trainedAuc) {}

  private record Labelled(String langPair, double overall, ScorerTrainer.Sample sample) {}

  public Trained train(Path file) throws IOException {
    List<Labelled> pairs = features(file);
    List<PairsEval.Scored> shipped = new ArrayList<>();
    List<PairsEval.Scored> trained = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<ScorerTrainer.Sample> training = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        if (i % FOLDS != fold) {
          training.add(pairs.get(i).sample());
        }
      }
      ScorerWeights fitted = ScorerTrainer.fit(training, ScorerTrainer.start(ScorerWeights.DEFAULT));
      for (int i = fold; i < pairs.size(); i += FOLDS) {
        Labelled pair = pairs.get(i);
        shipped.add(scored(pair, ScorerWeights.DEFAULT));
        trained.add(scored(pair, fitted));
      }
      log.printf(java.util.Locale.ROOT, "fold %d of %d fitted on %d pairs%n", fold + 1, FOLDS, training.size());
      log.flush();
    }
    ScorerWeights all =
        ScorerTrainer.fit(pairs.stream().map(Labelled::sample).toList(), ScorerTrainer.start(ScorerWeights.DEFAULT));
    List<PairsEval.Scored> shippedDecided = PairsEval.decidedPairs(shipped);
    List<PairsEval.Scored> trainedDecided = PairsEval.decidedPairs(trained);
    return new Trained(all, pairs.size(), PairsEval.pearson(shipped, PairsEval.Scored::ours),
        PairsEval.auc(shippedDecided, PairsEval.Scored::ours), PairsEval.pearson(trained, PairsEval.Scored::ours),
        PairsEval.auc(trainedDecided, PairsEval.Scored::ours));
  }

  private static PairsEval.Scored scored(Labelled pair, ScorerWeights weights) {
    double p = pair.sample().directions().stream()
        .mapToDouble(f -> 1 / (1 + Math.exp(-weights.z(f)))).average().orElse(0);
    return new PairsEval.Scored(pair.langPair(), pair.overall(), p, 0);
  }

  private List<Labelled> features(Path file) throws IOException {
    List<JsonNode> rows = PairsEval.read(file, 0);
    PairsEval analysis = new PairsEval(log);
    Instant firstSeen = FIRST_SEEN;
    List<Item[]> items = new ArrayList<>();
    for (JsonNode row : rows) {
      String id = row.path("pair_id").asText();
      items.add(new Item[] {
          analysis.item(id + "/1", row.path("text1").asText(""), row.path("lang1").asText(null), firstSeen),
          analysis.item(id + "/2", row.path("text2").asText(""), row.path("lang2").asText(null), firstSeen)});
    }
    PairScorer scorer = new PairScorer(ClusterConfig.DEFAULT);
    items.stream().flatMap(java.util.Arrays::stream).filter(Objects::nonNull).forEach(scorer::observe);
    List<Labelled> pairs = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Item[] pair = items.get(i);
      JsonNode row = rows.get(i);
      double overall = row.path("overall").asDouble();
      List<PairFeatures> directions = pair[0] == null || pair[1] == null ? List.of() : scorer.features(pair[0], pair[1]);
      if (directions.isEmpty()) {
        log.println("pair " + row.path("pair_id").asText() + ": a text yielded no article; left out of training");
        continue;
      }
      double target = Math.max(0, Math.min(1, (4 - overall) / 3));
      pairs.add(new Labelled(row.path("lang1").asText() + "-" + row.path("lang2").asText(), overall,
          new ScorerTrainer.Sample(directions, target)));
    }
    return pairs;
  }
}
