package dev.storywire.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storywire.model.Item;
import dev.storywire.model.SearchHit;
import dev.storywire.model.Story;
import java.util.Optional;

/** The JSON API under {@code /api/}, and {@code /health}. */
final class ApiRoutes {

  private final NewsReader reader;

  ApiRoutes(NewsReader reader) {
    this.reader = reader;
  }

  void register(Router router) {
    router
        .get("/health", this::health)
        .get("/api/flash", this::flash)
        .get("/api/items/{id}", this::item)
        .get("/api/stories", this::stories)
        .get("/api/stories/{id}", this::story)
        .get("/api/search", this::search);
  }

  private Response health(Request request) {
    return ok(object().put("status", "ok"));
  }

  private Response flash(Request request) {
    ObjectNode out = object();
    ArrayNode items = out.putArray("items");
    for (Item item : reader.latest(request.limit())) {
      items.add(WireFormat.item(item, reader.membership(item.id()).orElse(null)));
    }
    return ok(out);
  }

  private Response item(Request request) {
    String id = Lookups.id(request);
    Item item = reader.item(id).orElseThrow(() -> HttpProblem.notFound("No item with this id."));
    return ok(WireFormat.item(item, reader.membership(id).orElse(null)));
  }

  private Response stories(Request request) {
    ObjectNode out = object();
    ArrayNode stories = out.putArray("stories");
    for (Story story : reader.stories(request.limit())) {
      stories.add(WireFormat.story(story));
    }
    return ok(out);
  }

  private Response story(Request request) {
    String id = Lookups.id(request);
    Optional<Story> story = reader.story(id);
    if (story.isEmpty()) {
      // A story merged into another: the answer says where it went, and redirects there.
      String survivor = reader.mergedInto(id).orElseThrow(() -> HttpProblem.notFound("No story with this id."));
      ObjectNode body = object().put("error", "This story was merged into another story.").put("merged_into", survivor);
      return Response.json(302, WireFormat.write(body)).withHeader("Location", "/api/stories/" + Html.pathSegment(survivor));
    }
    return ok(WireFormat.story(story.get()));
  }

  private Response search(Request request) {
    String query = Lookups.requiredQuery(request);
    int limit = request.limit();
    ObjectNode out = object().put("query", query);
    ArrayNode hits = out.putArray("hits");
    for (SearchHit hit : reader.search(query, limit)) {
      hits.add(WireFormat.hit(hit));
    }
    return ok(out);
  }

  private static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  private static Response ok(ObjectNode body) {
    return Response.json(200, WireFormat.write(body));
  }
}
