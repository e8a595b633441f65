package dev.storywire.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storywire.app.Rejection;
import dev.storywire.app.DataView;
import dev.storywire.server.WireFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storywire rejections --data DIR [--json]}: every input part that yielded nothing, and why. */
@Command(name = "rejections", description = "List every rejected input with its reason.")
final class RejectionsCommand extends DataCommand {
  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (DataView storywire = openForReading()) {
      for (Rejection r : storywire.rejections()) {
        if (json) {
          ObjectNode node = WireFormat.mapper().createObjectNode()
              .put("record", r.seq()).put("where", r.where()).put("reason", r.reason().wireName()).put("detail", r.detail());
          out().println(WireFormat.mapper().writeValueAsString(node));
        } else {
          out().printf("%6d  %-20s %s  %s%n", r.seq(), r.reason().wireName(), r.where(), r.detail());
        }
      }
      out().flush();
      return 0;
    }
  }
}
