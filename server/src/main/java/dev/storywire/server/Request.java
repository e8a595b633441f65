package dev.storywire.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parsed request: its path as sent (still percent-encoded), the decoded values the route captured
 * from it, its query parameters (the first value of each name wins) and, for writes, the body and
 * the Authorization header.
 */
record Request(String path, Map<String, String> pathParams, Map<String, String> query, byte[] body,
    @Nullable String authorization) {

  Request {
    pathParams = Map.copyOf(pathParams);
    query = Map.copyOf(query);
  }

  /** Parses the raw request target's parts; malformed percent-encoding is a 400. */
  static Request parse(String rawPath, @Nullable String rawQuery) {
    return new Request(rawPath, Map.of(), parseQuery(rawQuery), new byte[0], null);
  }

  Request withPathParams(Map<String, String> params) {
    return new Request(path, params, query, body, authorization);
  }

  /** The body and the Authorization header of a write request. */
  Request withBody(byte[] content, @Nullable String authorizationHeader) {
    return new Request(path, pathParams, query, content, authorizationHeader);
  }

  /** @return the value the route captured for {@code {name}}; routes guarantee it exists */
  String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no parameter " + name);
    }
    return value;
  }

  /** @return the parameter's value, or empty when it is absent */
  Optional<String> param(String name) {
    return Optional.ofNullable(query.get(name));
  }

  /**
   * The {@code limit} parameter: {@link Limits#DEFAULT_LIMIT} when absent, otherwise a whole
   * number from 1 to {@link Limits#MAX_LIMIT}, or a 400.
   */
  int limit() {
    Optional<String> raw = param("limit");
    if (raw.isEmpty()) {
      return Limits.DEFAULT_LIMIT;
    }
    String text = raw.get().strip();
    if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw limitProblem();
    }
    int value = Integer.parseInt(text);
    if (value < 1 || value > Limits.MAX_LIMIT) {
      throw limitProblem();
    }
    return value;
  }

  private static HttpProblem limitProblem() {
    return HttpProblem.badRequest("limit must be a whole number from 1 to " + Limits.MAX_LIMIT + ".");
  }

  private static Map<String, String> parseQuery(@Nullable String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    String[] pairs = rawQuery.split("&", -1);
    if (pairs.length > Limits.MAX_QUERY_PARAMETERS) {
      throw HttpProblem.badRequest("Too many query parameters (at most " + Limits.MAX_QUERY_PARAMETERS + ").");
    }
    for (String pair : pairs) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decodeQueryPart(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decodeQueryPart(pair.substring(eq + 1));
      params.putIfAbsent(name, value);
    }
    return params;
  }

  /** Form decoding ({@code +} is a space), as browsers send a GET form. */
  private static String decodeQueryPart(String part) {
    try {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest("The query string is not correctly encoded.");
    }
  }
}
