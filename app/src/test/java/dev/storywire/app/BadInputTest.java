package dev.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of bad inputs beside the seeds ingests completely: each bad input is reported with its
 * reason and nothing else is lost. Run as a separate JVM with a small heap, so that "memory stays
 * bounded" is checked, not assumed.
 */
class BadInputTest {
  /** Far below the 100 MB input: passing proves it was never held in memory whole. */
  private static final String CHILD_HEAP = "-Xmx256m";

  @Test
  void badInputsAreReportedAndTheSeedsStillBecomeStories(@TempDir Path dir) throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("inputs"));
    Files.copy(Cli.arabicSeed(), inputs.resolve("a-arabic.txt"));
    Files.copy(Cli.chineseSeed(), inputs.resolve("b-chinese.txt"));
    Files.write(inputs.resolve("c-empty.txt"), new byte[0]);
    byte[] binary = new byte[4096];
    new Random(42).nextBytes(binary);
    Files.write(inputs.resolve("d-binary.html"), binary);
    Files.write(inputs.resolve("e-invalid-utf8.txt"), invalidUtf8());
    byte[] gz = gzip(Files.readAllBytes(Cli.chineseSeed()));
    Files.write(inputs.resolve("f-truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    writeHundredMegabytes(inputs.resolve("g-huge.txt"));

    Path data = dir.resolve("data");
    Process process = new ProcessBuilder(javaBinary(), CHILD_HEAP, "-cp", System.getProperty("java.class.path"),
        "dev.storywire.app.Main", "ingest", "--data", data.toString(), inputs.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();

    assertThat(output).contains("new        " + inputs.resolve("a-arabic.txt"));
    assertThat(output).contains("new        " + inputs.resolve("b-chinese.txt"));
    assertThat(lineOf(output, "c-empty.txt")).startsWith("rejected").contains("empty");
    assertThat(lineOf(output, "d-binary.html")).startsWith("rejected").contains("binary");
    assertThat(lineOf(output, "e-invalid-utf8.txt")).startsWith("rejected").contains("undecodable");
    assertThat(lineOf(output, "f-truncated.txt.gz")).startsWith("rejected").contains("truncated gzip");
    assertThat(lineOf(output, "g-huge.txt")).startsWith("rejected").contains("too-large");
    assertThat(output).contains("ingest: 2 new, 0 duplicate, 5 rejected, 0 failed");

    List<JsonNode> stories = Cli.run("stories", "--data", data.toString(), "--json").jsonLines();
    assertThat(stories).hasSize(13);
    List<JsonNode> rejections = Cli.run("rejections", "--data", data.toString(), "--json").jsonLines();
    assertThat(rejections).hasSize(5).allSatisfy(r -> assertThat(r.path("detail").asText()).isNotBlank());
  }

  private static String lineOf(String output, String name) {
    return output.lines().filter(l -> l.contains(name)).findFirst().orElse("(no line for " + name + ")");
  }

  /** Text that is valid UTF-8 except for stray continuation and truncated sequences. */
  private static byte[] invalidUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 200; i++) {
      out.writeBytes(new byte[] {'a', (byte) 0x80, (byte) 0xC3, '(', (byte) 0xFF, (byte) 0xFE, ' '});
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static void writeHundredMegabytes(Path file) throws IOException {
    byte[] line = "A line of an enormous text dump that is far larger than any news page.\n"
        .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (long written = 0; written < 100L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
