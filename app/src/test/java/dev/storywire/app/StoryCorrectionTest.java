package dev.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.model.Item;
import dev.storywire.model.ItemKind;
import dev.storywire.model.Story;
import dev.storywire.server.ServerConfig;
import dev.storywire.server.StorywireServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Split and merge correct stories at once, by the command line and the API, and survive rebuild. */
class StoryCorrectionTest {
  @TempDir Path data;

  private static String storyOf(Storywire storywire, String itemId) {
    return storywire.reader().membership(itemId).orElseThrow().storyId();
  }

  private static Item article(Storywire storywire, String lang) {
    return storywire.items().stream().filter(i -> i.kind() == ItemKind.ARTICLE && lang.equals(i.lang()))
        .findFirst().orElseThrow();
  }

  @Test
  void splitAndMergeSurviveRebuild() throws Exception {
    Config config = Config.load(data, Map.of(), Map.of());
    String arabic;
    String chinese;
    String flashA;
    String flashB;
    try (Storywire storywire = Storywire.open(config)) {
      storywire.ingest(List.of(Cli.seeds()));
      arabic = article(storywire, "ar").id();
      chinese = article(storywire, "zh").id();
      String joint = storyOf(storywire, arabic);
      assertThat(storyOf(storywire, chinese)).isEqualTo(joint);

      List<String> after = storywire.split(joint, List.of(chinese)).stories();
      assertThat(after).hasSize(2);
      assertThat(storyOf(storywire, chinese)).isNotEqualTo(storyOf(storywire, arabic));
      assertThat(storywire.itemCount()).isEqualTo(14);

      List<Item> flash = storywire.items().stream().filter(i -> i.kind() == ItemKind.FLASH).toList();
      flashA = flash.get(0).id();
      flashB = flash.get(1).id();
      String merged = storywire.merge(List.of(storyOf(storywire, flashA), storyOf(storywire, flashB))).stories().get(0);
      assertThat(storyOf(storywire, flashA)).isEqualTo(merged).isEqualTo(storyOf(storywire, flashB));

      assertThatThrownBy(() -> storywire.split(merged, List.of(arabic)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a member");
      assertThatThrownBy(() -> storywire.merge(List.of(merged)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two different stories");
    }
    Storywire.rebuild(config);
    try (Storywire rebuilt = Storywire.open(config)) {
      assertThat(storyOf(rebuilt, chinese)).as("the split survives rebuild").isNotEqualTo(storyOf(rebuilt, arabic));
      assertThat(storyOf(rebuilt, flashA)).as("the merge survives rebuild").isEqualTo(storyOf(rebuilt, flashB));
      Story flashStory = rebuilt.reader().story(storyOf(rebuilt, flashA)).orElseThrow();
      assertThat(flashStory.members()).hasSize(2);
      assertThat(rebuilt.storyCount()).isEqualTo(13); // 2 reports apart + 10 single flash items + 1 merged pair
    }
  }

  @Test
  void theCommandLineAndTheApiCorrectStories() throws Exception {
    assertThat(Cli.run("ingest", "--data", data.toString(), Cli.seeds().toString()).exitCode()).isZero();
    String arabic;
    String chinese;
    String joint;
    try (Storywire storywire = Storywire.open(Config.load(data, Map.of(), Map.of()))) {
      arabic = article(storywire, "ar").id();
      chinese = article(storywire, "zh").id();
      joint = storyOf(storywire, arabic);
    }
    Cli.Result wrong = Cli.run("story", "split", "--data", data.toString(), joint, "i0000000000000000");
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err()).contains("must be a member of story " + joint);
    Cli.Result split = Cli.run("story", "split", "--data", data.toString(), joint, chinese);
    assertThat(split.exitCode()).as(split.err()).isZero();
    assertThat(split.out()).startsWith("split: 1 item now in ");

    try (Storywire storywire = Storywire.open(Config.load(data, Map.of(), Map.of()));
        StorywireServer server = StorywireServer.start(new ServerConfig("127.0.0.1", 0, "tok"), storywire.reader(),
            null, new StoryEditing(storywire))) {
      HttpClient http = HttpClient.newHttpClient();
      String body = "{\"stories\": [\"" + storyOf(storywire, arabic) + "\", \"" + storyOf(storywire, chinese) + "\"]}";
      HttpRequest.Builder merge = HttpRequest.newBuilder(server.uri().resolve("/api/stories/merge"))
          .POST(HttpRequest.BodyPublishers.ofString(body));
      assertThat(http.send(merge.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
      HttpResponse<String> merged = http.send(merge.header("Authorization", "Bearer tok").build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
      JsonNode answer = new ObjectMapper().readTree(merged.body());
      assertThat(storyOf(storywire, chinese)).isEqualTo(answer.path("story").asText()).isEqualTo(storyOf(storywire, arabic));
      HttpResponse<String> bad = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/stories/nope/split"))
          .header("Authorization", "Bearer tok").POST(HttpRequest.BodyPublishers.ofString("{\"items\": [\"x\"]}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).contains("no story with id nope").doesNotContain("Exception");
    }
  }
}
