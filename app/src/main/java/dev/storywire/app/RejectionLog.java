package dev.storywire.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storywire.model.RejectReason;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rejection, kept in {@code state/rejections.jsonl} so that bad inputs can be listed and
 * replayed later. Derived state like the index: rebuilt with it, and trimmed to the index's last
 * committed record on start so that a crash never lists a rejection twice.
 */
final class RejectionLog {
  private final Path file;
  private final ObjectMapper json = new ObjectMapper();

  RejectionLog(Path file) {
    this.file = file;
  }

  synchronized void append(Rejection rejection) throws IOException {
    ObjectNode node = json.createObjectNode()
        .put("seq", rejection.seq())
        .put("where", rejection.where())
        .put("reason", rejection.reason().wireName())
        .put("detail", rejection.detail());
    Files.createDirectories(file.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      out.write(json.writeValueAsString(node));
      out.write('\n');
    }
  }

  synchronized List<Rejection> all() throws IOException {
    List<Rejection> all = new ArrayList<>();
    if (!Files.exists(file)) {
      return all;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (IOException torn) {
        continue; // a line torn by a crash; the record is re-processed and logged again
      }
      all.add(new Rejection(node.path("seq").asLong(), node.path("where").asText(),
          RejectReason.valueOf(node.path("reason").asText().toUpperCase().replace('-', '_')),
          node.path("detail").asText()));
    }
    return all;
  }

  /** Drops what was logged for records after {@code seq} (they will be processed again). */
  synchronized void truncateAfter(long seq) throws IOException {
    List<Rejection> kept = all().stream().filter(r -> r.seq() <= seq).toList();
    Files.deleteIfExists(file);
    for (Rejection rejection : kept) {
      append(rejection);
    }
  }
}
