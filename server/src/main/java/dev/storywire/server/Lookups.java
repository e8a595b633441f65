package dev.storywire.server;

import java.util.Optional;

/** Validation of the ids and queries that handlers pass on to the reader. */
final class Lookups {

  private Lookups() {}

  /** The route's {@code {id}}; an over-long id cannot exist, so it is a 404 like any unknown id. */
  static String id(Request request) {
    String id = request.pathParam("id");
    if (id.length() > Limits.MAX_ID_CHARS) {
      throw HttpProblem.notFound("No such id.");
    }
    return id;
  }

  /** The search query {@code q}: present, not blank, and not too long; otherwise a 400. */
  static String requiredQuery(Request request) {
    return optionalQuery(request)
        .orElseThrow(() -> HttpProblem.badRequest("Give a search query in the q parameter."));
  }

  /** The search query {@code q} stripped, or empty when absent or blank; too long is a 400. */
  static Optional<String> optionalQuery(Request request) {
    Optional<String> query = request.param("q").map(String::strip).filter(q -> !q.isEmpty());
    if (query.isPresent() && query.get().codePointCount(0, query.get().length()) > Limits.MAX_SEARCH_QUERY_CHARS) {
      throw HttpProblem.badRequest(
          "The search query is too long (at most " + Limits.MAX_SEARCH_QUERY_CHARS + " characters).");
    }
    return query;
  }
}
