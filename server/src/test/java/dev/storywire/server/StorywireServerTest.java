package dev.storywire.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the real server on a random loopback port over the seed stories, and talks HTTP to it. */
class StorywireServerTest {

  /** What would betray an exception in a response body. */
  private static final List<String> STACK_TRACE_SIGNS =
      List.of("Exception", "Error:", "\tat ", "at dev.", "at java.", ".java:", "dev.storywire", "java.lang");

  /** A real tag (text is escaped, so a raw {@code <} starts markup of ours) that loads something. */
  private static final String TAG_WITH_SRC = "<[a-z]+[^>]*\\ssrc=";

  private static final Path RENDERED = Path.of("target", "rendered-pages");

  private static SeedFixture fixture;
  private static StorywireServer server;
  private static HttpClient client;
  private static final ObjectMapper JSON = WireFormat.mapper();

  @BeforeAll
  static void start() throws IOException {
    fixture = SeedFixture.load();
    server = StorywireServer.start(ServerConfig.localhost(0), InMemoryNewsReader.of(fixture));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Files.createDirectories(RENDERED);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  // ---- basics ----------------------------------------------------------------------------

  @Test
  void bindsLoopbackOnAChosenPort() {
    assertThat(server.port()).isPositive();
    assertThat(server.uri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
  }

  @Test
  void health() throws Exception {
    HttpResponse<String> response = get("/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    assertThat(json(response).get("status").asText()).isEqualTo("ok");
  }

  // ---- JSON API --------------------------------------------------------------------------

  @Test
  void flashFeedIsNewestFirstWithEveryItemField() throws Exception {
    JsonNode items = json(get("/api/flash")).get("items");
    assertThat(items).hasSize(fixture.items.size());
    assertThat(items.get(0).get("title").asText()).isEqualTo(SeedFixture.HOSTILE_TITLE);
    List<String> seen = new ArrayList<>();
    items.forEach(i -> seen.add(i.get("first_seen").asText()));
    assertThat(seen).isSortedAccordingTo((a, b) -> b.compareTo(a));
    for (JsonNode item : items) {
      assertThat(names(item)).containsAll(WireFormatTest.ITEM_FIELDS);
    }
    long flash = seen.size() - 3;
    assertThat(flash).isEqualTo(12);
    assertThat(items.findValuesAsText("kind")).filteredOn("flash"::equals).hasSize(12);
  }

  @Test
  void flashLimitIsHonouredAndValidated() throws Exception {
    assertThat(json(get("/api/flash?limit=2")).get("items")).hasSize(2);
    assertThat(json(get("/api/flash?limit=500")).get("items")).hasSize(fixture.items.size());
    for (String bad : List.of("0", "501", "-3", "ten", "", "2.5")) {
      HttpResponse<String> response = get("/api/flash?limit=" + bad);
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertCleanJsonError(response);
      assertThat(json(response).get("error").asText()).contains("limit");
    }
  }

  @Test
  void itemByIdHasItsStoryAndMembership() throws Exception {
    HttpResponse<String> response = get("/api/items/" + fixture.chinese.id());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode item = json(response);
    assertThat(item.get("id").asText()).isEqualTo(fixture.chinese.id());
    assertThat(item.get("lang").asText()).isEqualTo("zh");
    assertThat(item.get("story").asText()).isEqualTo(fixture.event.id());
    assertThat(item.get("membership").get("matched").asText()).isEqualTo(fixture.arabic.id());
    assertThat(item.get("membership").get("shared").findValuesAsText("label")).contains("Babuschkin", "2025-08-13");
    assertThat(item.get("text").asText()).contains("Babuschkin Ventures");
  }

  @Test
  void arabicItemKeepsTheEmbeddedEnglishPostAsAQuote() throws Exception {
    JsonNode item = json(get("/api/items/" + fixture.arabic.id()));
    assertThat(item.get("lang").asText()).isEqualTo("ar");
    assertThat(item.get("title").asText()).contains("بابوشكين يغادر xAI");
    JsonNode quote = null;
    for (JsonNode p : item.get("paragraphs")) {
      if (p.get("role").asText().equals("quote")) {
        quote = p;
      }
    }
    assertThat(quote).isNotNull();
    assertThat(quote.get("lang").asText()).isEqualTo("en");
    assertThat(quote.get("attribution").get("author").asText()).isEqualTo("Igor Babuschkin");
    assertThat(item.get("membership").get("score").asDouble()).isEqualTo(1.0);
  }

  @Test
  void unknownIdsAre404Json() throws Exception {
    for (String path : List.of("/api/items/i0000000000000000", "/api/stories/nope", "/api/items/" + "x".repeat(300))) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertCleanJsonError(response);
    }
  }

  @Test
  void storiesListAndStoryById() throws Exception {
    JsonNode stories = json(get("/api/stories")).get("stories");
    assertThat(stories).hasSize(fixture.stories.size());
    assertThat(json(get("/api/stories?limit=1")).get("stories")).hasSize(1);
    JsonNode story = json(get("/api/stories/" + fixture.event.id()));
    assertThat(names(story)).containsAll(WireFormatTest.STORY_FIELDS);
    assertThat(story.get("languages").toString()).isEqualTo("[\"ar\",\"zh\"]");
    assertThat(story.get("event_dates").get(0).asText()).isEqualTo("2025-08-13");
    assertThat(story.get("items").findValuesAsText("id")).containsExactly(fixture.arabic.id(), fixture.chinese.id());
    assertThat(story.get("evidence").findValuesAsText("item")).containsExactly(fixture.arabic.id(), fixture.chinese.id());
    assertThat(story.get("evidence").get(1).get("matched").asText()).isEqualTo(fixture.arabic.id());
  }

  @Test
  void searchApi() throws Exception {
    JsonNode result = json(get("/api/search?q=" + enc("Babuschkin Ventures") + "&limit=5"));
    assertThat(result.get("query").asText()).isEqualTo("Babuschkin Ventures");
    assertThat(result.get("hits").findValuesAsText("id")).contains(fixture.arabic.id(), fixture.chinese.id());
    JsonNode hit = result.get("hits").get(0);
    assertThat(names(hit)).containsExactly("id", "story", "lang", "title", "score");
    assertThat(json(get("/api/search?q=" + enc("بابوشكين"))).get("hits").findValuesAsText("lang")).containsOnly("ar");
    assertThat(json(get("/api/search?q=zzzzqqq")).get("hits")).isEmpty();
  }

  @Test
  void searchWithoutQueryOrWithAnOverlongOneIs400() throws Exception {
    for (String path : List.of("/api/search", "/api/search?q=", "/api/search?q=+++", "/api/search?q=" + "a".repeat(501))) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertCleanJsonError(response);
    }
  }

  @Test
  void anUnknownPathIs404JsonUnlessTheClientAsksForHtml() throws Exception {
    HttpResponse<String> response = get("/nowhere");
    assertThat(response.statusCode()).isEqualTo(404);
    assertCleanJsonError(response);
    assertThat(getHtml("/nowhere").body()).contains("<h1>Not found</h1>");
    assertThat(getHtml("/api/nowhere").headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
  }

  @Test
  void unknownApiPathIs404Json() throws Exception {
    HttpResponse<String> response = get("/api/nothing/here");
    assertThat(response.statusCode()).isEqualTo(404);
    assertCleanJsonError(response);
  }

  // ---- HTML pages ------------------------------------------------------------------------

  @Test
  void flashPageListsNewestFirstWithLanguageAndStoryLinks() throws Exception {
    HttpResponse<String> response = get("/");
    String html = page(response, "flash.html");
    int hostile = html.indexOf("&lt;script&gt;alert");
    int firstTicker = html.indexOf(fixture.flash.getLast().title());
    int chinese = html.indexOf(escaped(fixture.chinese.title()));
    int arabic = html.indexOf(escaped(fixture.arabic.title()));
    assertThat(hostile).isPositive().isLessThan(firstTicker);
    assertThat(firstTicker).isLessThan(chinese);
    assertThat(chinese).isLessThan(arabic);
    assertThat(html).contains("href=\"/story/" + fixture.event.id() + "#item-" + fixture.arabic.id() + "\"");
    assertThat(html).contains("<a lang=\"ar\" dir=\"rtl\" href=\"/story/" + fixture.event.id());
    assertThat(html).contains("<a lang=\"zh\" dir=\"auto\" href=\"/story/");
    assertThat(html).contains("<time datetime=\"2025-08-13T20:15:00+03:00\">");
  }

  @Test
  void storyPageShowsEveryMemberInEveryLanguageWithEvidence() throws Exception {
    String html = page(get("/story/" + fixture.event.id()), "story-event.html");
    assertThat(html).contains("<article lang=\"ar\" dir=\"rtl\" class=\"item\" id=\"item-" + fixture.arabic.id() + "\">");
    assertThat(html).contains("<article lang=\"zh\" dir=\"auto\" class=\"item\" id=\"item-" + fixture.chinese.id() + "\">");
    assertThat(html).contains("<h2 lang=\"zh\" dir=\"auto\">" + fixture.chinese.title() + "</h2>");
    // every paragraph of both reports, in its language
    for (Item item : List.of(fixture.arabic, fixture.chinese)) {
      item.paragraphs().forEach(p -> assertThat(html).contains(escaped(p.text())));
    }
    assertThat(html).contains("<h3 lang=\"ar\" dir=\"rtl\">كيف أثرت التحديات والجدل على مسيرة xAI؟</h3>");
    assertThat(html).containsPattern("<blockquote lang=\"en\" dir=\"auto\"><p>Today was my last day at xAI");
    assertThat(html).contains("<cite>Igor Babuschkin</cite> (@ibab) <time datetime=\"2025-08-13\">");
    assertThat(html).contains("<aside class=\"related\">").contains("إيلون ماسك يطلق غروك 4 مجانًا على منصة إكس");
    // evidence: score, shared anchors with labels, the matched member
    assertThat(html).contains("0.820").contains("<td lang=\"\" dir=\"auto\">Babuschkin</td><td>e:babuschkin</td>");
    assertThat(html).contains("<dt>Matched</dt><dd><a lang=\"ar\" dir=\"rtl\" href=\"#item-" + fixture.arabic.id() + "\">");
    assertThat(html).contains("founded the story");
    assertThat(html).contains("Languages</dt><dd>ar, zh</dd>").contains("Event dates</dt><dd>2025-08-13</dd>");
  }

  @Test
  void flashItemsStandAloneWithTheirOwnStory() throws Exception {
    Item first = fixture.flash.getFirst();
    String storyId = fixture.membershipOf(first.id()).storyId();
    String html = page(get("/story/" + storyId), "story-flash.html");
    assertThat(html).contains("<span class=\"badge\">flash</span>").contains("truncated by the source");
    assertThat(html).doesNotContain(fixture.arabic.id());
  }

  @Test
  void itemPage() throws Exception {
    String html = page(get("/item/" + fixture.chinese.id()), "item-chinese.html");
    assertThat(html).contains("lang=\"zh\"").contains("Open its story");
  }

  @Test
  void searchPageHasResultsAndEveryPageHasTheForm() throws Exception {
    String html = page(get("/search?q=" + enc("Babuschkin")), "search.html");
    assertThat(html).contains("href=\"/story/" + fixture.event.id() + "#item-" + fixture.chinese.id() + "\"");
    assertThat(html).contains("value=\"Babuschkin\"");
    assertThat(page(get("/search"), "search-empty.html")).contains("<h1>Search</h1>");
    for (String path : List.of("/", "/search", "/story/" + fixture.event.id(), "/story/missing", "/nowhere")) {
      assertThat(getHtml(path).body()).as(path).contains("<form class=\"search\" action=\"/search\" method=\"get\"");
    }
  }

  @Test
  void everyPageIsAWellFormedUtf8DocumentWithoutExternalResources() throws Exception {
    for (String path : List.of("/", "/search?q=x", "/story/" + fixture.event.id(), "/story/missing")) {
      HttpResponse<String> response = get(path);
      String html = response.body();
      assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
      assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">");
      assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
      assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("@import").doesNotContainPattern(TAG_WITH_SRC);
      assertThat(html).contains("margin-inline").contains("Noto Naskh Arabic").contains("Noto Sans CJK SC");
      assertThat(html).endsWith("</main></body></html>");
    }
  }

  @Test
  void everyPageIsBalancedMarkup() throws Exception {
    List<String> paths = new ArrayList<>(List.of("/", "/search", "/search?q=xAI", "/search?q=" + enc("<b>\"'"), "/story/missing", "/nowhere"));
    fixture.stories.forEach(s -> paths.add("/story/" + s.id()));
    fixture.items.forEach(i -> paths.add("/item/" + i.id()));
    for (String path : paths) {
      assertThat(HtmlBalance.problem(getHtml(path).body())).as(path).isNull();
    }
    assertThat(HtmlBalance.problem(send("POST", "/").body())).isNull();
  }

  @Test
  void aBadLimitOnAPageIsA400Page() throws Exception {
    HttpResponse<String> response = get("/?limit=nine");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<h1>Error 400</h1>").contains("limit must be a whole number");
    assertNoStackTrace(response.body());
  }

  @Test
  void unknownStoryAndPathAre404Pages() throws Exception {
    for (String path : List.of("/story/missing", "/item/missing", "/nowhere", "/story/")) {
      HttpResponse<String> response = getHtml(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
      assertThat(response.body()).contains("<h1>Not found</h1>");
      assertNoStackTrace(response.body());
    }
    page(get("/story/missing"), "not-found.html");
  }

  @Test
  void aMergedAwayStoryRedirectsToTheStoryItWentInto() throws Exception {
    String event = fixture.event.id();
    String mergedAway = "s-merged-away";
    List<Membership> memberships = new ArrayList<>();
    for (Membership m : fixture.memberships) { // the event's last report showed that both told the same event
      boolean last = m.storyId().equals(event) && m.itemId().equals(fixture.event.members().getLast().id());
      memberships.add(last ? m.merging(List.of(mergedAway)) : m);
    }
    NewsReader reader = new InMemoryNewsReader(fixture.items, memberships, fixture.stories);
    try (StorywireServer merged = StorywireServer.start(ServerConfig.localhost(0), reader)) {
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(merged.uri().resolve("/story/" + mergedAway))
          .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(302);
      assertThat(page.headers().firstValue("Location")).contains("/story/" + event);
      assertThat(page.body()).contains("merged into").contains("href=\"/story/" + event + "\"");
      assertThat(HtmlBalance.problem(page.body())).isNull();

      HttpResponse<String> api = client.send(HttpRequest.newBuilder(merged.uri().resolve("/api/stories/" + mergedAway))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).isEqualTo(302);
      assertThat(api.headers().firstValue("Location")).contains("/api/stories/" + event);
      assertThat(JSON.readTree(api.body()).get("merged_into").asText()).isEqualTo(event);

      HttpResponse<String> unknown = client.send(HttpRequest.newBuilder(merged.uri().resolve("/api/stories/s-never"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(unknown.statusCode()).isEqualTo(404);
    }
  }

  // ---- escaping --------------------------------------------------------------------------

  @Test
  void hostileTextIsEscapedEverywhere() throws Exception {
    String storyId = fixture.hostileStory.id();
    List<String> paths =
        List.of("/", "/story/" + storyId, "/item/" + fixture.hostile.id(), "/search?q=" + enc("<script>"),
            "/search?q=" + enc("\"><script>alert(1)</script>"));
    for (String path : paths) {
      String html = get(path).body();
      assertThat(html).as(path)
          .doesNotContain("<script")
          .doesNotContain("<img")
          .doesNotContain("<b>Mallory")
          .doesNotContain("<i>outlet")
          .doesNotContainPattern("<[^>]*onerror")
          .doesNotContainPattern("<[^>]*onmouseover")
          .doesNotContain("href=\"javascript:")
          .doesNotContain("'quoted'");
    }
    String story = page(get("/story/" + storyId), "story-hostile.html");
    assertThat(story).contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &quot;title&quot;");
    assertThat(story).contains("&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;");
    assertThat(story).contains("<blockquote lang=\"\" dir=\"auto\">");
    assertThat(story).contains("<td>&lt;td&gt;a</td><td>&#39;b&#39;</td>");
    assertThat(story).contains(" · by <bdi>&lt;b&gt;Mallory&lt;/b&gt; Author</bdi>, <bdi>Eve&quot;&gt;&lt;img src=x onerror=alert(7)&gt;</bdi>");
    assertThat(get("/search?q=" + enc("\"><script>")).body()).contains("value=\"&quot;&gt;&lt;script&gt;\"");
  }

  @Test
  void hostileTextIsPlainJsonInTheApi() throws Exception {
    JsonNode item = json(get("/api/items/" + fixture.hostile.id()));
    assertThat(item.get("title").asText()).isEqualTo(SeedFixture.HOSTILE_TITLE);
  }

  // ---- headers, methods and limits -------------------------------------------------------

  @Test
  void securityHeadersOnEveryResponse() throws Exception {
    for (String path : List.of("/", "/api/flash", "/nowhere", "/api/nowhere")) {
      HttpResponse<String> response = get(path);
      var headers = response.headers();
      assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
          .startsWith("default-src 'none'; style-src 'sha256-")
          .doesNotContain("unsafe");
      assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
      assertThat(headers.firstValue("Content-Type")).get().asString().contains("charset=utf-8");
    }
  }

  @Test
  void theStyleSheetMatchesThePolicyHash() throws Exception {
    HttpResponse<String> response = get("/");
    String html = response.body();
    String css = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
    byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
    String expected = "'sha256-" + java.util.Base64.getEncoder().encodeToString(hash) + "'";
    assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString().contains(expected);
  }

  @Test
  void onlyGetAndHeadAreAllowed() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
      HttpResponse<String> api = send(method, "/api/flash");
      assertThat(api.statusCode()).as(method).isEqualTo(405);
      assertThat(api.headers().firstValue("Allow")).contains("GET, HEAD");
      assertCleanJsonError(api);
      HttpResponse<String> page = send(method, "/");
      assertThat(page.statusCode()).isEqualTo(405);
      assertThat(page.body()).contains("<h1>Error 405</h1>");
      assertNoStackTrace(page.body());
    }
  }

  @Test
  void headAnswersWithoutABody() throws Exception {
    HttpResponse<String> response =
        client.send(HttpRequest.newBuilder(at("/")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    long getLength = get("/").body().getBytes(StandardCharsets.UTF_8).length;
    assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(getLength);
    assertThat(send("HEAD", "/api/items/missing").statusCode()).isEqualTo(404);
  }

  @Test
  void aTenKilobyteQueryStringIsRefusedCleanly() throws Exception {
    String big = "q=" + "a".repeat(10 * 1024);
    HttpResponse<String> api = get("/api/search?" + big);
    assertThat(api.statusCode()).isEqualTo(414);
    assertCleanJsonError(api);
    HttpResponse<String> page = get("/search?" + big);
    assertThat(page.statusCode()).isEqualTo(414);
    assertThat(page.body()).contains("too long");
    assertNoStackTrace(page.body());
    assertThat(get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  void malformedRequestsAre400WithoutDetails() throws Exception {
    // A target that is not a URI never reaches our code: the JDK's HttpServer answers 400 itself,
    // with its own short body naming URISyntaxException (see the report's known gaps). No trace.
    String response = raw("GET /api/search?q=%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 400");
    assertThat(response).doesNotContain("\tat ").doesNotContain(".java:").doesNotContain("dev.storywire");
    // A well-formed URI whose path is not UTF-8 reaches us and gets our clean 400 page.
    String badUtf8 = raw("GET /story/%E5%B7 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(badUtf8).startsWith("HTTP/1.1 400");
    assertNoStackTrace(badUtf8);
  }

  @Test
  void aFailingReaderIsA500WithoutItsExceptionText() throws Exception {
    NewsReader broken = (NewsReader) java.lang.reflect.Proxy.newProxyInstance(
        NewsReader.class.getClassLoader(), new Class<?>[] {NewsReader.class},
        (proxy, method, args) -> {
          throw new IllegalStateException("secret index path /var/lib/storywire");
        });
    try (StorywireServer failing = StorywireServer.start(ServerConfig.localhost(0), broken)) {
      for (String path : List.of("/api/flash", "/")) {
        HttpResponse<String> response = client.send(
            HttpRequest.newBuilder(failing.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret").doesNotContain("IllegalState");
        assertNoStackTrace(response.body());
      }
    }
  }

  @Test
  void concurrentRequestsAllSucceed() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
    List<String> paths = List.of("/api/flash", "/", "/story/" + fixture.event.id(), "/api/search?q=xAI", "/health");
    for (int i = 0; i < 100; i++) {
      HttpRequest request = HttpRequest.newBuilder(at(paths.get(i % paths.size()))).build();
      futures.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> future : futures) {
      HttpResponse<String> response = future.get();
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isNotEmpty();
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  private static URI at(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(at(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A GET as a browser sends it. */
  private static HttpResponse<String> getHtml(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(at(path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> send(String method, String path) throws Exception {
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(method.equals("HEAD") ? "" : "{}");
    return client.send(HttpRequest.newBuilder(at(path)).method(method, body).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends bytes that java.net.http would refuse to send, and reads the whole answer. */
  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    return JSON.readTree(response.body());
  }

  private static void assertCleanJsonError(HttpResponse<String> response) throws IOException {
    JsonNode body = json(response);
    assertThat(body.get("error").asText()).isNotBlank();
    assertThat(body.get("status").asInt()).isEqualTo(response.statusCode());
    assertNoStackTrace(response.body());
  }

  private static void assertNoStackTrace(String body) {
    for (String sign : STACK_TRACE_SIGNS) {
      assertThat(body).doesNotContain(sign);
    }
  }

  /** Checks a page and keeps a copy under target/rendered-pages to look at. */
  private static String page(HttpResponse<String> response, String name) throws IOException {
    assertThat(response.statusCode()).as(name).isIn(200, 404);
    Files.writeString(RENDERED.resolve(name), response.body(), StandardCharsets.UTF_8);
    return response.body();
  }

  private static String escaped(String text) {
    return Html.escape(text);
  }

  private static String enc(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
