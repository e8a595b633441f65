package dev.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The foundation issue's acceptance, through the real command line: the two seed pages make one
 * Arabic–Chinese story, and the twelve ticker items twelve stories of their own.
 */
class SeedAcceptanceTest {
  private static final String CHINESE_TITLE = "xAI联合创始人Babuschkin离职创业 投资AI安全领域";

  static Stream<Arguments> ingestOrders() {
    return Stream.of(
        Arguments.of("together", List.of(List.of(Cli.seeds()))),
        Arguments.of("arabic first", List.of(List.of(Cli.arabicSeed()), List.of(Cli.chineseSeed()))),
        Arguments.of("chinese first", List.of(List.of(Cli.chineseSeed()), List.of(Cli.arabicSeed()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ingestOrders")
  void seedsMakeOneCrossLingualStoryAndTwelveFlashStories(String order, List<List<Path>> batches, @TempDir Path data) {
    for (List<Path> batch : batches) {
      List<String> args = new ArrayList<>(List.of("ingest", "--data", data.toString()));
      batch.forEach(p -> args.add(p.toString()));
      Cli.Result ingest = Cli.run(args.toArray(String[]::new));
      assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }
    List<JsonNode> stories = Cli.run("stories", "--data", data.toString(), "--json").jsonLines();
    List<JsonNode> items = Cli.run("items", "--data", data.toString(), "--json").jsonLines();

    List<JsonNode> articles = items.stream().filter(i -> i.path("kind").asText().equals("article")).toList();
    List<JsonNode> flash = items.stream().filter(i -> i.path("kind").asText().equals("flash")).toList();
    assertThat(articles).hasSize(2);
    assertThat(flash).hasSize(12);
    assertThat(stories).hasSize(13);

    JsonNode joint = stories.stream().filter(s -> s.path("items").size() == 2).findFirst().orElseThrow();
    assertThat(texts(joint.path("languages"))).containsExactly("ar", "zh");
    assertThat(texts(joint.path("items"), "kind")).containsOnly("article");
    assertThat(stories.stream().filter(s -> s != joint))
        .allSatisfy(s -> {
          assertThat(s.path("items")).hasSize(1);
          assertThat(s.path("items").get(0).path("kind").asText()).isEqualTo("flash");
        });
    assertThat(flash).extracting(f -> f.path("story").asText()).doesNotHaveDuplicates();

    JsonNode arabic = byLang(articles, "ar");
    JsonNode chinese = byLang(articles, "zh");
    assertThat(arabic.path("event_dates").get(0).asText()).isEqualTo("2025-08-13");
    assertThat(chinese.path("title").asText()).isEqualTo(CHINESE_TITLE);
    for (JsonNode f : flash) {
      String text = f.path("text").asText();
      String probe = text.substring(0, Math.min(12, text.length()));
      assertThat(chinese.path("text").asText()).doesNotContain(probe);
      assertThat(f.path("published").asText()).startsWith("2025-11-28T");
    }
    assertThat(chinese.path("text").asText()).doesNotContain("最新快讯").doesNotContain("13:39");
  }

  @Test
  void namesFindBothReportsWhateverTheScriptOfTheQuery(@TempDir Path data) {
    assertThat(Cli.run("ingest", "--data", data.toString(), Cli.seeds().toString()).exitCode()).isZero();
    List<JsonNode> items = Cli.run("items", "--data", data.toString(), "--json").jsonLines();
    List<String> reports = items.stream().filter(i -> i.path("kind").asText().equals("article"))
        .map(i -> i.path("id").asText()).toList();
    for (String query : List.of("Babuschkin", "بابوشكين", "马斯克", "Musk")) {
      List<JsonNode> hits = Cli.run("search", "--data", data.toString(), "--json", query).jsonLines();
      assertThat(hits).as(query).extracting(h -> h.path("id").asText()).containsAll(reports);
    }
  }

  @Test
  void itemJsonCarriesTheContractFields(@TempDir Path data) {
    Cli.run("ingest", "--data", data.toString(), Cli.arabicSeed().toString());
    JsonNode arabic = Cli.run("items", "--data", data.toString(), "--json").jsonLines().getFirst();
    for (String field : List.of("id", "kind", "lang", "title", "text", "published", "first_seen", "event_dates",
        "story", "paragraphs", "entities")) {
      assertThat(arabic.has(field)).as(field).isTrue();
    }
    assertThat(arabic.path("lang").asText()).isEqualTo("ar");
    assertThat(arabic.path("published").isNull()).as("the page states no publication date").isTrue();
    JsonNode quote = null;
    for (JsonNode p : arabic.path("paragraphs")) {
      if (p.path("role").asText().equals("quote")) {
        quote = p;
      }
      assertThat(p.path("text").asText()).doesNotStartWith("اقرأ أيضًا");
    }
    assertThat(quote).isNotNull();
    assertThat(quote.path("lang").asText()).isEqualTo("en");
    assertThat(quote.path("text").asText()).startsWith("Today was my last day at xAI");
    assertThat(arabic.path("entities").toString()).contains("بابوشكين");
  }

  private static JsonNode byLang(List<JsonNode> items, String lang) {
    return items.stream().filter(i -> i.path("lang").asText().equals(lang)).findFirst().orElseThrow();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }
}
