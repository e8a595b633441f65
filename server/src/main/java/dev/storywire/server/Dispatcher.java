package dev.storywire.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one entry point for every request, and the one place where failures become responses:
 * limits are checked, the method is checked, the route is found and run, and any
 * {@link HttpProblem} (or unexpected exception) is rendered as a JSON error for the API and an
 * HTML page elsewhere. A response never contains a stack trace or exception text.
 */
final class Dispatcher implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

  /** Headers every response carries: what it is, and that browsers must not guess or leak. */
  private static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy", Layout.CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "X-Frame-Options", "DENY",
          "Cache-Control", "no-cache");

  private final Router router;

  Dispatcher(Router router) {
    this.router = router;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String rawPath = uri.getRawPath() == null ? "/" : uri.getRawPath();
      String accept = exchange.getRequestHeaders().getFirst("Accept");
      String method = exchange.getRequestMethod();
      Response response;
      if (WRITE_METHODS.contains(method)) {
        response = respondToWrite(exchange, method, uri, rawPath, accept);
      } else {
        response = respond(method, uri, rawPath, accept);
      }
      send(exchange, response);
    } catch (IOException e) {
      // The client went away mid-response; nothing to tell it.
      LOG.log(System.Logger.Level.DEBUG, "could not send a response", e);
    }
  }

  /** Methods that carry a body and change something; every such route checks the write token. */
  private static final java.util.Set<String> WRITE_METHODS = java.util.Set.of("POST", "DELETE", "PUT", "PATCH");

  /** Reads the body within its limit (413 beyond it), then answers like any request. */
  private Response respondToWrite(HttpExchange exchange, String method, URI uri, String rawPath,
      @Nullable String accept) throws IOException {
    byte[] body;
    try (java.io.InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(Limits.MAX_REQUEST_BODY_BYTES + 1);
    }
    if (body.length > Limits.MAX_REQUEST_BODY_BYTES) {
      return error(wantsHtml(rawPath, accept), 413, HttpProblem.payloadTooLarge().getMessage());
    }
    return respond(method, uri, rawPath, accept, body, exchange.getRequestHeaders().getFirst("Authorization"));
  }

  /**
   * Answers one request; never throws.
   *
   * @param accept the request's Accept header, or null
   */
  Response respond(String method, URI uri, String rawPath, @Nullable String accept) {
    return respond(method, uri, rawPath, accept, new byte[0], null);
  }

  private Response respond(String method, URI uri, String rawPath, @Nullable String accept, byte[] body,
      @Nullable String authorization) {
    boolean html = wantsHtml(rawPath, accept);
    try {
      return route(method, uri, rawPath, body, authorization);
    } catch (HttpProblem problem) {
      Response response = error(html, problem.status(), problem.getMessage());
      return problem.status() == 405 ? response.withHeader("Allow", String.join(", ", allowed(rawPath))) : response;
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "request failed: " + method + " " + rawPath, e);
      return error(html, 500, "Something went wrong on our side. Please try again later.");
    }
  }

  private List<String> allowed(String rawPath) {
    List<String> methods = router.methodsAt(rawPath);
    return methods.isEmpty() ? List.of("GET", "HEAD") : methods;
  }

  private Response route(String method, URI uri, String rawPath, byte[] body, @Nullable String authorization) {
    String rawQuery = uri.getRawQuery();
    int targetLength = rawPath.length() + (rawQuery == null ? 0 : rawQuery.length() + 1);
    if (targetLength > Limits.MAX_REQUEST_TARGET_CHARS) {
      throw HttpProblem.uriTooLong();
    }
    Request request = Request.parse(rawPath, rawQuery).withBody(body, authorization);
    Optional<Router.Match> match = router.match(method, rawPath, request);
    if (match.isEmpty()) {
      if (!router.methodsAt(rawPath).isEmpty() || !method.equals("GET") && !method.equals("HEAD")
          && !WRITE_METHODS.contains(method)) {
        throw HttpProblem.methodNotAllowed();
      }
      throw HttpProblem.notFound("There is nothing at this address.");
    }
    return match.get().handler().handle(match.get().request());
  }

  /** The error response: a page for people, else JSON {@code {"error", "status"}}. */
  static Response error(boolean html, int status, String message) {
    Response response;
    if (html) {
      response = Response.html(status, Pages.error(status, message));
    } else {
      ObjectNode body = JsonNodeFactory.instance.objectNode().put("error", message).put("status", status);
      response = Response.json(status, body.toString());
    }
    return status == 405 ? response.withHeader("Allow", "GET, HEAD") : response; // refined by the caller
  }

  /**
   * Whether an error is shown as a page: always under the page routes, never under the API; for
   * any other path, when the client asks for HTML (a browser does, curl and scripts do not).
   */
  static boolean wantsHtml(String rawPath, @Nullable String accept) {
    if (rawPath.equals("/api") || rawPath.startsWith("/api/") || rawPath.equals("/health")) {
      return false;
    }
    if (rawPath.equals("/") || rawPath.equals("/search") || rawPath.startsWith("/story/") || rawPath.startsWith("/item/")) {
      return true;
    }
    return accept != null && accept.contains("text/html");
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", response.contentType());
    SECURITY_HEADERS.forEach(headers::set);
    response.headers().forEach(headers::set);
    byte[] body = response.body();
    if (exchange.getRequestMethod().equals("HEAD")) {
      // HttpServer sends no body for HEAD; the length of the GET body is still announced.
      headers.set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
