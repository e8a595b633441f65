package dev.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stories that one report shows to be one are merged through the whole pipeline: the absorbed
 * story's members move, its page goes, and a restart or a rebuild gives the same stories.
 */
class ConvergingStoriesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SHIP = "The container ship Ever Ardent, operated by Kallisto Lines, ran aground in the"
      + " Bosporus on Tuesday. Captain Anna Petrova said the crew was safe. Lloyd's Register inspectors and tugs from"
      + " Svitzer and Kumport worked through the night, and the Panama-flagged vessel was refloated on Wednesday.";
  private static final String PORT = "The port of Haydarpasa stays closed after the accident, the Istanbul Port"
      + " Authority said. Its director Mert Aksoy said Ambarli and Yilport would take the waiting ships. Turkish"
      + " Maritime and Kadikoy officials are inspecting the damage along the Marmara shore.";

  private static Path report(Path dir, String name, String title, String text) throws Exception {
    Path file = dir.resolve(name + ".jsonl");
    Files.writeString(file, JSON.createObjectNode().put("url", "http://" + name + ".example/report")
        .put("source", name).put("title", title).put("text", text).put("published", "2025-08-13T08:00:00Z") + "\n");
    return file;
  }

  @Test
  void aReportOfBothFacetsMergesTheTwoStoriesAndTheMergeSurvivesRestartAndRebuild(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    List<Path> reports = List.of(
        report(dir, "ship", "Ship runs aground in the Bosporus", SHIP),
        report(dir, "port", "Haydarpasa port closed", PORT),
        report(dir, "both", "Grounded ship closes Istanbul port", SHIP + " " + PORT));
    for (Path report : reports.subList(0, 2)) {
      assertThat(Cli.run("ingest", "--data", data.toString(), report.toString()).exitCode()).isZero();
    }
    assertThat(Cli.run("stories", "--data", data.toString(), "--json").jsonLines()).as("two facets, nothing shared").hasSize(2);

    Cli.run("ingest", "--data", data.toString(), reports.get(2).toString());

    List<JsonNode> stories = Cli.run("stories", "--data", data.toString(), "--json").jsonLines();
    assertThat(stories).hasSize(1);
    JsonNode evidence = stories.getFirst().path("evidence");
    assertThat(stories.getFirst().path("items")).hasSize(3);
    JsonNode port = evidence.get(1);
    assertThat(port.path("joined_story").asText()).as("the port report founded a story of its own")
        .isNotEmpty().isNotEqualTo(stories.getFirst().path("id").asText());
    assertThat(evidence.get(2).path("merged").get(0).asText()).isEqualTo(port.path("joined_story").asText());
    assertThat(Cli.run("stories", "--data", data.toString()).out()).contains("merged into this story");
    String merged = Cli.run("stories", "--data", data.toString(), "--json").out();

    // a restart restores the merge from the stored memberships: a follow-up of the port joins the merged story
    Path followUp = report(dir, "port-again", "Istanbul port to reopen on Friday",
        "The Istanbul Port Authority said Haydarpasa would reopen on Friday; Mert Aksoy thanked Ambarli and Yilport"
            + " for taking the waiting ships, and Turkish Maritime ended its inspection of the Marmara shore.");
    Cli.run("ingest", "--data", data.toString(), followUp.toString());
    List<JsonNode> after = Cli.run("stories", "--data", data.toString(), "--json").jsonLines();
    assertThat(after).hasSize(1);
    assertThat(after.getFirst().path("items")).hasSize(4);
    String beforeRebuild = Cli.run("stories", "--data", data.toString(), "--json").out();

    assertThat(Cli.run("rebuild", "--data", data.toString()).exitCode()).isZero();
    assertThat(Cli.run("stories", "--data", data.toString(), "--json").out()).isEqualTo(beforeRebuild);
    assertThat(merged).isNotEqualTo(beforeRebuild);

    // the merged-away story's address leads to the story it went into, also after the rebuild
    try (DataView view = Storywire.openForReading(Config.load(data, Map.of(), Map.of()))) {
      String survivor = after.getFirst().path("id").asText();
      assertThat(view.reader().mergedInto(port.path("joined_story").asText())).contains(survivor);
      assertThat(view.reader().mergedInto(survivor)).as("a story that exists was not merged away").isEmpty();
    }
  }
}
