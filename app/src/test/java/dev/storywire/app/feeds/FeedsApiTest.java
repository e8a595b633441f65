package dev.storywire.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.server.ServerConfig;
import dev.storywire.server.StorywireServer;
import dev.storywire.server.NewsReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/feeds} on the real server over a real feed book: reads are open, writes need the token. */
class FeedsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = "s3cret-token";
  @TempDir Path data;
  private StorywireServer server;

  /** The news half of the server is not under test here; an empty archive answers it. */
  private static final NewsReader NO_NEWS = new NewsReader() {
    public List<dev.storywire.model.Item> latest(int limit) { return List.of(); }
    public Optional<dev.storywire.model.Item> item(String id) { return Optional.empty(); }
    public Optional<dev.storywire.model.Membership> membership(String itemId) { return Optional.empty(); }
    public List<dev.storywire.model.Story> stories(int limit) { return List.of(); }
    public Optional<dev.storywire.model.Story> story(String id) { return Optional.empty(); }
    public Optional<String> mergedInto(String storyId) { return Optional.empty(); }
    public List<dev.storywire.model.SearchHit> search(String query, int limit) { return List.of(); }
  };

  private void start(String token) throws Exception {
    server = StorywireServer.start(new ServerConfig("127.0.0.1", 0, token), NO_NEWS,
        new BookFeedAdmin(FeedBook.in(data), Clock.systemUTC()));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path))
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void addsListsExportsImportsAndRemovesWithTheToken() throws Exception {
    start(TOKEN);
    String auth = "Bearer " + TOKEN;
    HttpResponse<String> added = send("POST", "/api/feeds",
        "{\"url\": \"https://news.example.org/rss.xml\", \"title\": \"Example\", \"interval_minutes\": 15}", auth);
    assertThat(added.statusCode()).isEqualTo(201);
    JsonNode subscription = JSON.readTree(added.body()).path("subscription");
    assertThat(subscription.path("url").asText()).isEqualTo("https://news.example.org/rss.xml");
    assertThat(subscription.path("interval_minutes").asInt()).isEqualTo(15);
    assertThat(send("POST", "/api/feeds", "{\"url\": \"https://NEWS.example.org/rss.xml#x\"}", auth).statusCode())
        .as("the same feed again").isEqualTo(200);

    JsonNode list = JSON.readTree(send("GET", "/api/feeds", "", null).body());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("polls").asInt()).isZero();

    HttpResponse<String> opml = send("GET", "/api/feeds/opml", "", null);
    assertThat(opml.headers().firstValue("Content-Type")).get().asString().startsWith("text/x-opml");
    assertThat(opml.body()).contains("xmlUrl=\"https://news.example.org/rss.xml\"");

    String more = "<opml version=\"2.0\"><body><outline text=\"World\"><outline type=\"rss\" text=\"A\""
        + " xmlUrl=\"https://a.example.net/feed\"/><outline type=\"rss\" text=\"Bad\" xmlUrl=\"ftp://x/y\"/>"
        + "</outline></body></opml>";
    JsonNode imported = JSON.readTree(send("POST", "/api/feeds/opml", more, auth).body());
    assertThat(imported.path("added").asInt()).isEqualTo(1);
    assertThat(imported.path("skipped")).hasSize(1);

    String id = subscription.path("id").asText();
    assertThat(send("DELETE", "/api/feeds/" + id, "", auth).statusCode()).isEqualTo(200);
    assertThat(send("DELETE", "/api/feeds/" + id, "", auth).statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(send("GET", "/api/feeds", "", null).body())).hasSize(1);
  }

  @Test
  void writesNeedTheRightTokenAndBadInputIsA400() throws Exception {
    start(TOKEN);
    String body = "{\"url\": \"https://news.example.org/rss.xml\"}";
    assertThat(send("POST", "/api/feeds", body, null).statusCode()).isEqualTo(401);
    assertThat(send("POST", "/api/feeds", body, "Bearer wrong").statusCode()).isEqualTo(401);
    assertThat(send("DELETE", "/api/feeds/f000000000000", "", null).statusCode()).isEqualTo(401);
    HttpResponse<String> notJson = send("POST", "/api/feeds", "{url", "Bearer " + TOKEN);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(notJson.body()).path("error").asText()).isEqualTo("The body is not valid JSON.");
    HttpResponse<String> badUrl = send("POST", "/api/feeds", "{\"url\": \"file:///etc/passwd\"}", "Bearer " + TOKEN);
    assertThat(badUrl.statusCode()).isEqualTo(400);
    assertThat(badUrl.body()).contains("absolute http or https URL").doesNotContain("Exception").doesNotContain("\tat ");
    HttpResponse<String> huge = send("POST", "/api/feeds/opml", "x".repeat(3 * 1024 * 1024), "Bearer " + TOKEN);
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(send("GET", "/api/feeds", "", null).body())).isEmpty();
  }

  @Test
  void withoutATokenConfiguredWritesAreDisabled() throws Exception {
    start(null);
    HttpResponse<String> refused = send("POST", "/api/feeds", "{\"url\": \"https://a.example/f\"}", "Bearer anything");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("server.token");
    assertThat(send("GET", "/api/feeds", "", null).statusCode()).isEqualTo(200);
  }
}
