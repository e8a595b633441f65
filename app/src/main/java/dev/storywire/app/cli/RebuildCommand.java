package dev.storywire.app.cli;

import dev.storywire.app.Config;
import dev.storywire.app.Storywire;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code storywire rebuild --data DIR}: replay the archive into a fresh index and state. */
@Command(name = "rebuild", description = "Replay the archive into a fresh index: same stories, same ids.")
final class RebuildCommand extends DataCommand {
  @Override
  public Integer call() throws Exception {
    Config config = config(Map.of());
    Storywire.rebuild(config);
    try (Storywire storywire = Storywire.open(config)) {
      err().printf("rebuild: replayed %d archive records into %d items in %d stories%n",
          storywire.archivedRecords(), storywire.index().itemCount(), storywire.index().storyCount());
    }
    err().flush();
    return 0;
  }
}
