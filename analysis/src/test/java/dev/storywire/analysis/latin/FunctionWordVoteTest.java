package dev.storywire.analysis.latin;

import dev.storywire.model.QualityFloors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FunctionWordVoteTest {
  /** A decisive vote must almost never be wrong: it bypasses the statistical detector. */
  private static final double MIN_PRECISION = QualityFloors.of("analysis.langid.function-word-vote.precision");

  @Test
  void runningTextIsDecidedAndShortTextIsLeftToTheDetector() {
    assertThat(FunctionWordVote.decide("Today was my last day at xAI, the company that I helped start with Elon Musk "
        + "in 2023. I still remember the day I first met Elon, we talked for hours about AI")).isEqualTo("en");
    assertThat(FunctionWordVote.decide("Die Regierung hat am Montag beschlossen, dass die Steuern nicht steigen "
        + "werden, wie der Minister sagte.")).isEqualTo("de");
    assertThat(FunctionWordVote.decide("Babuschkin Ventures")).isNull();
    assertThat(FunctionWordVote.decide("Elon Musk, Google DeepMind, OpenAI, Anthropic, Grok, AlphaStar, ChatGPT, xAI"))
        .isNull();
  }

  @Test
  void decisiveVotesOnLinguaSentencesAreRight() throws IOException {
    Path sentences = Path.of(System.getProperty("storywire.datasets", "../../shared/datasets"),
        "lingua_langid", "language-testdata", "sentences");
    assumeTrue(Files.isDirectory(sentences), "lingua_langid dataset absent");
    int decided = 0;
    int right = 0;
    int total = 0;
    for (String lang : FunctionWordVote.FUNCTION_WORDS.keySet()) {
      Path file = sentences.resolve(lang + ".txt");
      if (!Files.exists(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        total++;
        String vote = FunctionWordVote.decide(line);
        if (vote != null) {
          decided++;
          right += vote.equals(lang) ? 1 : 0;
        }
      }
    }
    double precision = (double) right / decided;
    System.out.printf("function-word vote: decided %d of %d sentences (%.1f%%), precision %.4f%n", decided, total,
        100.0 * decided / total, precision);
    assertThat(precision).isGreaterThanOrEqualTo(MIN_PRECISION);
  }
}
