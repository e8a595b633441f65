package dev.storywire.app.cli;

import dev.storywire.app.eval.ClusteringEval;
import dev.storywire.app.eval.DateEval;
import dev.storywire.app.eval.EvalResult;
import dev.storywire.app.eval.ExtractionEval;
import dev.storywire.app.eval.LangidEval;
import dev.storywire.app.eval.PairsEval;
import dev.storywire.server.WireFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storywire eval extraction|dates|langid --dataset DIR [--json]}: quality figures on a
 * public benchmark, with the tools people compare us with scored in the same run where the dataset
 * allows. A table on standard output; with {@code --json}, one JSON object on the last line;
 * progress and failed items on standard error.
 */
@Command(name = "eval", description = "Measure quality on a public benchmark.",
    subcommands = {EvalCommand.Extraction.class, EvalCommand.Dates.class, EvalCommand.Langid.class, EvalCommand.Pairs.class,
      EvalCommand.Clustering.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** What every eval command takes. */
  abstract static class Base implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "PATH", description = "The benchmark's folder (or file, for pairs).")
    Path dataset;

    @Option(names = "--json", description = "Also print the figures as one JSON object on the last line.")
    boolean json;

    @Option(names = "--limit", defaultValue = "0", description = "Use at most this many items (0: all).")
    int limit;

    @Override
    public final Integer call() throws Exception {
      if (!Files.exists(dataset)) {
        err().println("storywire eval: no such dataset: " + dataset);
        err().flush();
        return 2;
      }
      EvalResult result;
      try {
        result = evaluate();
      } catch (IOException e) {
        err().println("storywire eval: " + e.getMessage());
        err().flush();
        return 2;
      }
      table(result);
      if (json) {
        out().println(WireFormat.mapper().writeValueAsString(result.toJson()));
      }
      out().flush();
      err().flush();
      return 0;
    }

    abstract EvalResult evaluate() throws IOException;

    /** One line per system, best F1 (or accuracy) first, Storywire marked. */
    void table(EvalResult result) {
      List<Map.Entry<String, EvalResult>> rows = new ArrayList<>();
      rows.add(Map.entry("storywire", result));
      rows.addAll(result.peers().entrySet());
      rows.sort(Comparator.comparingDouble((Map.Entry<String, EvalResult> e) -> -headline(e.getValue())));
      out().printf(Locale.ROOT, "%-22s %6s %9s %6s %6s %8s %10s %9s%n", "system", "items", "precision", "recall", "F1",
          "accuracy", "ms/item", "failures");
      for (Map.Entry<String, EvalResult> row : rows) {
        EvalResult r = row.getValue();
        out().printf(Locale.ROOT, "%-22s %6d %9s %6s %6s %8s %10s %9s%n",
            (row.getKey().equals("storywire") ? "* " : "  ") + row.getKey(), r.items(), figure(r.precision()),
            figure(r.recall()), figure(r.f1()), figure(r.accuracy()),
            r.msPerItem() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.msPerItem()),
            r.failures() == null ? "-" : r.failures().toString());
      }
    }

    private static double headline(EvalResult r) {
      Double value = r.f1() != null ? r.f1() : r.accuracy();
      return value == null ? 0 : value;
    }

    private static String figure(Double value) {
      return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    PrintWriter err() {
      return spec.commandLine().getErr();
    }
  }

  @Command(name = "extraction", description = "Article body extraction: the Zyte benchmark (ground-truth.json) "
      + "or trafilatura's evaluation set (evaldata.json); reference tools' outputs scored alongside.")
  static final class Extraction extends Base {
    @Option(names = "--passes", defaultValue = "1", description = "Passes over the pages; figures and time from the last (default 1).")
    int passes;

    @Option(names = "--no-peers", description = "Do not score the reference tools' outputs.")
    boolean noPeers;

    @Option(names = "--misses", paramLabel = "FILE", description = "Write what each page got wrong to FILE, one "
        + "tab-separated line each: missed/kept passages (trafilatura's set), precision and recall of imperfect pages (Zyte).")
    Path misses;

    @Override
    EvalResult evaluate() throws IOException {
      return new ExtractionEval(err()).run(dataset, new ExtractionEval.Options(passes, !noPeers, limit, misses));
    }

    /** Also the figure on each half of the pages (split by a hash of their name), to check a rule on both. */
    @Override
    void table(EvalResult result) {
      super.table(result);
      out().printf(Locale.ROOT, "storywire halves: F1 %.4f / %.4f%n", result.extra("half_a_f1"), result.extra("half_b_f1"));
    }
  }

  @Command(name = "dates", description = "Publication dates: htmldate's evaluation set (gold_dates.tsv).")
  static final class Dates extends Base {
    @Option(names = "--show-misses", description = "Print every page whose date is missing or wrong, on standard error.")
    boolean showMisses;

    @Override
    EvalResult evaluate() throws IOException {
      return new DateEval(err()).run(dataset, limit, showMisses);
    }
  }

  @Command(name = "langid", description = "Language identification: Lingua's test data (language-testdata/), "
      + "with plain Lingua (high accuracy, all languages) measured in the same run.")
  static final class Langid extends Base {
    @Option(names = "--languages", paramLabel = "CODES", description = "Only these languages (ISO 639-1, comma-separated).")
    String languages;

    @Option(names = "--no-peers", description = "Do not measure plain Lingua.")
    boolean noPeers;

    @Override
    EvalResult evaluate() throws IOException {
      LangidEval.Options options = new LangidEval.Options(new LinkedHashSet<>(LangidEval.parseLanguages(languages)), limit, !noPeers);
      return new LangidEval(err()).run(dataset, options);
    }

    @Override
    void table(EvalResult result) {
      super.table(result);
      printTypes("storywire", result);
      result.peers().forEach(this::printTypes);
    }

    private void printTypes(String name, EvalResult r) {
      out().printf(Locale.ROOT, "%-12s by type %s, heap %s MiB, load %s ms%n", name, r.extra("by_type"), r.extra("heap_mb"), r.extra("load_ms"));
    }
  }

  @Command(name = "pairs", description = "Same-story scoring on labelled article pairs (SemEval-2022 task 8 JSONL), "
      + "with a word TF-IDF cosine baseline computed in the same run.")
  static final class Pairs extends Base {
    @Option(names = "--weights", paramLabel = "FILE", description = "Scorer weights written by `storywire train` (default: the shipped ones).")
    Path weights;

    @Override
    EvalResult evaluate() throws IOException {
      return new PairsEval(err(), TrainCommand.clusterConfig(weights)).run(dataset, limit);
    }

    @Override
    void table(EvalResult result) {
      super.table(result);
      printExtras("storywire", result);
      result.peers().forEach(this::printExtras);
      if (result.extra("by_pair") instanceof Map<?, ?> byPair) {
        byPair.forEach((pair, figures) -> out().printf(Locale.ROOT, "  %-8s %s%n", pair, figures));
      }
    }

    private void printExtras(String name, EvalResult r) {
      out().printf(Locale.ROOT, "%-12s pearson %s, auc %s, decision threshold %s%n", name, r.extra("pearson"), r.extra("auc"),
          r.extra("threshold"));
    }
  }

  @Command(name = "clustering", description = "Streaming clustering on labelled multilingual stories (every */docs.jsonl "
      + "below the folder, xling_news format), fed through the real pipeline in a shuffled order.")
  static final class Clustering extends Base {
    @Option(names = "--seed", defaultValue = "" + ClusteringEval.DEFAULT_SEED, description = "Seed of the shuffled order (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--orders", defaultValue = "1", description = "Run this many shuffled orders (seeds SEED, SEED+1 …) and "
        + "give the mean figures, with each order's F1 (default ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--weights", paramLabel = "FILE", description = "Scorer weights written by `storywire train` (default: the shipped ones).")
    Path weights;

    @Option(names = "--merge-threshold", paramLabel = "P", description = "The join probability an item needs for two "
        + "stories at once before they merge, or 'never' (default 0.97).")
    String mergeThreshold;

    @Option(names = "--misses", paramLabel = "FILE", description = "Write every wrong merge (two stories put together) and "
        + "missed pair (one event kept apart) to FILE, one tab-separated line each, with both documents' titles.")
    Path misses;

    @Override
    EvalResult evaluate() throws IOException {
      Map<String, String> settings = mergeThreshold == null ? Map.of() : Map.of("cluster.merge-threshold", mergeThreshold);
      return new ClusteringEval(err(), weights == null ? null : weights.toAbsolutePath(), misses, settings)
          .run(dataset, seed, orders);
    }

    @Override
    void table(EvalResult result) {
      super.table(result);
      out().printf(Locale.ROOT, "stories %s, cross-lingual recall %s, BCubed P %s R %s F1 %s%n", result.extra("stories"),
          result.extra("recall_crosslingual"), result.extra("bcubed_precision"), result.extra("bcubed_recall"),
          result.extra("bcubed_f1"));
      if (result.extra("orders") != null) {
        out().printf(Locale.ROOT, "mean of %s orders; F1 by order %s%n", result.extra("orders"), result.extra("f1_by_order"));
      }
      if (result.extra("by_set") instanceof Map<?, ?> bySet) {
        bySet.forEach((set, figures) -> out().printf(Locale.ROOT, "  %-14s %s%n", set, figures));
      }
    }
  }
}
