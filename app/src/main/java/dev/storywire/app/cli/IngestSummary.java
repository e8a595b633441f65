package dev.storywire.app.cli;

import dev.storywire.app.InputOutcome;
import dev.storywire.app.Rejection;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The per-input lines and the totals that {@code ingest} prints. */
final class IngestSummary {
  private final List<InputOutcome> outcomes;

  IngestSummary(List<InputOutcome> outcomes) {
    this.outcomes = List.copyOf(outcomes);
  }

  long count(InputOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  long failed() {
    return count(InputOutcome.Status.FAILED);
  }

  void print(PrintWriter err) {
    for (InputOutcome outcome : outcomes) {
      err.printf("%-10s %s  %s%n", outcome.status().name().toLowerCase(Locale.ROOT), where(outcome), describe(outcome));
      if (outcome.result() != null && outcome.status() == InputOutcome.Status.NEW) {
        for (Rejection r : outcome.result().rejections()) {
          err.printf("%-10s %s  %s: %s%n", "  rejected", r.where(), r.reason().wireName(), r.detail());
        }
      }
    }
    err.printf("ingest: %d new, %d duplicate, %d rejected, %d failed%n",
        count(InputOutcome.Status.NEW), count(InputOutcome.Status.DUPLICATE),
        count(InputOutcome.Status.REJECTED), failed());
  }

  private static String describe(InputOutcome outcome) {
    return switch (outcome.status()) {
      case DUPLICATE, FAILED, SPLIT -> outcome.detail();
      case NEW -> "record " + outcome.record() + ": " + items(outcome);
      case REJECTED -> "record " + outcome.record() + ": " + reasons(outcome);
    };
  }

  /** The file, and for a page of a WARC file its target URI. */
  private static String where(InputOutcome outcome) {
    return outcome.part() == null ? outcome.path().toString() : outcome.path() + " " + outcome.part();
  }

  private static String items(InputOutcome outcome) {
    var result = outcome.result();
    String text = plural(result.articles(), "article") + ", " + plural(result.flashItems(), "flash item");
    return result.rejections().isEmpty() ? text : text + ", " + plural(result.rejections().size(), "part") + " rejected";
  }

  private static String reasons(InputOutcome outcome) {
    List<Rejection> rejections = outcome.result().rejections();
    if (rejections.isEmpty()) {
      return "no document in it (only blank lines)";
    }
    if (rejections.size() == 1) {
      return rejections.getFirst().reason().wireName() + ": " + rejections.getFirst().detail();
    }
    return rejections.size() + " parts rejected, first: " + rejections.getFirst().reason().wireName() + ": "
        + rejections.getFirst().detail();
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
