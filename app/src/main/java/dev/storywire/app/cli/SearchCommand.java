package dev.storywire.app.cli;

import dev.storywire.app.DataView;
import dev.storywire.model.SearchHit;
import dev.storywire.server.WireFormat;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storywire search --data DIR [--json] QUERY}: search in any language and script. */
@Command(name = "search", description = "Search items in any language; names also match when written in another script.")
final class SearchCommand extends DataCommand {
  /** Enough for a screen of results; the API pages further. */
  static final int DEFAULT_LIMIT = 20;

  @Option(names = "--json", description = "One JSON object per hit.")
  boolean json;

  @Option(names = "--limit", defaultValue = "" + DEFAULT_LIMIT, description = "Most hits to show (default ${DEFAULT-VALUE}).")
  int limit;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words or names.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    try (DataView storywire = openForReading()) {
      for (SearchHit hit : storywire.reader().search(String.join(" ", words), Math.max(1, limit))) {
        if (json) {
          out().println(WireFormat.mapper().writeValueAsString(WireFormat.hit(hit)));
        } else {
          out().printf("%.3f  %s  %-3s %s  [%s]%n", hit.score(), hit.itemId(), Text.orDash(hit.lang()),
              Text.oneLine(hit.title(), 80), hit.storyId());
        }
      }
      out().flush();
      return 0;
    }
  }
}
