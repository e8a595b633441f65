package dev.storywire.app.cli;

import dev.storywire.app.DataView;
import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.server.WireFormat;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storywire items --data DIR [--json]}: every item, in archive order. */
@Command(name = "items", description = "List every item (articles and flash items) in archive order.")
final class ItemsCommand extends DataCommand {
  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (DataView storywire = openForReading()) {
      List<Item> items = storywire.items();
      List<Membership> memberships = storywire.memberships();
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        Membership membership = memberships.get(i);
        if (json) {
          out().println(WireFormat.mapper().writeValueAsString(WireFormat.item(item, membership)));
        } else {
          out().printf("%s  %-7s %-3s %-19s %s  [%s]%n", item.id(), item.kind().wireName(), Text.orDash(item.lang()),
              Text.orDash(item.published()), Text.oneLine(item.title(), 80), membership.storyId());
        }
      }
      out().flush();
      return 0;
    }
  }
}
