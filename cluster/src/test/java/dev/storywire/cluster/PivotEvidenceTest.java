package dev.storywire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The English pivot: an English item's own terms and the dictionary translations of another
 * language's words, compared where no text can be compared directly.
 */
class PivotEvidenceTest {
  private static final String EN = "Police arrested a suspect after the rocket launch failed near the coast, "
      + "officials said; the launch was delayed by weather and an engine fault, the agency said";
  private static final List<String> EN_STEMS = List.of("polic", "arrest", "suspect", "rocket", "launch", "fail",
      "coast", "offici", "delai", "weather", "engin", "fault", "agenc");

  private static Map<String, Double> translations(List<String> stems) {
    Map<String, Double> out = new LinkedHashMap<>();
    stems.forEach(s -> out.put(s, 1.0));
    return out;
  }

  private static Map<String, Integer> englishTerms(List<String> stems) {
    Map<String, Integer> out = new LinkedHashMap<>();
    stems.forEach(s -> out.put("en:" + s, 1));
    return out;
  }

  private static final TestItem ENGLISH = TestItem.article("en-report", "en").title("Launch").text(EN)
      .terms(englishTerms(EN_STEMS));

  private static TestItem chinese(String key, List<String> stems) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    for (int i = 0; i < stems.size(); i++) {
      terms.put("zh:词" + key + i, 1);
    }
    return TestItem.article(key, "zh").title("发射").text("警方逮捕嫌疑人").terms(terms).pivot(translations(stems));
  }

  /** A scorer whose frequencies have seen some unrelated reports, so that IDF is not degenerate. */
  private static PairScorer scorer(ScorerWeights weights) {
    PairScorer scorer = new PairScorer(ClusterConfig.DEFAULT.withWeights(weights));
    for (int i = 0; i < 20; i++) {
      scorer.observe(TestItem.article("other" + i, "en").text("other")
          .terms(englishTerms(List.of("market" + i, "stock", "price" + i))).build());
    }
    return scorer;
  }

  private static final ScorerWeights WITH_PIVOT = new ScorerWeights(-3, 1, 1, 1, 0.4, 0.2, 0.4, 10, 1.2, 7, -1.5, 0, 7);

  @Test
  void aTranslatedReportMeetsTheEnglishOneOverThePivot() {
    PairScorer scorer = scorer(WITH_PIVOT);
    List<PairFeatures> same = scorer.features(ENGLISH.build(), chinese("zh-same", EN_STEMS).build());
    List<PairFeatures> other = scorer.features(ENGLISH.build(),
        chinese("zh-other", List.of("football", "match", "goal", "coach", "season", "league", "fan", "stadium",
            "player", "win", "lose", "score", "team")).build());

    assertThat(same).allSatisfy(f -> assertThat(f.pivot()).isGreaterThan(0.9));
    assertThat(other).allSatisfy(f -> assertThat(f.pivot()).isZero());
    assertThat(scorer.score(ENGLISH.build(), chinese("zh-same", EN_STEMS).build()).probability())
        .isGreaterThan(ClusterConfig.DEFAULT_JOIN_THRESHOLD);
    assertThat(scorer.score(ENGLISH.build(), chinese("zh-other", List.of("football", "match", "goal")).build())
        .probability()).isLessThan(ClusterConfig.DEFAULT_JOIN_THRESHOLD);
  }

  @Test
  void pivotWeighsNothingWithinOneLanguageOrWithoutTranslations() {
    PairScorer scorer = scorer(WITH_PIVOT);
    TestItem english2 = TestItem.article("en-report-2", "en").text(EN).terms(englishTerms(EN_STEMS));
    TestItem untranslated = TestItem.article("de-report", "de").text("Polizei")
        .terms(Map.of("de:polizei", 1, "de:rakete", 1));

    assertThat(scorer.features(ENGLISH.build(), english2.build())).allSatisfy(f -> assertThat(f.pivot()).isZero());
    assertThat(scorer.features(ENGLISH.build(), untranslated.build())).allSatisfy(f -> assertThat(f.pivot()).isZero());
  }

  @Test
  void aShortTranslationGetsLessConfidence() {
    PairScorer scorer = scorer(WITH_PIVOT);
    List<PairFeatures> shortOne = scorer.features(ENGLISH.build(), chinese("zh-short", EN_STEMS.subList(0, 3)).build());
    // the Chinese item against a story of the English one: its three terms give a quarter of full confidence
    assertThat(shortOne.get(0).pivot()).isLessThanOrEqualTo(3.0 / SameStoryScorer.FULL_TEXT_CONFIDENCE_TERMS);
  }

  @Test
  void pivotTermsAreBoundedPerItem() {
    Map<String, Double> many = new LinkedHashMap<>();
    for (int i = 0; i < 5_000; i++) {
      many.put("word" + i, 1.0 + i % 7);
    }
    ItemProfile profile = new ItemProfiler(ClusterConfig.DEFAULT)
        .profile(chinese("zh-many", List.of()).pivot(many).build(), Instant.EPOCH, new DocumentFrequencies());
    assertThat(profile.pivot().terms()).hasSize(ItemProfiler.MAX_PIVOT_TERMS)
        .allSatisfy(term -> assertThat(term).startsWith(ItemProfiler.PIVOT_PREFIX));
  }

  @Test
  void weightsWithoutAPivotLineReadAsZeroAndTrainingStartsItAtTheTextWeight() throws Exception {
    String old = "bias=-5\\nentity=1\\nhandle=1\\nurl=1\\nday=0.4\\ncoarse-date=0.2\\nnumber=0.4\\nstrong-cap=10\\n"
        .replace("\\n", "\n") + "weak-cap=1.2\ntext=7\nflash=-1.5\ncross-lingual=0\n";
    ScorerWeights read = ScorerWeights.read(new java.io.ByteArrayInputStream(old.getBytes(
        java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(read.pivot()).isZero();
    assertThat(ScorerTrainer.start(read).pivot()).isEqualTo(7);
    assertThat(ScorerTrainer.start(WITH_PIVOT)).isEqualTo(WITH_PIVOT);
  }
}
