package dev.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same inputs give the same items and stories in another process, whatever its thread count.
 * Locks down a bug: lexicon tables built with {@code Map.copyOf}, whose iteration order changes
 * from one JVM to the next, made "Hong Kong" a place in one run and an unclassified name in
 * another. In-process tests cannot see that; two JVMs can.
 */
class CrossRunDeterminismTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void twoProcessesWithDifferentThreadCountsBuildTheSameItemsAndStories(@TempDir Path dir) throws Exception {
    List<String> inputs = new ArrayList<>(List.of(Cli.seeds().toString()));
    Path zyte = Path.of(System.getProperty("storywire.datasets", "../../shared/datasets"), "zyte_article_extraction", "html");
    if (Files.isDirectory(zyte)) {
      inputs.add(zyte.toString()); // 130 real pages in many languages, when the datasets are present
    }
    String first = run(dir.resolve("a"), "-XX:ActiveProcessorCount=2", inputs);
    String second = run(dir.resolve("b"), "-XX:ActiveProcessorCount=1", inputs);
    assertThat(second).isEqualTo(first);
  }

  /** Ingests in a fresh JVM, then lists items and stories in another, without receive times. */
  private static String run(Path data, String cpuFlag, List<String> inputs) throws Exception {
    List<String> ingest = new ArrayList<>(List.of("ingest", "--data", data.toString()));
    ingest.addAll(inputs);
    java(cpuFlag, ingest);
    StringBuilder out = new StringBuilder();
    for (String line : java(cpuFlag, List.of("items", "--data", data.toString(), "--json")).split("\n")) {
      ObjectNode item = (ObjectNode) JSON.readTree(line);
      item.remove("first_seen");
      out.append(item).append('\n');
    }
    for (String line : java(cpuFlag, List.of("stories", "--data", data.toString(), "--json")).split("\n")) {
      ObjectNode story = (ObjectNode) JSON.readTree(line);
      story.remove("updated");
      out.append(story).append('\n');
    }
    return out.toString();
  }

  private static String java(String cpuFlag, List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        cpuFlag, "-cp", System.getProperty("java.class.path"), "dev.storywire.app.Main"));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", args)).isZero();
    return out;
  }
}
