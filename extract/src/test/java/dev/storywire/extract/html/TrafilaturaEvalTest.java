package dev.storywire.extract.html;

import dev.storywire.model.QualityFloors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.extract.PageExtractor;
import dev.storywire.extract.TestData;
import dev.storywire.model.Extraction;
import dev.storywire.model.RejectReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * trafilatura's evaluation pages, raw bytes in their own encodings: nothing throws, almost every
 * page yields an article, and the must-keep / must-drop passages score (printed, gated).
 */
class TrafilaturaEvalTest {
  /** Pages with real articles; losing more than this share to NO_CONTENT is a regression. */
  static final double MAX_NO_CONTENT_SHARE = 0.02;

  /** Quality gate on the passage F1; raise it when the extractor improves (measured 0.887 on the 669 pages here). */
  static final double F1_FLOOR = QualityFloors.of("extract.trafilatura.f1");

  @Test
  void everyPageExtractsWithoutExceptionAndAlmostAllHaveContent() throws IOException {
    Path dir = TestData.dataset("trafilatura_eval");
    assumeTrue(Files.isDirectory(dir), "dataset absent: " + dir);
    JsonNode eval = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
    PageExtractor extractor = new PageExtractor();
    int pages = 0;
    int noContent = 0;
    int malformed = 0;
    int[] counts = new int[4]; // tp, fn, fp, tn
    for (Map.Entry<String, JsonNode> e : eval.properties()) {
      Path file = dir.resolve("html").resolve(e.getValue().path("file").asText() + ".gz");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      pages++;
      Extraction x = extractor.extract(TestData.html(TestData.gunzip(file), e.getKey()));
      if (x instanceof Extraction.Rejected r) {
        noContent += r.reason() == RejectReason.NO_CONTENT ? 1 : 0;
        malformed += r.reason() == RejectReason.MALFORMED ? 1 : 0;
      }
      count(e.getValue(), normalize(ZyteBenchmarkTest.body(x)), counts);
    }
    double f1 = 2.0 * counts[0] / (2 * counts[0] + counts[2] + counts[1]);
    System.out.printf(Locale.ROOT, "trafilatura_eval: %d pages, %d NO_CONTENT, passage P %.4f R %.4f F1 %.4f%n", pages,
        noContent, (double) counts[0] / (counts[0] + counts[2]), (double) counts[0] / (counts[0] + counts[1]), f1);
    assertThat(pages).isPositive();
    assertThat(malformed).as("extractor failures (MALFORMED)").isZero();
    assertThat((double) noContent / pages).isLessThan(MAX_NO_CONTENT_SHARE);
    assertThat(f1).isGreaterThanOrEqualTo(F1_FLOOR);
  }

  private static void count(JsonNode page, String text, int[] counts) {
    for (JsonNode with : page.path("with")) {
      counts[text.contains(normalize(with.asText())) ? 0 : 1]++;
    }
    for (JsonNode without : page.path("without")) {
      counts[text.contains(normalize(without.asText())) ? 2 : 3]++;
    }
  }

  private static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
