package dev.storywire.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.storywire.app.Storywire;
import dev.storywire.app.feeds.FeedBook;
import dev.storywire.app.feeds.FeedPoller;
import dev.storywire.app.feeds.Subscription;
import dev.storywire.app.feeds.Subscriptions;
import dev.storywire.server.WireFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storywire feeds add|list|remove|import|export|poll}: the sources Storywire follows. */
@Command(name = "feeds", description = "Follow feeds and sitemaps: add, list, remove, import/export OPML, poll.",
    subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Remove.class,
        FeedsCommand.Import.class, FeedsCommand.Export.class, FeedsCommand.Poll.class})
final class FeedsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Works on the subscription list only: allowed while {@code serve} runs (it picks changes up). */
  abstract static class BookCommand extends DataCommand {
    FeedBook book() throws java.io.IOException {
      return FeedBook.in(config(Map.of()).dataDir());
    }
  }

  @Command(name = "add", description = "Follow a feed (RSS, Atom, JSON Feed) or a news sitemap.")
  static final class Add extends BookCommand {
    @Parameters(paramLabel = "URL", description = "The feed's URL.")
    String url;

    @Option(names = "--title", description = "A name for it (default: the feed's own title).")
    String title;

    @Option(names = "--category", description = "A folder, as in OPML.")
    String category;

    @Option(names = "--interval", paramLabel = "MINUTES",
        description = "Poll every so many minutes (default: 10, stretched for quiet feeds).")
    Integer minutes;

    @Override
    public Integer call() throws Exception {
      Duration interval = minutes == null ? null : Duration.ofMinutes(minutes);
      FeedBook.Added added = book().add(Subscription.of(url, title, category, interval, Clock.systemUTC().instant()));
      out().printf("%s %s  %s%n", added.alreadyThere() ? "already following" : "following",
          added.subscription().id(), added.subscription().url());
      out().flush();
      return 0;
    }
  }

  @Command(name = "list", description = "Every subscription with its state: last success, last error, counts.")
  static final class ListFeeds extends BookCommand {
    @Option(names = "--json", description = "One JSON array.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      FeedBook book = book();
      List<Subscription> subscriptions = book.subscriptions();
      if (json) {
        ArrayNode all = WireFormat.mapper().createArrayNode();
        for (Subscription s : subscriptions) {
          all.add(Subscriptions.json(s, book.state(s.id())));
        }
        out().println(WireFormat.mapper().writeValueAsString(all));
      } else {
        for (Subscription s : subscriptions) {
          out().println(Subscriptions.line(s, book.state(s.id())));
        }
        out().printf("%d subscription%s%n", subscriptions.size(), subscriptions.size() == 1 ? "" : "s");
      }
      out().flush();
      return 0;
    }
  }

  @Command(name = "remove", description = "Stop following a feed (by id or URL). Its archived pages stay.")
  static final class Remove extends BookCommand {
    @Parameters(paramLabel = "ID|URL")
    String which;

    @Override
    public Integer call() throws Exception {
      Optional<Subscription> removed = book().remove(which);
      if (removed.isEmpty()) {
        err().println("feeds remove: no subscription with id or URL " + which);
        err().flush();
        return 1;
      }
      out().println("removed " + removed.get().id() + "  " + removed.get().url());
      out().flush();
      return 0;
    }
  }

  @Command(name = "import", description = "Follow every feed of an OPML file (OPML 1.0 or 2.0).")
  static final class Import extends BookCommand {
    @Parameters(paramLabel = "FILE.opml")
    Path file;

    @Override
    public Integer call() throws Exception {
      Subscriptions.Imported imported = Subscriptions.importOpml(book(), Files.readAllBytes(file),
          Clock.systemUTC().instant());
      out().printf("imported %d new, %d already followed, %d skipped%n", imported.added(), imported.existing(),
          imported.skipped().size());
      for (String skipped : imported.skipped()) {
        err().println("  skipped: " + skipped);
      }
      out().flush();
      err().flush();
      return 0;
    }
  }

  @Command(name = "export", description = "Write the subscriptions as OPML 2.0 (to FILE, or to standard output).")
  static final class Export extends BookCommand {
    @Parameters(paramLabel = "FILE", arity = "0..1")
    Path file;

    @Override
    public Integer call() throws Exception {
      byte[] opml = Subscriptions.exportOpml(book(), Clock.systemUTC().instant());
      if (file == null) {
        out().print(new String(opml, StandardCharsets.UTF_8));
      } else {
        Files.write(file, opml);
        err().println("exported to " + file);
      }
      out().flush();
      err().flush();
      return 0;
    }
  }

  @Command(name = "poll", description = "Poll every subscription once now and ingest what is new (for cron;"
      + " `serve` polls on its own).")
  static final class Poll extends DataCommand {
    @Override
    public Integer call() throws Exception {
      try (Storywire storywire = open()) {
        FeedPoller poller = storywire.feedPoller(line -> {
          err().println(line);
          err().flush();
        });
        List<FeedPoller.PollReport> reports = poller.pollAll();
        int entries = reports.stream().mapToInt(FeedPoller.PollReport::newEntries).sum();
        int pages = reports.stream().mapToInt(FeedPoller.PollReport::pages).sum();
        long failed = reports.stream().filter(r -> r.error() != null).count();
        out().printf("polled %d feeds: %d new entries, %d pages archived, %d feeds failed%n", reports.size(), entries,
            pages, failed);
        out().flush();
        return failed > 0 && failed == reports.size() ? 1 : 0;
      }
    }
  }
}
