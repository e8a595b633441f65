package dev.storywire.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/** The write token check every changing route makes: a bearer token, compared in constant time. */
final class WriteAccess {
  private final @Nullable String token;

  WriteAccess(@Nullable String token) {
    this.token = token;
  }

  /** @throws HttpProblem 403 when no token is configured (writes disabled), 401 when it does not match */
  void check(Request request) {
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
}
