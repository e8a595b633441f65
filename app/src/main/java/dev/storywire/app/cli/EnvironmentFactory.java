package dev.storywire.app.cli;

import java.util.Map;
import picocli.CommandLine;

/** Gives every command the process environment it was started with (tests pass their own). */
final class EnvironmentFactory implements CommandLine.IFactory {
  private final Map<String, String> environment;

  EnvironmentFactory(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    K instance = CommandLine.defaultFactory().create(type);
    if (instance instanceof DataOptions.Aware aware) {
      aware.environment(environment);
    }
    return instance;
  }
}
