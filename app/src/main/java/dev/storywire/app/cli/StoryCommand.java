package dev.storywire.app.cli;

import dev.storywire.app.Storywire;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code storywire story split|merge}: correct a story; the correction survives {@code rebuild}. */
@Command(name = "story", description = "Correct stories: split items off a story, or merge stories.",
    subcommands = {StoryCommand.Split.class, StoryCommand.Merge.class})
final class StoryCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(name = "split", description = "Move ITEMs out of STORY into a story of their own.")
  static final class Split extends DataCommand {
    @Parameters(index = "0", paramLabel = "STORY")
    String story;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ITEM")
    List<String> items;

    @Override
    public Integer call() throws Exception {
      try (Storywire storywire = open()) {
        List<String> stories = storywire.split(story, items).stories();
        out().printf("split: %d item%s now in %s; the rest in %s%n", items.size(), items.size() == 1 ? "" : "s",
            stories.get(0), stories.get(stories.size() - 1));
        out().flush();
      }
      return 0;
    }
  }

  @Command(name = "merge", description = "Make the STORYs one story.")
  static final class Merge extends DataCommand {
    @Parameters(arity = "2..*", paramLabel = "STORY")
    List<String> stories;

    @Override
    public Integer call() throws Exception {
      try (Storywire storywire = open()) {
        String story = storywire.merge(stories).stories().get(0);
        out().printf("merge: %d stories are now %s%n", stories.size(), story);
        out().flush();
      }
      return 0;
    }
  }
}
