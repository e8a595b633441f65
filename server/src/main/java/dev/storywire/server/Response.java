package dev.storywire.server;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What a handler answers: a status, a content type (always with its charset) and the body.
 *
 * @param headers extra headers beyond those every response carries
 */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

  static final String JSON = "application/json; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";

  Response {
    headers = Map.copyOf(headers);
  }

  static Response json(int status, String json) {
    return new Response(status, JSON, json.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  static Response html(int status, String html) {
    return new Response(status, HTML, html.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  Response withHeader(String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return new Response(status, contentType, body, more);
  }
}
