package dev.storywire.app.cli;

import dev.storywire.app.Config;
import dev.storywire.app.FileTrees;
import dev.storywire.app.InputOutcome;
import dev.storywire.app.Storywire;
import dev.storywire.model.Story;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storywire demo}: ingests the bundled sample into a fresh data directory, prints the
 * stories it built, and serves them.
 */
@Command(name = "demo", description = "Ingest the bundled sample into a fresh data directory, show the stories, and serve them.")
final class DemoCommand extends DataCommand {
  @Option(names = "--sample", paramLabel = "DIR", description = "Sample to ingest (default: the bundled samples/seeds folder).")
  Path sample;

  @Option(names = "--port", description = "Port to serve on (default 8080, or a free one when 8080 is taken; 0 picks a free one).")
  Integer port;

  @Option(names = "--no-serve", description = "Build and print, then exit without serving.")
  boolean noServe;

  @Override
  public Integer call() throws Exception {
    Config config = config(DataOptions.serverFlags(null, port));
    if (data.dataDir == null && env("STORYWIRE_DATA") == null) {
      config = config.withDataDir(home().resolve(".storywire/demo"));
    }
    Path samples = sample != null ? sample : home().resolve("samples/seeds");
    if (!Files.isDirectory(samples)) {
      throw new IOException("the sample folder " + samples + " does not exist");
    }
    resetDataDir(config.dataDir());
    try (Storywire storywire = Storywire.open(config)) {
      List<InputOutcome> outcomes = storywire.ingest(List.of(samples));
      new IngestSummary(outcomes).print(err());
      printStories(storywire);
      if (!noServe) {
        serve(storywire, config);
      }
    }
    return 0;
  }

  private void printStories(Storywire storywire) {
    List<Story> stories = storywire.reader().stories(Integer.MAX_VALUE);
    out().printf("%nBuilt %d stories from %d items:%n", stories.size(), storywire.index().itemCount());
    for (Story story : stories.stream().sorted(Comparator.comparingInt((Story s) -> -s.members().size())).toList()) {
      out().printf("  %s  %-6s %d item%s  %s%n", story.id(), String.join(",", story.languages()), story.members().size(),
          story.members().size() == 1 ? " " : "s", Text.oneLine(story.title(), 70));
    }
    out().flush();
  }

  private void serve(Storywire storywire, Config config) throws Exception {
    try {
      ServeCommand.serveUntilInterrupted(storywire, config, this);
    } catch (BindException e) {
      if (port != null) {
        throw new IOException("port " + config.server().port() + " is in use; try --port 0", e);
      }
      err().printf("demo: port %d is in use, serving on a free port instead%n", config.server().port());
      ServeCommand.serveUntilInterrupted(storywire,
          config.withServer(new Config.Server(config.server().host(), 0, config.server().token())), this);
    }
  }

  private static Path home() {
    return Path.of(System.getProperty("storywire.home", ".")).toAbsolutePath().normalize();
  }

  /** Empties the demo's data directory, refusing to touch a folder that is not a Storywire one. */
  private static void resetDataDir(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    boolean ours = Files.exists(dir.resolve("archive")) || Files.exists(dir.resolve(".lock"));
    boolean empty;
    try (Stream<Path> children = Files.list(dir)) {
      empty = children.findAny().isEmpty();
    }
    if (!ours && !empty) {
      throw new IOException(dir + " is not empty and is not a Storywire data directory; choose another --data");
    }
    FileTrees.deleteBelow(dir);
  }
}
