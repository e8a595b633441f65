package dev.storywire.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storywire.app.cli.StorywireCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real {@code storywire} command line in-process and captures what it prints. */
final class Cli {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Result(int exitCode, String out, String err) {
    List<JsonNode> jsonLines() {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          try {
            nodes.add(JSON.readTree(line));
          } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line: " + line, e);
          }
        }
      }
      return nodes;
    }
  }

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = StorywireCommand.commandLine(Map.of());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  static Path seeds() {
    return Path.of(System.getProperty("storywire.samples", "../samples"), "seeds");
  }

  static Path arabicSeed() {
    return seeds().resolve("000_6571981fc28c5b9a.txt");
  }

  static Path chineseSeed() {
    return seeds().resolve("004_1c4daa1ff2b208cf.txt");
  }
}
