package dev.storywire.server;

/**
 * A request that cannot be answered as asked: carries the HTTP status and a message written for
 * the person who made the request. {@link Dispatcher} turns it into the error response; it is
 * control flow, so it records no stack trace.
 */
final class HttpProblem extends RuntimeException {

  private final int status;

  HttpProblem(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static HttpProblem badRequest(String message) {
    return new HttpProblem(400, message);
  }

  static HttpProblem notFound(String message) {
    return new HttpProblem(404, message);
  }

  static HttpProblem methodNotAllowed() {
    return new HttpProblem(405, "This address does not take that method.");
  }

  static HttpProblem unauthorized() {
    return new HttpProblem(401, "This needs the server's write token: send 'Authorization: Bearer <token>'.");
  }

  static HttpProblem writesDisabled() {
    return new HttpProblem(403, "Writes are disabled on this server: set server.token (or STORYWIRE_SERVER_TOKEN)"
        + " to enable the write API.");
  }

  static HttpProblem payloadTooLarge() {
    return new HttpProblem(413, "The request body is too large (at most " + (Limits.MAX_REQUEST_BODY_BYTES >> 10)
        + " KiB).");
  }

  static HttpProblem uriTooLong() {
    return new HttpProblem(414, "The address is too long (at most " + Limits.MAX_REQUEST_TARGET_CHARS + " characters).");
  }
}
