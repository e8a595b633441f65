package dev.storywire.app.cli;

import dev.storywire.app.Config;
import dev.storywire.app.DataView;
import dev.storywire.app.Storywire;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** Base of commands that work on one data directory. */
abstract class DataCommand implements Callable<Integer>, DataOptions.Aware {
  @CommandLine.Mixin DataOptions data;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  private Map<String, String> environment = Map.of();

  @Override
  public final void environment(Map<String, String> environment) {
    this.environment = environment;
  }

  /** A variable of the environment the command was started with, or null. */
  @org.jspecify.annotations.Nullable String env(String name) {
    return environment.get(name);
  }

  Config config(Map<String, String> flags) throws IOException {
    return data.config(environment, flags);
  }

  Storywire open() throws IOException {
    return Storywire.open(config(Map.of()));
  }

  /** For the listing commands: works beside a running {@code storywire serve}, read-only. */
  DataView openForReading() throws IOException {
    return Storywire.openForReading(config(Map.of()));
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
