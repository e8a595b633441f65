package dev.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storywire.store.Archive;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive is the source of truth: duplicates are recognised, rebuilds and restarts reproduce the same stories. */
class DurabilityTest {

  @Test
  void sameBytesTwiceAreOneRecord(@TempDir Path data) {
    Cli.run("ingest", "--data", data.toString(), Cli.arabicSeed().toString());
    Cli.Result again = Cli.run("ingest", "--data", data.toString(), Cli.arabicSeed().toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).contains("duplicate").contains("same bytes as archive record 1");
    assertThat(Cli.run("items", "--data", data.toString(), "--json").jsonLines()).hasSize(1);
  }

  @Test
  void rebuildYieldsTheSameStoriesWithTheSameIds(@TempDir Path data) {
    Cli.run("ingest", "--data", data.toString(), Cli.chineseSeed().toString());
    Cli.run("ingest", "--data", data.toString(), Cli.arabicSeed().toString());
    String storiesBefore = Cli.run("stories", "--data", data.toString(), "--json").out();
    String itemsBefore = Cli.run("items", "--data", data.toString(), "--json").out();

    Cli.Result rebuild = Cli.run("rebuild", "--data", data.toString());
    assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();

    assertThat(Cli.run("stories", "--data", data.toString(), "--json").out()).isEqualTo(storiesBefore);
    assertThat(Cli.run("items", "--data", data.toString(), "--json").out()).isEqualTo(itemsBefore);
  }

  @Test
  void aDamagedIndexIsReportedWithItsCureAndRebuiltFromTheArchive(@TempDir Path data) throws Exception {
    Cli.run("ingest", "--data", data.toString(), Cli.chineseSeed().toString(), Cli.arabicSeed().toString());
    String storiesBefore = Cli.run("stories", "--data", data.toString(), "--json").out();
    try (var files = Files.list(data.resolve("index"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("(_.*\\.(cfs|si)|segments_.*)")).toList()) {
        Files.write(file, new byte[] {1, 2, 3}); // truncated to garbage, as a failing disk or a careless copy leaves it
      }
    }

    for (String command : new String[] {"stories", "search", "ingest"}) {
      Cli.Result broken = command.equals("search")
          ? Cli.run("search", "--data", data.toString(), "Musk")
          : command.equals("ingest") ? Cli.run("ingest", "--data", data.toString(), Cli.arabicSeed().toString())
          : Cli.run("stories", "--data", data.toString());
      assertThat(broken.exitCode()).as(command).isEqualTo(1);
      assertThat(broken.err()).as(command).contains("index in " + data.resolve("index") + " is damaged")
          .contains("storywire rebuild --data " + data).doesNotContain("Exception").doesNotContain("\tat ");
    }

    Cli.Result rebuild = Cli.run("rebuild", "--data", data.toString());
    assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
    assertThat(Cli.run("stories", "--data", data.toString(), "--json").out()).isEqualTo(storiesBefore);
  }

  @Test
  void recordsArchivedButNotIndexedBeforeACrashAreProcessedOnRestart(@TempDir Path data) throws Exception {
    Config config = Config.load(data, Map.of(), Map.of());
    Files.createDirectories(config.archiveDir());
    // What a crash right after the archive's acknowledgement leaves: the record, no index entry.
    try (Archive archive = Archive.open(config.archiveDir()); InputStream in = Files.newInputStream(Cli.arabicSeed())) {
      archive.append(Cli.arabicSeed().toString(), in, Instant.parse("2026-11-23T08:00:00Z"));
    }
    try (Storywire storywire = Storywire.open(config)) {
      assertThat(storywire.items()).hasSize(1);
      assertThat(storywire.items().getFirst().lang()).isEqualTo("ar");
      assertThat(storywire.items().getFirst().firstSeen()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    }
  }

  @Test
  void jsonLinesInputGivesOneItemPerLineWithItsMetadata(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    String arabic = Files.readString(Cli.arabicSeed());
    Map<String, String> line = Map.of("url", "https://example.org/ar/1", "source", "Example", "text", arabic,
        "published", "2025-08-14T09:30:00+03:00");
    Path jsonl = dir.resolve("dump.jsonl");
    Files.writeString(jsonl, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(line) + "\n{broken\n");
    Cli.Result ingest = Cli.run("ingest", "--data", data.toString(), jsonl.toString());
    assertThat(ingest.exitCode()).isZero();
    assertThat(ingest.err()).contains("dump.jsonl:2").contains("malformed");
    List<JsonNode> items = Cli.run("items", "--data", data.toString(), "--json").jsonLines();
    assertThat(items).hasSize(1);
    assertThat(items.getFirst().path("published").asText()).startsWith("2025-08-14");
    assertThat(items.getFirst().path("url").asText()).isEqualTo("https://example.org/ar/1");
  }

}
