package dev.storywire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storywire.model.QualityFloors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The quality floors of {@code docs/quality-floors.properties}, enforced with the same code the
 * {@code storywire eval} commands run, on the public benchmarks in {@code ../shared/datasets}.
 * Each test skips, saying so, when its dataset is absent (a clone outside our machines).
 */
class BenchmarkFloorsTest {
  private static final PrintWriter LOG = new PrintWriter(System.out, true);

  @Test
  void zyteArticleBodyF1() throws IOException {
    EvalResult r = new ExtractionEval(LOG).run(dataset("zyte_article_extraction"), ExtractionEval.Options.DEFAULT);
    print("zyte", r);
    r.peers().forEach((tool, peer) -> System.out.printf("zyte peer %-16s F1 %.4f%n", tool, peer.f1()));
    assertThat(r.failures()).isZero();
    assertThat(r.f1()).isGreaterThanOrEqualTo(QualityFloors.of("extract.zyte.f1"));
  }

  @Test
  void trafilaturaPassageF1() throws IOException {
    EvalResult r = new ExtractionEval(LOG).run(dataset("trafilatura_eval"), ExtractionEval.Options.DEFAULT);
    print("trafilatura_eval", r);
    assertThat(r.failures()).isZero();
    assertThat(r.f1()).isGreaterThanOrEqualTo(QualityFloors.of("extract.trafilatura.f1"));
  }

  @Test
  void htmldatePublicationDateAccuracy() throws IOException {
    EvalResult r = new DateEval(LOG).run(dataset("htmldate_eval"), 0, false);
    print("htmldate_eval", r);
    assertThat(r.failures()).isZero();
    assertThat(r.accuracy()).isGreaterThanOrEqualTo(QualityFloors.of("extract.htmldate.accuracy"));
  }

  @Test
  void linguaTestDataAccuracyPerSampleType() throws IOException {
    EvalResult r = new LangidEval(LOG).run(dataset("lingua_langid"), new LangidEval.Options(java.util.Set.of(), 0, false));
    System.out.printf("lingua_langid: %d samples, by type %s, load %s ms, heap %s MiB%n", r.items(), r.extra("by_type"),
        r.extra("load_ms"), r.extra("heap_mb"));
    @SuppressWarnings("unchecked")
    java.util.Map<String, Double> byType = (java.util.Map<String, Double>) r.extra("by_type");
    for (String type : LangidEval.TYPES) {
      assertThat(byType.get(type)).as(type).isGreaterThanOrEqualTo(QualityFloors.of("analysis.langid.lingua." + type));
    }
  }

  @Test
  void semevalPairs() throws IOException {
    Path file = dataset("semeval2022_task8_hfl").resolve("pairs.jsonl");
    EvalResult r = new PairsEval(LOG).run(file, 0);
    print("semeval pairs", r);
    System.out.printf("semeval pairs: pearson %s auc %s; tfidf pearson %s auc %s%n", r.extra("pearson"), r.extra("auc"),
        r.peers().get("tfidf").extra("pearson"), r.peers().get("tfidf").extra("auc"));
    assertThat(r.failures()).isZero();
    assertThat((Double) r.extra("pearson")).isGreaterThanOrEqualTo(QualityFloors.of("cluster.semeval.pearson"));
    assertThat((Double) r.extra("auc")).isGreaterThanOrEqualTo(QualityFloors.of("cluster.semeval.auc"));
  }

  /** Shuffled orders xling_news is clustered in for its floors (seeds 20261201 to 20261205). */
  private static final int XLING_ORDERS = 5;

  @Test
  void xlingNewsClustering() throws IOException {
    // The mean over five shuffled orders: one order's pairwise F1 moves by a tenth either way with a
    // few joins of large stories, so a floor on one order would judge the order, not the change.
    EvalResult r = new ClusteringEval(LOG).run(dataset("xling_news"), ClusteringEval.DEFAULT_SEED, XLING_ORDERS);
    print("xling_news", r);
    System.out.printf("xling_news (mean of %d orders): %s stories, cross-lingual recall %s, BCubed F1 %s, F1 by order %s%n",
        XLING_ORDERS, r.extra("stories"), r.extra("recall_crosslingual"), r.extra("bcubed_f1"), r.extra("f1_by_order"));
    assertThat(r.failures()).isZero();
    assertThat(r.f1()).isGreaterThanOrEqualTo(QualityFloors.of("cluster.xling.f1"));
    assertThat((Double) r.extra("bcubed_f1")).isGreaterThanOrEqualTo(QualityFloors.of("cluster.xling.bcubed-f1"));
    assertThat((Double) r.extra("recall_crosslingual")).isGreaterThanOrEqualTo(QualityFloors.of("cluster.xling.recall-crosslingual"));
  }

  private static void print(String name, EvalResult r) {
    System.out.printf("%s: %d items, P %.4f R %.4f F1 %.4f accuracy %s, %.2f ms/item (one cold pass)%n", name, r.items(),
        r.precision(), r.recall(), r.f1(), r.accuracy() == null ? "-" : String.format("%.4f", r.accuracy()), r.msPerItem());
  }

  private static Path dataset(String name) {
    Path dir = Path.of(System.getProperty("storywire.datasets", "../../shared/datasets"), name);
    assumeTrue(Files.isDirectory(dir), "dataset absent, test skipped: " + dir.toAbsolutePath());
    return dir;
  }
}
