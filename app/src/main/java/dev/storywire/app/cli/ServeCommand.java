package dev.storywire.app.cli;

import dev.storywire.app.Config;
import dev.storywire.app.StoryEditing;
import dev.storywire.app.Storywire;
import dev.storywire.app.feeds.BookFeedAdmin;
import dev.storywire.app.feeds.FeedBook;
import dev.storywire.server.ServerConfig;
import dev.storywire.server.StorywireServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storywire serve --data DIR}: the HTTP API and web pages, and polling of the subscribed
 * feeds, until interrupted.
 */
@Command(name = "serve", description = "Serve the flash feed, story pages, search and the JSON API over HTTP.")
final class ServeCommand extends DataCommand {
  @Option(names = "--host", description = "Address to bind (default 127.0.0.1: this machine only).")
  String host;

  @Option(names = "--port", description = "Port (default 8080; 0 picks a free one).")
  Integer port;

  @Option(names = "--no-poll", description = "Do not poll the subscribed feeds (see `storywire feeds`).")
  boolean noPoll;

  @Override
  public Integer call() throws Exception {
    Config config = config(DataOptions.serverFlags(host, port));
    try (Storywire storywire = Storywire.open(config)) {
      if (!noPoll) {
        storywire.feedPoller(line -> {
          err().println(line);
          err().flush();
        }).start();
      }
      serveUntilInterrupted(storywire, config, this);
    }
    return 0;
  }

  /** Starts the server, prints where, and blocks until the process is interrupted (Ctrl-C). */
  static void serveUntilInterrupted(Storywire storywire, Config config, DataCommand command) throws Exception {
    CountDownLatch stopRequested = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopRequested.countDown();
      awaitQuietly(stopped);
    }, "storywire-shutdown"));
    try (StorywireServer server = StorywireServer.start(
        new ServerConfig(config.server().host(), config.server().port(), config.server().token()), storywire.reader(),
        new BookFeedAdmin(FeedBook.in(config.dataDir()), java.time.Clock.systemUTC()), new StoryEditing(storywire))) {
      command.err().printf("serve: %s (data: %s) — Ctrl-C to stop%n", server.uri(), config.dataDir());
      command.err().println("serve: " + dictionaries(storywire.dictionaries()));
      command.err().flush();
      stopRequested.await();
    } finally {
      stopped.countDown();
    }
  }

  /** Which languages are translated into English for cross-lingual matching, and from where. */
  static String dictionaries(SortedMap<String, Path> found) {
    Map<Path, List<String>> byDirectory = new LinkedHashMap<>();
    found.forEach((language, directory) -> byDirectory.computeIfAbsent(directory, d -> new ArrayList<>()).add(language));
    StringBuilder out = new StringBuilder("English translations for zh (bundled)");
    byDirectory.forEach((directory, languages) -> out.append("; ").append(String.join(" ", languages))
        .append(" (FreeDict, ").append(directory).append(')'));
    return found.isEmpty() ? out.append("; no FreeDict dictionary installed (bin/fetch-dictionaries)").toString()
        : out.toString();
  }

  /** Lets the main thread close the server and the index before the JVM exits, within a bound. */
  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(SHUTDOWN_GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How long Ctrl-C waits for in-flight requests and the index to close. */
  static final java.time.Duration SHUTDOWN_GRACE = java.time.Duration.ofSeconds(5);
}
