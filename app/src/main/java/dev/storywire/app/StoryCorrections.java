package dev.storywire.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storywire.cluster.Corrections;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's corrections of stories, in {@code DIR/corrections.jsonl}: one line per split or
 * merge, naming items (whose ids survive {@code rebuild}), never story ids alone. Replayed in
 * order into item groups for the clusterer; a later correction overrides an earlier one for the
 * items it names. Outside {@code state/}, so {@code rebuild} keeps it.
 */
final class StoryCorrections {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  StoryCorrections(Path dataDir) {
    this.file = dataDir.resolve("corrections.jsonl");
  }

  /**
   * @throws IOException when the file cannot be read or a line is corrupt (the message names it)
   */
  Corrections load() throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Corrections.NONE;
    }
    Map<String, String> groups = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonNode line;
      try {
        line = JSON.readTree(lines.get(i));
      } catch (IOException e) {
        throw new IOException(file + " line " + (i + 1) + " is not JSON; fix or remove it", e);
      }
      String group = "c" + (i + 1);
      switch (line.path("op").asText()) {
        case "split" -> {
          line.path("items").forEach(item -> groups.put(item.asText(), group + "a"));
          line.path("rest").forEach(item -> groups.put(item.asText(), group + "b"));
        }
        case "merge" -> line.path("items").forEach(item -> groups.put(item.asText(), group));
        default -> throw new IOException(file + " line " + (i + 1) + " is neither a split nor a merge");
      }
    }
    return Corrections.of(groups);
  }

  /** Records that {@code items} leave story {@code story} for a story of their own; {@code rest} stay together. */
  void split(String story, List<String> items, List<String> rest, Instant at) throws IOException {
    ObjectNode line = JSON.createObjectNode().put("op", "split").put("story", story).put("at", at.toString());
    array(line.putArray("items"), items);
    array(line.putArray("rest"), rest);
    append(line);
  }

  /** Records that the stories' items are one story. */
  void merge(List<String> stories, List<String> items, Instant at) throws IOException {
    ObjectNode line = JSON.createObjectNode().put("op", "merge").put("at", at.toString());
    array(line.putArray("stories"), stories);
    array(line.putArray("items"), items);
    append(line);
  }

  private static void array(ArrayNode node, List<String> values) {
    values.forEach(node::add);
  }

  private void append(ObjectNode line) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      channel.write(java.nio.ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
    }
  }
}
