package dev.storywire.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code /api/feeds}: list, add, remove, OPML import and export. Reading is open like the rest of
 * the API; every change needs the server's write token.
 */
final class FeedRoutes {
  private final FeedAdmin feeds;
  private final @Nullable String token;

  FeedRoutes(FeedAdmin feeds, @Nullable String token) {
    this.feeds = feeds;
    this.token = token;
  }

  void register(Router router) {
    router
        .get("/api/feeds", request -> json(200, io(feeds::list)))
        .post("/api/feeds", this::add)
        .delete("/api/feeds/{id}", this::remove)
        .get("/api/feeds/opml", request -> new Response(200, "text/x-opml; charset=utf-8", io(feeds::exportOpml),
            Map.of("Content-Disposition", "attachment; filename=\"storywire-feeds.opml\"")))
        .post("/api/feeds/opml", this::importOpml);
  }

  private Response add(Request request) {
    authorize(request);
    JsonNode body = jsonBody(request);
    String url = text(body, "url");
    if (url == null) {
      throw HttpProblem.badRequest("The body must be a JSON object with a \"url\".");
    }
    JsonNode minutes = body.get("interval_minutes");
    if (minutes != null && !minutes.isNull() && !minutes.canConvertToInt()) {
      throw HttpProblem.badRequest("interval_minutes must be a whole number.");
    }
    Integer interval = minutes == null || minutes.isNull() ? null : minutes.intValue();
    JsonNode added = valid(() -> feeds.add(url, text(body, "title"), text(body, "category"), interval));
    return json(added.path("created").asBoolean() ? 201 : 200, added);
  }

  private Response remove(Request request) {
    authorize(request);
    String id = request.pathParam("id");
    JsonNode removed = io(() -> feeds.remove(id))
        .orElseThrow(() -> HttpProblem.notFound("No subscription with this id."));
    return json(200, removed);
  }

  private Response importOpml(Request request) {
    authorize(request);
    return json(200, valid(() -> feeds.importOpml(request.body())));
  }

  /** Bearer token, compared in constant time; no token configured means no writes at all. */
  private void authorize(Request request) {
    if (token == null) {
      throw HttpProblem.writesDisabled();
    }
    String header = request.authorization();
    String expected = "Bearer " + token;
    if (header == null || !MessageDigest.isEqual(header.strip().getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8))) {
      throw HttpProblem.unauthorized();
    }
  }

  private static JsonNode jsonBody(Request request) {
    try {
      JsonNode node = WireFormat.mapper().readTree(request.body());
      if (node == null || !node.isObject()) {
        throw HttpProblem.badRequest("The body must be a JSON object.");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest("The body is not valid JSON.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
  }

  private static Response json(int status, JsonNode body) {
    return Response.json(status, WireFormat.write(body));
  }

  /** An operation that may fail on bad input (400) or storage (500, logged by the dispatcher). */
  @FunctionalInterface
  private interface Io<T> {
    T call() throws IOException;
  }

  private static <T> T io(Io<T> call) {
    try {
      return call.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T valid(Io<T> call) {
    try {
      return io(call);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
  }
}
