package dev.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storywire.model.Extraction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One extractor shared by many threads gives the same results as one thread. */
class ThreadSafetyTest {
  @Test
  void concurrentExtractionEqualsSequential() throws Exception {
    List<byte[]> inputs;
    try (Stream<Path> files = Files.list(TestData.seeds())) {
      inputs = files.sorted().map(TestData::read).toList();
    }
    PageExtractor shared = new PageExtractor();
    List<Extraction> expected = inputs.stream().map(b -> shared.extract(TestData.text(b))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Extraction>> futures = new java.util.ArrayList<>();
      for (int round = 0; round < 25; round++) {
        for (byte[] b : inputs) {
          futures.add(pool.submit(() -> shared.extract(TestData.text(b))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % inputs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void seedsFolderIsThere() throws IOException {
    assertThat(Files.isDirectory(TestData.seeds())).isTrue();
  }
}
