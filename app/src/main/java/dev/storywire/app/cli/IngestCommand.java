package dev.storywire.app.cli;

import dev.storywire.app.InputOutcome;
import dev.storywire.app.Storywire;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code storywire ingest --data DIR PATH...}: archives every input, then extracts, analyzes,
 * clusters and indexes it. Exit 0 when every input was archived, even if some were rejected; a
 * line per input and a summary on stderr.
 */
@Command(name = "ingest", description = "Archive and process files and folders (.txt, .html, .htm, .jsonl, .warc, and .gz of each).")
final class IngestCommand extends DataCommand {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    try (Storywire storywire = open()) {
      List<InputOutcome> outcomes = storywire.ingest(paths);
      IngestSummary summary = new IngestSummary(outcomes);
      summary.print(err());
      err().printf("ingest: archive holds %d records; index holds %d items in %d stories%n",
          storywire.archivedRecords(), storywire.index().itemCount(), storywire.index().storyCount());
      err().flush();
      return summary.failed() == 0 ? 0 : 1;
    }
  }
}
