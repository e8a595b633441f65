package dev.storywire.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/stories/{id}/split} and {@code POST /api/stories/merge}; both need the write token. */
final class StoryEditRoutes {
  /** Most ids one correction names: a story a person reviews, not a bulk operation. */
  static final int MAX_IDS = 1_000;

  private final StoryEditor editor;
  private final WriteAccess access;

  StoryEditRoutes(StoryEditor editor, @Nullable String token) {
    this.editor = editor;
    this.access = new WriteAccess(token);
  }

  void register(Router router) {
    router
        .post("/api/stories/merge", this::merge)
        .post("/api/stories/{id}/split", this::split);
  }

  private Response split(Request request) {
    access.check(request);
    List<String> items = ids(JsonBodies.object(request), "items");
    List<String> stories = JsonBodies.valid(() -> editor.split(request.pathParam("id"), items));
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    ArrayNode array = out.putArray("stories");
    stories.forEach(array::add);
    return Response.json(200, WireFormat.write(out));
  }

  private Response merge(Request request) {
    access.check(request);
    List<String> stories = ids(JsonBodies.object(request), "stories");
    String story = JsonBodies.valid(() -> editor.merge(stories));
    return Response.json(200, WireFormat.write(JsonNodeFactory.instance.objectNode().put("story", story)));
  }

  private static List<String> ids(JsonNode body, String field) {
    JsonNode array = body.get(field);
    if (array == null || !array.isArray() || array.isEmpty() || array.size() > MAX_IDS) {
      throw HttpProblem.badRequest("The body must name \"" + field + "\": an array of 1 to " + MAX_IDS + " ids.");
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode id : array) {
      if (!id.isTextual() || id.asText().isBlank() || id.asText().length() > Limits.MAX_ID_CHARS) {
        throw HttpProblem.badRequest("\"" + field + "\" must hold ids (strings).");
      }
      ids.add(id.asText());
    }
    return ids;
  }
}
