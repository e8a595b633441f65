package dev.storywire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pair and clustering metrics on cases small enough to count by hand. */
class StoryMetricsTest {
  @Test
  void pearsonIsSignedSoThatHigherScoresForMoreSimilarPairsArePositive() {
    // overall: 1 = very similar … 4 = very dissimilar; a score that falls as overall rises is right
    List<PairsEval.Scored> scored = List.of(
        new PairsEval.Scored("en-en", 1.0, 0.9, 0), new PairsEval.Scored("en-en", 2.0, 0.6, 0),
        new PairsEval.Scored("en-en", 3.0, 0.3, 0), new PairsEval.Scored("en-en", 4.0, 0.0, 0));
    assertThat(PairsEval.pearson(scored, PairsEval.Scored::ours)).isCloseTo(1.0, within(1e-12));
    assertThat(PairsEval.pearson(scored, PairsEval.Scored::tfidf)).isNaN(); // a constant score has no correlation
  }

  @Test
  void aucIsTheChanceASamePairOutscoresADifferentOneWithTiesHalf() {
    List<PairsEval.Scored> decided = List.of(
        new PairsEval.Scored("x", 1.0, 0.8, 0), new PairsEval.Scored("x", 1.5, 0.4, 0),
        new PairsEval.Scored("x", 3.5, 0.4, 0), new PairsEval.Scored("x", 4.0, 0.1, 0));
    // same {0.8, 0.4} vs different {0.4, 0.1}: wins 0.8>0.4, 0.8>0.1, 0.4=0.4 (half), 0.4>0.1 → 3.5 / 4
    assertThat(PairsEval.auc(decided, PairsEval.Scored::ours)).isCloseTo(0.875, within(1e-12));
  }

  @Test
  void pairwiseCountsEventPairsAndJudgesOnlyDifferentStoriesAsFalsePositives() {
    List<ClusteringEval.Doc> docs = List.of(
        doc("a1", "en", "e1", "s1", "k1"), doc("a2", "ar", "e1", "s1", "k1"), // event pair together: TP, cross-lingual
        doc("a3", "zh", "e1", "s1", "k2"), // same event, apart: two missed event pairs (both cross-lingual)
        doc("b1", "en", "e2", "s1", "k1"), // same story, other event, together with a1/a2: not judged
        doc("c1", "en", "e3", "s2", "k2")); // other story, together with a3: FP
    EvalResult r = ClusteringEval.figures(docs);
    assertThat(r.precision()).isCloseTo(0.5, within(1e-12)); // tp 1, fp 1
    assertThat(r.recall()).isCloseTo(1 / 3.0, within(1e-12)); // 3 event pairs, 1 together
    assertThat((Double) r.extra("recall_crosslingual")).isCloseTo(1 / 3.0, within(1e-6));
    // BCubed over events: clusters k1 {a1,a2,b1}, k2 {a3,c1}; events e1 {a1,a2,a3}, e2 {b1}, e3 {c1}
    double[] b = ClusteringEval.bcubed(docs);
    assertThat(b[0]).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 2.0 + 1 / 3.0 + 1 / 2.0) / 5, within(1e-12));
    assertThat(b[1]).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1 + 1) / 5, within(1e-12));
  }

  @Test
  void missesListTheFalsePositivesThenTheMissedEventPairsTheFiguresCount(@TempDir Path dir) throws IOException {
    List<ClusteringEval.Doc> docs = List.of(
        doc("a1", "en", "e1", "s1", "k1"), doc("a2", "ar", "e1", "s1", "k1"), doc("a3", "zh", "e1", "s1", "k2"),
        doc("b1", "en", "e2", "s1", "k1"), doc("c1", "en", "e3", "s2", "k2"));
    Path file = dir.resolve("misses.tsv");
    ClusteringEval.writeMisses(docs, Map.of("set/c1", "Another\tstory", "set/a3", "The event"),
        Map.of("set/c1", "founded"), file);
    List<String> lines = Files.readAllLines(file);
    // the one FP of the figures above, then its three event pairs less the one together
    assertThat(lines).hasSize(4);
    assertThat(lines.get(3)).isEqualTo("joined\tset/c1\ten\te3\tAnother story\tk2\tfounded");
    assertThat(lines.get(0)).isEqualTo(String.join("\t", "wrong-merge", "set/a3", "zh", "e1", "The event",
        "set/c1", "en", "e3", "Another story", "k2", "k2"));
    assertThat(lines.subList(1, 3)).allSatisfy(l -> assertThat(l).startsWith("missed\tset/a").contains("\tset/a3\t"));
  }

  @Test
  void theMeanOverOrdersAveragesEveryFigureAndKeepsEachOrdersF1() {
    EvalResult a = ClusteringEval.figures(List.of(doc("a1", "en", "e1", "s1", "k1"), doc("a2", "ar", "e1", "s1", "k1")))
        .extra("by_set", Map.of("set", ClusteringEval.figures(List.of(doc("a1", "en", "e1", "s1", "k1"))).toJson()));
    EvalResult b = ClusteringEval.figures(List.of(doc("a1", "en", "e1", "s1", "k1"), doc("a2", "ar", "e1", "s1", "k2")))
        .extra("by_set", Map.of("set", ClusteringEval.figures(List.of(doc("a1", "en", "e1", "s1", "k1"))).toJson()));
    EvalResult mean = ClusteringEval.mean(List.of(a, b));
    assertThat(a.f1()).isEqualTo(1.0);
    assertThat(b.f1()).isEqualTo(0.0);
    assertThat(mean.f1()).isEqualTo(0.5);
    assertThat(mean.recall()).isEqualTo(0.5);
    assertThat((Double) mean.extra("recall_crosslingual")).isEqualTo(0.5);
    assertThat((Double) mean.extra("stories")).isEqualTo(1.5);
    assertThat(mean.extra("f1_by_order")).isEqualTo(List.of(1.0, 0.0));
    assertThat(mean.extra("f1_min")).isEqualTo(0.0);
    assertThat(mean.extra("orders")).isEqualTo(2);
    assertThat(mean.extra("by_set")).isInstanceOf(Map.class);
  }

  private static ClusteringEval.Doc doc(String id, String lang, String event, String story, String predicted) {
    return new ClusteringEval.Doc("set", id, lang, event, story, predicted);
  }
}
