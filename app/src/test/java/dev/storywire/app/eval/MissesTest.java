package dev.storywire.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissesTest {
  @Test
  void listsMissedMustKeepAndKeptMustDropPassagesAndImperfectPages(@TempDir Path dir) throws Exception {
    Misses misses = new Misses();
    misses.passages("a.html", new ObjectMapper().readTree("""
        {"with": ["The minister  said", "absent\\tpassage"], "without": ["Subscribe now", "Cookie policy"]}"""),
        "The minister said taxes stay low.\nSubscribe now");
    misses.shingles("p1", "one two three four five", "one two three four five");
    misses.shingles("p2", "one two three four five", "one two three four five six");
    Path file = dir.resolve("misses.tsv");
    misses.write(file);
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .containsExactly("missed\ta.html\tabsent passage", "kept\ta.html\tSubscribe now", "page\tp2\t0.6667\t1.0000");
  }

  @Test
  void halvesSplitPagesByTheirNameStably() {
    assertThat(Misses.half("a.html")).isEqualTo(Misses.half("a.html"));
    long inA = java.util.stream.IntStream.range(0, 1000).filter(i -> Misses.half("page-" + i + ".html") == 0).count();
    assertThat(inA).isBetween(400L, 600L);
  }
}
