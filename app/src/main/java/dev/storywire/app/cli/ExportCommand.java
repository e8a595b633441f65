package dev.storywire.app.cli;

import dev.storywire.app.Storywire;
import dev.storywire.app.WarcExport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storywire export --warc FILE [--data DIR]}: the whole archive as one WARC file, which
 * {@code storywire ingest FILE} replays. Takes the data directory like {@code ingest} (it is not
 * read beside a running {@code serve}).
 */
@Command(name = "export", description = "Write the whole archive, in order, as one WARC file (gzip per record for .gz).")
final class ExportCommand extends DataCommand {
  @Option(names = "--warc", required = true, paramLabel = "FILE", description = "The WARC file to write (.warc or .warc.gz).")
  Path warc;

  @Override
  public Integer call() throws Exception {
    try (Storywire storywire = open()) {
      WarcExport.Summary summary = storywire.exportWarc(warc);
      err().printf("export: %d archive records written to %s (%d WARC records copied, %d files as resource records),"
          + " %d bytes%n", summary.records(), warc, summary.copied(), summary.wrapped(), summary.bytes());
      err().flush();
      return 0;
    }
  }
}
