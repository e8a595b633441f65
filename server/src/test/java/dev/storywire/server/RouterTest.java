package dev.storywire.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RouterTest {

  private final Router router =
      new Router()
          .get("/", r -> Response.html(200, "root"))
          .get("/api/items/{id}", r -> Response.json(200, r.pathParam("id")));

  private String run(String rawPath) {
    Request request = Request.parse(rawPath, null);
    return router.match("GET", rawPath, request)
        .map(m -> new String(m.handler().handle(m.request()).body(), java.nio.charset.StandardCharsets.UTF_8))
        .orElse("no match");
  }

  @Test
  void matchesExactPathsAndCapturesDecodedSegments() {
    assertThat(run("/")).isEqualTo("root");
    assertThat(run("/api/items/i123")).isEqualTo("i123");
    assertThat(run("/api/items/%E5%B7%B4+x%20y")).isEqualTo("巴+x y");
  }

  @Test
  void doesNotMatchOtherShapes() {
    assertThat(run("/api/items")).isEqualTo("no match");
    assertThat(run("/api/items/")).isEqualTo("no match");
    assertThat(run("/api/items/a/b")).isEqualTo("no match");
    assertThat(run("/API/items/a")).isEqualTo("no match");
  }

  @Test
  void malformedEncodingIsABadRequest() {
    assertThatThrownBy(() -> run("/api/items/%E5%B7")).isInstanceOf(HttpProblem.class)
        .satisfies(e -> assertThat(((HttpProblem) e).status()).isEqualTo(400));
    assertThatThrownBy(() -> run("/api/items/%Z1")).isInstanceOf(HttpProblem.class);
    assertThatThrownBy(() -> run("/api/items/%4")).isInstanceOf(HttpProblem.class);
  }

  @Test
  void queryTakesTheFirstValueAndDecodesFormEncoding() {
    Request request = Request.parse("/search", "q=%D8%A8%D8%A7+x&q=second&flag&=v");
    assertThat(request.param("q")).contains("با x");
    assertThat(request.param("flag")).contains("");
    assertThat(request.param("missing")).isEmpty();
    assertThatThrownBy(() -> Request.parse("/search", "q=%ZZ")).isInstanceOf(HttpProblem.class);
  }

  @Test
  void limitDefaultsAndIsBounded() {
    assertThat(Request.parse("/", null).limit()).isEqualTo(Limits.DEFAULT_LIMIT);
    assertThat(Request.parse("/", "limit=1").limit()).isEqualTo(1);
    assertThat(Request.parse("/", "limit=500").limit()).isEqualTo(500);
    for (String bad : new String[] {"0", "501", "-1", "abc", "", "1e3", "99999999999", "٣"}) {
      assertThatThrownBy(() -> Request.parse("/", "limit=" + bad).limit())
          .as(bad)
          .isInstanceOf(HttpProblem.class)
          .hasMessageContaining("limit");
    }
  }

  @Test
  void tooManyParametersIsABadRequest() {
    String query = "a=1&".repeat(Limits.MAX_QUERY_PARAMETERS + 1);
    assertThatThrownBy(() -> Request.parse("/", query)).isInstanceOf(HttpProblem.class);
  }

  @Test
  void limitParsingIgnoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(Request.parse("/", "limit=12").limit()).isEqualTo(12);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
