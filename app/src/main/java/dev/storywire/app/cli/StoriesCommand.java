package dev.storywire.app.cli;

import dev.storywire.app.DataView;
import dev.storywire.model.Story;
import dev.storywire.model.StoryMember;
import dev.storywire.server.WireFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storywire stories --data DIR [--json]}: every story with its members and evidence. */
@Command(name = "stories", description = "List every story, newest first, with its items and the evidence joining them.")
final class StoriesCommand extends DataCommand {
  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (DataView storywire = openForReading()) {
      for (Story story : storywire.reader().stories(Integer.MAX_VALUE)) {
        if (json) {
          out().println(WireFormat.mapper().writeValueAsString(WireFormat.story(story)));
        } else {
          printStory(story);
        }
      }
      out().flush();
      return 0;
    }
  }

  private void printStory(Story story) {
    out().printf("%s  [%s]  %s%n", story.id(), String.join(",", story.languages()), Text.oneLine(story.title(), 90));
    for (StoryMember member : story.members()) {
      var m = member.membership();
      String why = m.founded() && m.joinedStory() != null ? "founded " + m.joinedStory() + ", merged into this story"
          : m.founded() ? "founded the story"
          : m.duplicateOf() != null ? "duplicate of " + m.duplicateOf()
          : String.format("score %.2f, shared: %s", m.score(),
              String.join(", ", m.shared().stream().limit(8).map(a -> a.label()).toList()))
              + (m.merged().isEmpty() ? "" : "; merged " + String.join(", ", m.merged()) + " into this story");
      out().printf("    %s %-7s %-3s %s  (%s)%n", member.id(), member.kind().wireName(), Text.orDash(member.lang()),
          Text.oneLine(member.title(), 60), why);
    }
  }
}
