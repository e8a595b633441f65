package dev.storywire.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reading write requests' JSON bodies, and calling the application with its failures mapped. */
final class JsonBodies {
  private JsonBodies() {}

  /** @throws HttpProblem 400 when the body is not a JSON object */
  static JsonNode object(Request request) {
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

  /** A call into the application that may fail on storage (a 500, logged by the dispatcher). */
  @FunctionalInterface
  interface Io<T> {
    T call() throws IOException;
  }

  static <T> T io(Io<T> call) {
    try {
      return call.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As {@link #io}, with invalid input ({@link IllegalArgumentException}) a 400 carrying its message. */
  static <T> T valid(Io<T> call) {
    try {
      return io(call);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
  }
}
