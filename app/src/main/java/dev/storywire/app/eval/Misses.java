package dev.storywire.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * What an extraction benchmark's pages got wrong, one tab-separated line each, for reading the
 * errors by cause ({@code storywire eval extraction --misses FILE}); and the split of a benchmark's
 * pages into two halves by a hash of their name, so that a rule can be checked on both.
 *
 * <p>Lines: {@code missed<TAB>page<TAB>passage} for a must-keep passage absent from the output,
 * {@code kept<TAB>page<TAB>passage} for a must-drop passage present (trafilatura's set);
 * {@code page<TAB>page<TAB>precision<TAB>recall} for a page of the Zyte benchmark scored below 1.
 * Tabs and line breaks inside a passage are written as spaces.
 */
final class Misses {
  private final List<String> lines = new ArrayList<>();

  /** @return 0 or 1: the half a page belongs to, from the CRC-32 of its name (stable across runs and machines) */
  static int half(String name) {
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() & 1);
  }

  void passages(String page, JsonNode gold, String output) {
    String text = PassageMetric.normalise(output);
    for (JsonNode with : gold.path("with")) {
      if (!text.contains(PassageMetric.normalise(with.asText()))) {
        lines.add("missed\t" + page + "\t" + PassageMetric.normalise(with.asText()));
      }
    }
    for (JsonNode without : gold.path("without")) {
      if (text.contains(PassageMetric.normalise(without.asText()))) {
        lines.add("kept\t" + page + "\t" + PassageMetric.normalise(without.asText()));
      }
    }
  }

  void shingles(String page, String gold, String output) {
    double[] s = ShingleMetric.score(gold, output);
    double precision = s[0] + s[1] == 0 ? 1 : s[0] / (s[0] + s[1]);
    double recall = s[0] + s[2] == 0 ? 1 : s[0] / (s[0] + s[2]);
    if (precision < 1 || recall < 1) {
      lines.add(String.format(Locale.ROOT, "page\t%s\t%.4f\t%.4f", page, precision, recall));
    }
  }

  /** Writes the lines to {@code file}, when there is one. */
  void write(@Nullable Path file) throws IOException {
    if (file != null) {
      Files.write(file, lines, StandardCharsets.UTF_8);
    }
  }

  List<String> lines() {
    return lines;
  }
}
