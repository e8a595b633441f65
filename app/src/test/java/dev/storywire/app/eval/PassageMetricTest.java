package dev.storywire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PassageMetricTest {
  @Test
  void passagesMatchAfterWhitespaceNormalisationAndCountOverTheCorpus() throws Exception {
    JsonNode page = new ObjectMapper().readTree("""
        {"with": ["The minister  said\\ntaxes stay", "absent passage"], "without": ["Subscribe now", "Cookie policy"]}""");
    PassageMetric metric = new PassageMetric();
    metric.add(page, "Headline\n\nThe minister said taxes stay low.\nSubscribe now");
    // tp 1, fn 1, fp 1, tn 1
    assertThat(metric.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(metric.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(metric.f1()).isCloseTo(0.5, within(1e-12));
    assertThat(metric.accuracy()).isCloseTo(0.5, within(1e-12));
    metric.add(page, ""); // a failed page is empty output: 2 fn, 2 tn
    assertThat(metric.recall()).isCloseTo(0.25, within(1e-12));
    assertThat(metric.pages()).isEqualTo(2);
  }
}
