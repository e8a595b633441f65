package dev.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.model.Story;
import dev.storywire.server.ServerConfig;
import dev.storywire.server.StorywireServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a random loopback port, over a real data directory built from the seeds. */
class ServerEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path data;
  private static Storywire storywire;
  private static StorywireServer server;

  @BeforeAll
  static void start() throws Exception {
    storywire = Storywire.open(Config.load(data, Map.of(), Map.of()));
    storywire.ingest(List.of(Cli.seeds()));
    server = StorywireServer.start(ServerConfig.localhost(0), storywire.reader());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    storywire.close();
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void flashFeedListsEveryItemNewestFirst() throws Exception {
    HttpResponse<String> response = get("/api/flash");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode items = JSON.readTree(response.body()).path("items");
    assertThat(items).hasSize(14);
    // Items without a published time sort by first-seen: the two reports, received now, come first.
    assertThat(items.get(0).path("kind").asText()).isEqualTo("article");
    assertThat(items.get(1).path("kind").asText()).isEqualTo("article");
    List<String> flashTimes = new java.util.ArrayList<>();
    items.forEach(i -> {
      if (i.path("kind").asText().equals("flash")) {
        flashTimes.add(i.path("published").asText());
      }
    });
    assertThat(flashTimes).hasSize(12).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(flashTimes.getFirst()).isEqualTo("2025-11-28T13:39");
    assertThat(flashTimes.getLast()).isEqualTo("2025-11-28T12:38");
  }

  @Test
  void searchInArabicScriptFindsBothReports() throws Exception {
    JsonNode hits = JSON.readTree(get("/api/search?q=" + q("بابوشكين")).body()).path("hits");
    assertThat(hits.findValuesAsText("lang")).contains("ar", "zh");
  }

  @Test
  void storyPageShowsBothLanguagesReadablyAndTheEvidence() throws Exception {
    Story joint = storywire.reader().stories(100).stream().filter(s -> s.members().size() == 2).findFirst().orElseThrow();
    HttpResponse<String> page = get("/story/" + joint.id());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("charset=utf-8"));
    String html = page.body();
    assertThat(html).contains("dir=\"rtl\"").contains("lang=\"zh\"").contains("lang=\"ar\"");
    assertThat(html).contains("xAI联合创始人Babuschkin离职创业 投资AI安全领域");
    assertThat(html).contains("Igor Babuschkin");
  }

  @Test
  void unknownIdsAreCleanNotFoundsWithoutInternals() throws Exception {
    HttpResponse<String> api = get("/api/items/nope");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.body()).doesNotContain("Exception").doesNotContain("at dev.");
    HttpResponse<String> page = get("/story/%3Cscript%3E");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("<script>");
  }

  @Test
  void listingCommandsReadBesideTheServingProcessAndIngestIsRefusedClearly() {
    // The server's process holds the data directory; the command line reads beside it.
    Cli.Result search = Cli.run("search", "--data", data.toString(), "--json", "Musk");
    assertThat(search.exitCode()).as(search.err()).isZero();
    assertThat(search.jsonLines()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(Cli.run("stories", "--data", data.toString(), "--json").jsonLines()).hasSize(13);
    Cli.Result ingest = Cli.run("ingest", "--data", data.toString(), Cli.arabicSeed().toString());
    assertThat(ingest.exitCode()).isEqualTo(1);
    assertThat(ingest.err()).contains("in use by another Storywire process").doesNotContain("Exception");
  }

  @Test
  void serverBindsToLoopback() {
    URI uri = server.uri();
    assertThat(uri.getHost()).isIn("127.0.0.1", "localhost");
  }
}
