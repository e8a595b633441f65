package dev.storywire.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code /api/feeds}: list, add, remove, OPML import and export. Reading is open like the rest of
 * the API; every change needs the server's write token.
 */
final class FeedRoutes {
  private final FeedAdmin feeds;
  private final WriteAccess access;

  FeedRoutes(FeedAdmin feeds, @Nullable String token) {
    this.feeds = feeds;
    this.access = new WriteAccess(token);
  }

  void register(Router router) {
    router
        .get("/api/feeds", request -> json(200, JsonBodies.io(feeds::list)))
        .post("/api/feeds", this::add)
        .delete("/api/feeds/{id}", this::remove)
        .get("/api/feeds/opml", request -> new Response(200, "text/x-opml; charset=utf-8", JsonBodies.io(feeds::exportOpml),
            Map.of("Content-Disposition", "attachment; filename=\"storywire-feeds.opml\"")))
        .post("/api/feeds/opml", this::importOpml);
  }

  private Response add(Request request) {
    access.check(request);
    JsonNode body = JsonBodies.object(request);
    String url = text(body, "url");
    if (url == null) {
      throw HttpProblem.badRequest("The body must be a JSON object with a \"url\".");
    }
    JsonNode minutes = body.get("interval_minutes");
    if (minutes != null && !minutes.isNull() && !minutes.canConvertToInt()) {
      throw HttpProblem.badRequest("interval_minutes must be a whole number.");
    }
    Integer interval = minutes == null || minutes.isNull() ? null : minutes.intValue();
    JsonNode added = JsonBodies.valid(() -> feeds.add(url, text(body, "title"), text(body, "category"), interval));
    return json(added.path("created").asBoolean() ? 201 : 200, added);
  }

  private Response remove(Request request) {
    access.check(request);
    String id = request.pathParam("id");
    JsonNode removed = JsonBodies.io(() -> feeds.remove(id))
        .orElseThrow(() -> HttpProblem.notFound("No subscription with this id."));
    return json(200, removed);
  }

  private Response importOpml(Request request) {
    access.check(request);
    return json(200, JsonBodies.valid(() -> feeds.importOpml(request.body())));
  }

  private static @Nullable String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
  }

  private static Response json(int status, JsonNode body) {
    return Response.json(status, WireFormat.write(body));
  }
}
