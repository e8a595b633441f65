package dev.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checked-in corpus of hostile pages ({@code src/test/resources/bad-input}, see its README),
 * fed to {@code ingest} beside the seeds and to {@code eval extraction} as a benchmark folder:
 * each page gets its specific result, and the rest of the batch is unharmed.
 */
class BadInputCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** File → the start of its {@code ingest} line (outcome, then the reason where rejected). */
  private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("empty.html", List.of("rejected", "empty"));
    EXPECTED.put("binary.html", List.of("rejected", "binary"));
    EXPECTED.put("all-script.html", List.of("rejected", "no-content"));
    EXPECTED.put("nested.html.gz", List.of("new"));
    EXPECTED.put("huge.html.gz", List.of("rejected", "too-large"));
    EXPECTED.put("truncated.html.gz", List.of("rejected", "truncated gzip"));
    EXPECTED.put("wrong-charset-utf8-says-1256.html", List.of("new"));
    EXPECTED.put("wrong-charset-gbk-says-utf8.html", List.of("new"));
  }

  @Test
  void ingestGivesEachHostilePageItsReasonAndTheSeedsStillMakeTheirStories(@TempDir Path dir) throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("inputs"));
    copyCorpus(inputs);
    Files.copy(Cli.arabicSeed(), inputs.resolve("seed-arabic.txt"));
    Files.copy(Cli.chineseSeed(), inputs.resolve("seed-chinese.txt"));
    Path data = dir.resolve("data");

    Cli.Result ingest = Cli.run("ingest", "--data", data.toString(), inputs.toString());

    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    for (Map.Entry<String, List<String>> e : EXPECTED.entrySet()) {
      String line = lineOf(ingest.err(), e.getKey());
      assertThat(line).as(e.getKey()).startsWith(e.getValue().get(0));
      e.getValue().stream().skip(1).forEach(reason -> assertThat(line).as(e.getKey()).contains(reason));
    }
    List<JsonNode> items = Cli.run("items", "--data", data.toString(), "--json").jsonLines();
    String texts = items.stream().map(i -> i.path("text").asText()).reduce("", (a, b) -> a + "\n" + b);
    assertThat(texts).contains("The harbour authority of Lakeford said on Tuesday") // from the nested page
        .contains("قالت سلطة الميناء يوم الثلاثاء") // UTF-8 despite its windows-1256 label
        .contains("港口管理局周二表示"); // GBK despite its UTF-8 label
    List<JsonNode> stories = Cli.run("stories", "--data", data.toString(), "--json").jsonLines();
    assertThat(stories).anySatisfy(s -> assertThat(s.path("languages").toString()).contains("ar").contains("zh"));
    assertThat(Cli.run("rejections", "--data", data.toString(), "--json").jsonLines())
        .hasSize(5).allSatisfy(r -> assertThat(r.path("detail").asText()).isNotBlank());
  }

  @Test
  void evalExtractionCountsTheHostilePagesAsFailuresAndScoresTheRest(@TempDir Path dir) throws Exception {
    Path html = Files.createDirectories(dir.resolve("html"));
    Map<String, Object> truth = new LinkedHashMap<>();
    for (Path file : corpus()) {
      String name = file.getFileName().toString();
      String id = name.replaceAll("\\.html(\\.gz)?$", "");
      byte[] bytes = Files.readAllBytes(file);
      // The Zyte format names every page .html.gz: plain corpus files keep their bytes under that
      // name, so the reader must tell gzip by the first bytes, not by the name.
      Files.write(html.resolve(id + ".html.gz"), bytes);
      truth.put(id, Map.of("articleBody", "The harbour authority of Lakeford said on Tuesday that the old bridge will reopen in May"));
    }
    JSON.writeValue(dir.resolve("ground-truth.json").toFile(), truth);

    Cli.Result run = Cli.run("eval", "extraction", "--dataset", dir.toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().strip().lines().toList();
    JsonNode result = JSON.readTree(lines.get(lines.size() - 1));
    assertThat(result.path("items").asInt()).isEqualTo(EXPECTED.size());
    // empty, binary, huge (over the page limit) and truncated fail; the all-script page has no
    // article (an honest empty output, not a failure); the nested and mislabelled pages are read.
    assertThat(result.path("failures").asInt()).as(run.err()).isEqualTo(4);
    assertThat(run.err()).contains("failed page empty: empty").contains("failed page binary: binary")
        .contains("failed page huge: too-large").contains("failed page truncated: truncated gzip");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  private static String lineOf(String output, String name) {
    return output.lines().filter(l -> l.contains(name)).findFirst().orElse("(no line for " + name + ")");
  }

  private static void copyCorpus(Path target) throws IOException {
    for (Path file : corpus()) {
      Files.copy(file, target.resolve(file.getFileName()));
    }
  }

  private static List<Path> corpus() throws IOException {
    try {
      Path dir = Path.of(BadInputCorpusTest.class.getResource("/bad-input").toURI());
      try (Stream<Path> files = Files.list(dir)) {
        return files.filter(f -> EXPECTED.containsKey(f.getFileName().toString())).sorted().toList();
      }
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
