package dev.storywire.app.cli;

import dev.storywire.app.eval.ScorerTraining;
import dev.storywire.cluster.ClusterConfig;
import dev.storywire.cluster.ScorerWeights;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storywire train --dataset PAIRS.jsonl --out FILE}: fits the same-story scorer's weights on
 * labelled pairs, reproducibly (same pairs, same weights), and writes them as a versioned weights
 * file that {@code cluster.weights} (or {@code eval --weights}) uses.
 */
@Command(name = "train", description = "Fit the same-story scorer's weights on labelled pairs (SemEval-2022 task 8 "
    + "JSONL) and write them as a weights file; prints cross-validated figures beside the shipped weights.")
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dataset", required = true, paramLabel = "PAIRS.jsonl", description = "Labelled pairs.")
  Path dataset;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the weights.")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ScorerTraining.Trained trained = new ScorerTraining(err).train(dataset);
    String provenance = String.format(Locale.ROOT, "Trained by `storywire train` on %d pairs of %s; %d-fold "
        + "cross-validated Pearson %.4f, AUC %.4f (shipped weights on the same folds: %.4f, %.4f).", trained.pairs(),
        dataset.getFileName(), ScorerTraining.FOLDS, trained.trainedPearson(), trained.trainedAuc(),
        trained.shippedPearson(), trained.shippedAuc());
    Files.writeString(out, trained.weights().write("trained-" + dataset.getFileName() + "-" + trained.pairs(),
        provenance), StandardCharsets.UTF_8);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(Locale.ROOT, "pairs %d, %d-fold cross-validation (held-out pairs only):%n", trained.pairs(),
        ScorerTraining.FOLDS);
    stdout.printf(Locale.ROOT, "  shipped weights  pearson %.4f  auc %.4f%n", trained.shippedPearson(), trained.shippedAuc());
    stdout.printf(Locale.ROOT, "  trained weights  pearson %.4f  auc %.4f%n", trained.trainedPearson(), trained.trainedAuc());
    stdout.printf("weights (fitted on all pairs) written to %s%n", out);
    stdout.flush();
    return 0;
  }

  /** The default clustering configuration, with the weights of {@code file} when given. */
  static ClusterConfig clusterConfig(Path file) throws IOException {
    if (file == null) {
      return ClusterConfig.DEFAULT;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return ClusterConfig.DEFAULT.withWeights(ScorerWeights.read(in));
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
