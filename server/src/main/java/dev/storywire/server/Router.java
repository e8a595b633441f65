package dev.storywire.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tiny router: exact path patterns whose {@code {name}} segments capture one decoded path
 * segment each. Routes are tried in the order they were added.
 */
final class Router {

  /** Answers one request; throws {@link HttpProblem} for anything it cannot answer. */
  @FunctionalInterface
  interface Handler {
    Response handle(Request request);
  }

  private record Route(String method, List<String> pattern, Handler handler) {}

  /** A route that matched, with the request carrying the captured segments. */
  record Match(Handler handler, Request request) {}

  private final List<Route> routes = new ArrayList<>();

  /** Adds a GET (and HEAD) route, for example {@code /api/items/{id}}. */
  Router get(String pattern, Handler handler) {
    routes.add(new Route("GET", segments(pattern), handler));
    return this;
  }

  Router post(String pattern, Handler handler) {
    routes.add(new Route("POST", segments(pattern), handler));
    return this;
  }

  Router delete(String pattern, Handler handler) {
    routes.add(new Route("DELETE", segments(pattern), handler));
    return this;
  }

  /** The methods some route takes at this path: for a 405's Allow header. */
  List<String> methodsAt(String rawPath) {
    List<String> raw = segments(rawPath);
    List<String> methods = new ArrayList<>();
    for (Route route : routes) {
      if (bind(route.pattern(), raw).isPresent() && !methods.contains(route.method())) {
        methods.add(route.method());
        if (route.method().equals("GET")) {
          methods.add("HEAD");
        }
      }
    }
    return methods;
  }

  /**
   * @param method GET, HEAD (served by GET routes), POST or DELETE
   * @param rawPath the request path as sent, still percent-encoded
   * @return the first matching route, or empty when none matches
   */
  Optional<Match> match(String method, String rawPath, Request request) {
    List<String> raw = segments(rawPath);
    String wanted = method.equals("HEAD") ? "GET" : method;
    for (Route route : routes) {
      if (!route.method().equals(wanted)) {
        continue;
      }
      Optional<Map<String, String>> params = bind(route.pattern(), raw);
      if (params.isPresent()) {
        return Optional.of(new Match(route.handler(), request.withPathParams(params.get())));
      }
    }
    return Optional.empty();
  }

  private static Optional<Map<String, String>> bind(List<String> pattern, List<String> raw) {
    if (pattern.size() != raw.size()) {
      return Optional.empty();
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < pattern.size(); i++) {
      String want = pattern.get(i);
      if (want.startsWith("{") && want.endsWith("}")) {
        String value = decodeSegment(raw.get(i));
        if (value.isEmpty()) {
          return Optional.empty();
        }
        params.put(want.substring(1, want.length() - 1), value);
      } else if (!want.equals(raw.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  /** Splits {@code /a/b/} into {@code [a, b, ""]}: a trailing slash is a different path. */
  private static List<String> segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
  }

  /** Percent-decodes one path segment as UTF-8; {@code +} stays a plus, as RFC 3986 says. */
  static String decodeSegment(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      if (i + 2 >= raw.length()) {
        throw HttpProblem.badRequest("The address is not correctly encoded.");
      }
      int hi = Character.digit(raw.charAt(i + 1), 16);
      int lo = Character.digit(raw.charAt(i + 2), 16);
      if (hi < 0 || lo < 0) {
        throw HttpProblem.badRequest("The address is not correctly encoded.");
      }
      bytes.write(hi * 16 + lo);
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw HttpProblem.badRequest("The address is not valid UTF-8.");
    }
  }
}
