package dev.storywire.analysis.langid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NgramModelTest {
  private static NgramModel model;
  private static Path file;

  @BeforeAll
  static void load() {
    model = NgramModelStore.load();
    file = NgramModelStore.directory().resolve(NgramModelStore.FILE_NAME);
  }

  @Test
  void holdsAllOfLinguasNgrams() {
    assertThat(model.postingCount()).isEqualTo(19_719_393);
    assertThat(model.keyCount()).isEqualTo(7_594_057);
  }

  @Test
  void findsTheProbabilityOfAnNgramInEachLanguageThatHasIt() {
    int key = model.find(NgramHash.of("the"));
    assertThat(key).isNotNegative();
    boolean english = false;
    for (int p = model.firstPosting(key); p < model.endPosting(key); p++) {
      if (model.language(p) == LangidLanguage.ENGLISH.ordinal()) {
        english = true;
        // P(e | th) in English is high
        assertThat(model.logProbability(p)).isBetween(-1.5f, 0f);
      }
    }
    assertThat(english).isTrue();
    assertThat(model.find(NgramHash.of("qxzjv"))).isEqualTo(-1);
  }

  @Test
  void storesLinguasLogProbabilitiesExactly() {
    // as Lingua: the float fraction, then ln rounded to float
    assertThat(NgramModelBuilder.logProbability(1f / 3)).isEqualTo((float) Math.log(1f / 3));
    // English "th" then "e": the model holds the float Lingua computes, not a rounding of it
    int key = model.find(NgramHash.of("the"));
    float stored = Float.NaN;
    for (int p = model.firstPosting(key); p < model.endPosting(key); p++) {
      if (model.language(p) == LangidLanguage.ENGLISH.ordinal()) {
        stored = model.logProbability(p);
      }
    }
    float lingua = linguaLogProbability("en", "trigrams", "the");
    assertThat(stored).isEqualTo(lingua);
  }

  /** ln p of an n-gram as Lingua reads it from its JSON model (a slow scan, for one n-gram). */
  private static float linguaLogProbability(String iso, String order, String ngram) {
    String resource = "language-models/" + iso + "/" + order + ".json";
    try (var in = NgramModelTest.class.getClassLoader().getResourceAsStream(resource)) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      var matcher = java.util.regex.Pattern.compile("\"(\\d+)/(\\d+)\":\"([^\"]*)\"").matcher(json);
      while (matcher.find()) {
        if (java.util.List.of(matcher.group(3).split(" ")).contains(ngram)) {
          float p = Float.parseFloat(matcher.group(1)) / Integer.parseInt(matcher.group(2));
          return (float) Math.log(p);
        }
      }
      throw new AssertionError(ngram + " not in " + resource);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void rejectsWrongMagicTruncationAndCorruption(@TempDir Path dir) throws IOException {
    Path garbage = dir.resolve("garbage.bin");
    Files.write(garbage, "not a model, just some bytes that are long enough for a header......".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> NgramModel.open(garbage)).isInstanceOf(NgramModel.InvalidModelException.class).hasMessageContaining("bad magic");

    Path truncated = dir.resolve("truncated.bin");
    Files.copy(file, truncated);
    try (RandomAccessFile raf = new RandomAccessFile(truncated.toFile(), "rw")) {
      raf.setLength(raf.length() - 1000);
    }
    assertThatThrownBy(() -> NgramModel.open(truncated)).isInstanceOf(NgramModel.InvalidModelException.class).hasMessageContaining("truncated");
    Files.delete(truncated);

    Path corrupt = dir.resolve("corrupt.bin");
    Files.copy(file, corrupt);
    try (RandomAccessFile raf = new RandomAccessFile(corrupt.toFile(), "rw")) {
      raf.seek(raf.length() / 2);
      int b = raf.read();
      raf.seek(raf.length() / 2);
      raf.write(b ^ 0x5A);
    }
    assertThatThrownBy(() -> NgramModel.open(corrupt)).isInstanceOf(NgramModel.InvalidModelException.class).hasMessageContaining("checksum");
  }

  @Test
  void anInvalidFileIsRebuilt(@TempDir Path dir) throws IOException {
    Path target = dir.resolve(NgramModelStore.FILE_NAME);
    Files.write(target, new byte[100]);
    int[] builds = {0};
    NgramModel rebuilt = NgramModelStore.load(dir, t -> {
      builds[0]++;
      Files.copy(file, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    });
    assertThat(builds[0]).isEqualTo(1);
    assertThat(rebuilt.keyCount()).isEqualTo(model.keyCount());
    // now valid: opened, not rebuilt
    NgramModelStore.load(dir, t -> builds[0]++);
    assertThat(builds[0]).isEqualTo(1);
  }
}
