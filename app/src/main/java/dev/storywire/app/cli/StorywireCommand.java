package dev.storywire.app.cli;

import dev.storywire.store.DamagedIndexException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code storywire} command. */
@Command(
    name = "storywire",
    mixinStandardHelpOptions = true,
    version = "storywire 0.1.0",
    description = "Turns news in any language into stories.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      ExportCommand.class,
      ItemsCommand.class,
      StoriesCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      RebuildCommand.class,
      RejectionsCommand.class,
      FeedsCommand.class,
      StoryCommand.class,
      TrainCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class StorywireCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** The command line with error handling: a failure prints one line, never a stack trace. */
  public static CommandLine commandLine(Map<String, String> environment) {
    CommandLine commandLine = new CommandLine(new StorywireCommand(), new EnvironmentFactory(environment));
    commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
      PrintWriter err = cl.getErr();
      err.println("storywire: " + describe(e));
      err.flush();
      return 1;
    });
    return commandLine;
  }

  private static String describe(Exception e) {
    if (e instanceof DamagedIndexException damaged && damaged.dir().getParent() != null) {
      return damaged.getMessage() + ": storywire rebuild --data " + damaged.dir().getParent();
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message;
  }
}
